import { finding, type RawFinding } from '../../findings.js';
import type { RenderedApp } from '../applications.js';
import type { RuleContext } from './context.js';

/** Application names are unique across clusters: they all live in the one Argo CD namespace. */
export function uniqueNamesRule(ctx: RuleContext): RawFinding[] {
  const seen = new Map<string, RenderedApp>();
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    const key = `${app.namespace}/${app.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, app);
      continue;
    }
    const where =
      first.cluster === app.cluster
        ? `cluster ${first.cluster.name}`
        : `clusters ${first.cluster.name} and ${app.cluster.name}`;
    out.push(
      finding(
        'error',
        'application-name-unique',
        `Application name "${app.name}" is rendered twice (${where}); Argo CD keeps only one of them`,
        ctx.locate.templateMention(app, `"${app.component}"`),
        app.cluster.name,
      ),
    );
  }
  return out;
}

/** Names follow the configured pattern (default `<cluster>-<component>`). */
export function namePatternRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    const pattern = ctx.config.applicationName.replaceAll('{cluster}', escapeRegExp(app.cluster.name));
    if (new RegExp(pattern).test(app.name)) continue;
    out.push({
      ...finding(
        'error',
        'application-name-pattern',
        `Application name "${app.name}" does not match ${pattern}`,
        ctx.locate.template(app, ['metadata', 'name']),
        app.cluster.name,
      ),
      subject: app.name,
    });
  }
  return out;
}

/** Every Application carries `cluster: <cluster>` so `argocd app list --selector cluster=<name>` works. */
export function clusterLabelRule(ctx: RuleContext): RawFinding[] {
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

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
