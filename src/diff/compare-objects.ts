import { isApplication } from '../gitops/applications.js';
import { objectKey, type RenderedObject } from '../gitops/objects.js';
import type { MaskContext } from './compare-model.js';
import { comparePair } from './compare-pair.js';
import type { ObjectChange } from './model.js';

/**
 * Compares every object but the Applications (compareApps has those) that a cluster's app-of-apps
 * chart renders at base and head, matched by Argo CD's identity. Of two objects with one identity
 * Argo CD applies the later one, and so does this (validate reports the pair).
 */
export function compareObjects(
  before: readonly RenderedObject[],
  after: readonly RenderedObject[],
  ctx: MaskContext,
): ObjectChange[] {
  const others = (list: readonly RenderedObject[]) =>
    new Map(list.filter((o) => !isApplication(o.object)).map((o) => [objectKey(o), o]));
  const b = others(before);
  const h = others(after);
  const changes: ObjectChange[] = [];
  for (const k of [...new Set([...b.keys(), ...h.keys()])]) {
    const ob = b.get(k);
    const oh = h.get(k);
    const o = (oh ?? ob)!;
    const label = `${o.kind || 'object'}/${o.namespace ? `${o.namespace}/` : ''}${o.name || 'unnamed'}.yaml`;
    const pair = comparePair(ob?.object, oh?.object, label, ctx);
    if (!pair.status) continue;
    const { kind, apiVersion, namespace, name } = o;
    changes.push({
      kind,
      apiVersion,
      namespace,
      name,
      status: pair.status,
      fields: pair.fields,
      unified: pair.unified,
    });
  }
  const order = (c: ObjectChange) => [c.kind, c.namespace, c.name, c.apiVersion].join('\0');
  return changes.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}
