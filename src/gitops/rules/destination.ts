import { finding, type RawFinding } from '../../findings.js';
import { isInCluster } from '../control-plane.js';
import type { RuleContext } from './context.js';
import { escapeRegExp } from '../../util/regexp-escape.js';
import { memoByString } from '../../util/memo.js';

/** Whether `text` names `name` as a word of its own (case aside); each name's pattern is made once. */
function mentions(text: string, name: string): boolean {
  return mentionOf(name).test(text);
}

const mentionOf = memoByString(
  (name: string) => new RegExp(`(^|[^a-z0-9])${escapeRegExp(name)}([^a-z0-9]|$)`, 'i'),
  1000,
);

/**
 * Applications deploy to their own cluster: the configured destination when there is one,
 * otherwise never to a server or cluster name that names another cluster.
 */
export function destinationRule(ctx: RuleContext): RawFinding[] {
  const names = ctx.topology.knownNames;
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    const dest = app.object.spec?.destination ?? {};
    const cluster = app.cluster;
    const push = (field: 'server' | 'name', message: string) =>
      out.push({
        ...finding(
          'error',
          'destination-mismatch',
          message,
          ctx.locate.field(app, ['spec', 'destination', field], dest[field]),
          cluster.name,
        ),
        subject: app.name,
      });
    const expected = cluster.destination;
    if (expected) {
      if (expected.server !== undefined && dest.server !== expected.server) {
        push(
          'server',
          `destination.server is ${JSON.stringify(dest.server ?? null)}, but ${cluster.name} is ${expected.server}`,
        );
      } else if (expected.name !== undefined && dest.name !== expected.name) {
        push(
          'name',
          `destination.name is ${JSON.stringify(dest.name ?? null)}, but ${cluster.name} is ${expected.name}`,
        );
      }
      continue;
    }
    // The cluster its Argo CD runs in names no other cluster (`kubernetes.default.svc`, `in-cluster`).
    if (isInCluster(dest)) continue;
    for (const field of ['server', 'name'] as const) {
      const value = dest[field];
      if (typeof value !== 'string' || mentions(value, cluster.name)) continue;
      const other = names.find((n) => n !== cluster.name && mentions(value, n));
      if (other) push(field, `destination.${field} ${value} is cluster ${other}, not ${cluster.name}`);
    }
  }
  return out;
}
