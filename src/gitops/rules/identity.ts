import { finding, type RawFinding } from '../../findings.js';
import type { RenderedApp } from '../applications.js';
import type { RuleContext } from './context.js';
import { escapeRegExp } from '../../util/regexp-escape.js';

/**
 * Application names are unique in their Argo CD namespace: across clusters when one Argo CD holds
 * them all, within each cluster when every cluster has its own.
 */
export function uniqueNamesRule(ctx: RuleContext): RawFinding[] {
  const shared = ctx.controlPlane.kind === 'single';
  const groups = new Map<string, RenderedApp[]>();
  for (const app of ctx.apps) {
    // A nameless Application is application-schema's finding (metadata.name is required).
    if (!app.name) continue;
    const key = `${shared ? '' : `${app.cluster.name}\0`}${app.namespace}/${app.name}`;
    groups.set(key, [...(groups.get(key) ?? []), app]);
  }
  const out: RawFinding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [keep, ...dups] = orderForBlame(group);
    for (const app of dups) {
      const also =
        keep.cluster === app.cluster
          ? `also rendered by ${keep.template ?? 'another template'}`
          : `also rendered for cluster ${keep.cluster.name}`;
      out.push(
        finding(
          'error',
          'application-name-unique',
          `Application name "${app.name}" is ${also}; Argo CD keeps only one of them`,
          ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']),
          app.cluster.name,
        ),
      );
    }
  }
  return out;
}

/**
 * Which of several Applications with one name is the duplicate: the one whose template is not
 * named after its component (`loki-copy.yaml` rendering `loki`), else the later template.
 */
function orderForBlame(group: RenderedApp[]): [RenderedApp, ...RenderedApp[]] {
  const own = (a: RenderedApp) => (a.template && basename(a.template) === a.component ? 0 : 1);
  const sorted = [...group].sort(
    (a, b) => own(a) - own(b) || (a.template ?? '').localeCompare(b.template ?? ''),
  );
  return sorted as [RenderedApp, ...RenderedApp[]];
}

function basename(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(ya?ml|tpl)$/, '');
}

/** A DNS-1123 subdomain, what Kubernetes accepts as an object's name. */
function isKubernetesName(name: string): boolean {
  return name.length <= 253 && /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name);
}

/**
 * Names are Kubernetes names, and, where one Argo CD holds every cluster's Applications, follow the
 * configured pattern (default `<cluster>-<component>`).
 */
export function namePatternRule(ctx: RuleContext): RawFinding[] {
  const shared = ctx.controlPlane.kind === 'single';
  const out: RawFinding[] = [];
  // One pattern per cluster (made only where it is matched), however many Applications it has.
  const texts = new Map<string, string>();
  const regexps = new Map<string, RegExp>();
  const textOf = (cluster: string) => {
    let text = texts.get(cluster);
    if (text === undefined)
      texts.set(cluster, (text = ctx.config.applicationName.replaceAll('{cluster}', escapeRegExp(cluster))));
    return text;
  };
  const matches = (cluster: string, name: string) => {
    let re = regexps.get(cluster);
    if (!re) regexps.set(cluster, (re = new RegExp(textOf(cluster))));
    return re.test(name);
  };
  for (const app of ctx.apps) {
    if (!app.name) continue;
    const pattern = textOf(app.cluster.name);
    if (!isKubernetesName(app.name)) {
      out.push({
        ...finding(
          'error',
          'application-name-pattern',
          `Application name "${app.name}" is not a valid Kubernetes name (lowercase letters, digits, '-' and '.', at most 253)`,
          ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']),
          app.cluster.name,
        ),
        subject: app.name,
      });
      continue;
    }
    if (!shared || matches(app.cluster.name, app.name)) continue;
    out.push({
      ...finding(
        'error',
        'application-name-pattern',
        `Application name "${app.name}" does not match ${pattern}`,
        ctx.locate.templateMention(app, `"${app.component}"`, ['metadata', 'name']),
        app.cluster.name,
      ),
      subject: app.name,
    });
  }
  return out;
}

/**
 * With one Argo CD for every cluster, every Application carries `cluster: <cluster>` so
 * `argocd app list --selector cluster=<name>` finds a cluster's Applications.
 */
export function clusterLabelRule(ctx: RuleContext): RawFinding[] {
  if (ctx.controlPlane.kind !== 'single') return [];
  const label = ctx.config.clusterLabel;
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    const value = app.object.metadata?.labels?.[label];
    if (value === app.cluster.name) continue;
    const message =
      value === undefined
        ? `label "${label}: ${app.cluster.name}" is missing`
        : `label "${label}" is "${String(value)}", expected "${app.cluster.name}"`;
    const at =
      value === undefined
        ? ctx.locate.template(app, ['metadata', 'labels'])
        : ctx.locate.field(app, ['metadata', 'labels', label], value);
    out.push({
      ...finding('error', 'application-cluster-label', message, at, app.cluster.name),
      subject: app.name,
    });
  }
  return out;
}
