import type { MaskContext } from './compare-model.js';
import { comparePair } from './compare-pair.js';
import type { ComponentRender, RenderedResource } from './deep.js';
import type { DeepResult, DependencyChange, ResourceChange } from './model.js';

/** Deep mode's result for an Application whose chart rendered: its resources compared, or why not. */
export function resourcesOf(
  r: { base?: ComponentRender; head?: ComponentRender },
  dependencies: DependencyChange[],
  ctx: MaskContext,
): DeepResult {
  const failed = (['head', 'base'] as const).find((side) => r[side] && !r[side].ok);
  const failure = failed && r[failed];
  if (failure && !failure.ok)
    return { state: 'unknown', reason: `at ${failed}: ${failure.reason}`, dependencies };
  const none = new Map<string, RenderedResource>();
  const before = r.base && r.base.ok ? r.base.resources : none;
  const after = r.head && r.head.ok ? r.head.resources : none;
  const resources: ResourceChange[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const order = (k: string) => {
    const o = (after.get(k) ?? before.get(k))!;
    return [o.kind, o.namespace, o.name, o.group].join('\0');
  };
  for (const key of keys.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0))) {
    const { kind, namespace, name } = (after.get(key) ?? before.get(key))!;
    const pair = comparePair(before.get(key)?.object, after.get(key)?.object, `${kind}/${name}.yaml`, ctx);
    if (pair.status)
      resources.push({
        kind,
        namespace,
        name,
        status: pair.status,
        fields: pair.fields,
        unified: pair.unified,
      });
  }
  return { state: 'rendered', resources, dependencies };
}
