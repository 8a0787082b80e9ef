import type { VMap, VNode } from './vnode.js';

/**
 * Helm's merge of values sources, in order (chart values.yaml, then each values file, inline
 * values, then --set): maps merge deeply, lists and scalars replace, and a `null` removes the key.
 * Positions travel with the values, so every merged value still knows the file that last set it.
 * Inputs are never modified.
 */
export function mergeValues(sources: readonly (VNode | null)[]): VMap | null {
  let result: VMap | null = null;
  for (const source of sources) {
    if (!source || source.kind !== 'map') continue;
    result = result ? mergeMaps(result, source) : stripNulls(source);
  }
  return result;
}

function mergeMaps(base: VMap, overlay: VMap): VMap {
  const entries = new Map(base.entries);
  for (const [key, value] of overlay.entries) {
    if (value.kind === 'scalar' && value.value === null) {
      entries.delete(key);
      continue;
    }
    const current = entries.get(key);
    if (current?.kind === 'map' && value.kind === 'map') entries.set(key, mergeMaps(current, value));
    else entries.set(key, value.kind === 'map' ? stripNulls(value) : value);
  }
  return { ...base, entries };
}

function stripNulls(map: VMap): VMap {
  const entries = new Map<string, VNode>();
  for (const [key, value] of map.entries) {
    if (value.kind === 'scalar' && value.value === null) continue;
    entries.set(key, value.kind === 'map' ? stripNulls(value) : value);
  }
  return { ...map, entries };
}
