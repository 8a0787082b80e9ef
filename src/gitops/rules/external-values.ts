import { finding, type RawFinding } from '../../findings.js';
import { appSources, type RenderedApp } from '../applications.js';
import { refValueFile } from '../cluster-values.js';
import { externalValueFiles } from '../render-recipe.js';
import { isOwnRepoURL } from '../topology.js';
import { nodeAt } from '../vnode.js';
import type { RuleContext } from './context.js';

/**
 * Value files outside this repository (an `http(s)://` URL, `$ref/…` of a source in another repository)
 * are not read offline: Argo CD reads them, the render here cannot. Said, never silently dropped: a warning
 * for a cluster's bootstrap Application (its app-of-apps render and checks are without the file), a notice
 * for a rendered Application (validate does not render its chart; diff says its resources are unknown).
 */
export function externalValuesRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const cluster of ctx.topology.clusters) {
    const values = ctx.values.get(cluster.name);
    if (!values) continue;
    for (const v of externalValueFiles(values.recipe)) {
      const at =
        (values.recipe.overriddenBy && { file: values.recipe.overriddenBy, line: 1, column: 1 }) ||
        (cluster.bootstrap &&
          nodeAt(cluster.bootstrap.node, [
            ...cluster.bootstrap.sourcePath,
            'helm',
            'valueFiles',
            String(v.index),
          ])?.pos) ||
        cluster.definedAt;
      const message = `values file ${v.entry} of Application ${cluster.application.name} is outside this repository: it is not read offline, so cluster ${cluster.name} is rendered and checked without it`;
      out.push(finding('warning', 'value-file-external', message, at, cluster.name));
    }
  }
  for (const app of ctx.apps) out.push(...appExternalValues(ctx, app));
  return out;
}

function appExternalValues(ctx: RuleContext, app: RenderedApp): RawFinding[] {
  const sources = appSources(app.object);
  const out: RawFinding[] = [];
  for (const { source, path } of sources) {
    for (const entry of source.helm?.valueFiles ?? []) {
      if (typeof entry !== 'string' || !isExternal(ctx, sources, entry)) continue;
      const message = `values file ${entry} of Application ${app.name} is outside this repository: it is not read offline, so what it sets is not checked or compared`;
      const at = ctx.locate.field(app, [...path, 'helm', 'valueFiles'], entry);
      out.push({
        ...finding('notice', 'value-file-external', message, at, app.cluster.name),
        subject: app.name,
      });
    }
  }
  return out;
}

/** An `http(s)://` URL, or `$ref/…` naming a source of another repository (an unknown ref is path-missing's). */
function isExternal(ctx: RuleContext, sources: ReturnType<typeof appSources>, entry: string): boolean {
  if (/^https?:\/\//i.test(entry)) return true;
  const ref = refValueFile(entry);
  if (!ref) return false;
  const target = sources.find((s) => s.source.ref === ref.ref);
  return !!target && !isOwnRepoURL(target.source.repoURL, ctx.topology.repoURLs);
}
