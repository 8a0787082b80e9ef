import type { ClusterView, TopologyView } from '../gitops/topology-view.js';
import { oneLine } from '../util/one-line.js';
import { alignedTable, renderMatrixText } from './matrix-text.js';

/** gitops-promotion topology's text: environments, clusters, the control plane, what runs where. */
export function renderTopologyText(view: TopologyView): string {
  const t = (s: string) => oneLine(s);
  const environments = alignedTable(
    ['environment', 'ref', 'clusters'],
    view.environments.map((e) => [t(e.name), t(e.ref ?? 'unknown'), t(e.clusters.join(', ') || '-')]),
  );
  const clusters = alignedTable(
    [
      'cluster',
      'env',
      'targetRevision',
      'ref',
      'chart',
      'value files',
      'destination',
      'control plane',
      'defined in',
    ],
    view.clusters.map((c) =>
      [
        c.name,
        c.env ?? '-',
        c.targetRevision,
        c.ref ?? 'unknown',
        c.chart,
        c.valueFiles.join(', ') || '-',
        destinations(c),
        controlPlane(c),
        c.definedIn,
      ].map(t),
    ),
  );
  return [
    environments,
    clusters,
    `${controlPlaneSentence(view)}\n${headSentence(view)}\n`,
    view.matrix.clusters.length > 0 ? renderMatrixText(view.matrix) : 'No cluster rendered.\n',
    ...(view.complete ? [] : [`${unrenderedSentence(view)}\n`]),
  ].join('\n');
}

export function destinations(c: ClusterView): string {
  return c.destinations === null ? 'unknown (not rendered)' : c.destinations.join(', ') || '-';
}

export function controlPlane(c: ClusterView): string {
  return `${c.controlPlane.kind === 'single' ? 'shared' : 'own'} (${c.controlPlane.namespace})`;
}

export function controlPlaneSentence(view: TopologyView): string {
  const cp = view.controlPlane;
  const what = cp.kind === 'single' ? 'one Argo CD for every cluster' : 'one Argo CD per cluster';
  return `Control plane: ${what} (${cp.source === 'config' ? 'configured' : `detected: ${cp.reason}`}).`;
}

export function headSentence(view: TopologyView): string {
  return view.defaultBranch === null
    ? 'HEAD: the default branch is unknown (set defaultBranch in the config).'
    : `HEAD: the default branch, ${view.defaultBranch}.`;
}

export function unrenderedSentence(view: TopologyView): string {
  return `Incomplete: ${view.unrendered.join(', ')} did not render (see gitops-promotion validate); what runs there is unknown.`;
}
