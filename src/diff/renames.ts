import type { RenderedApp } from '../gitops/applications.js';
import { normalizeRepoURL } from '../gitops/topology.js';
import type { AppChange } from './model.js';

/** Marks a removed and an added Application that deploy the same source to the same place as a rename. */
export function pairRenames(
  changes: AppChange[],
  before: Map<string, RenderedApp>,
  after: Map<string, RenderedApp>,
): void {
  const added = changes.filter((c) => c.status === 'added');
  for (const removed of changes.filter((c) => c.status === 'removed')) {
    const id = deployIdentity(before.get(`${removed.namespace}/${removed.name}`));
    if (!id) continue;
    const match = added.find(
      (a) => !a.renamedFrom && deployIdentity(after.get(`${a.namespace}/${a.name}`)) === id,
    );
    if (!match) continue;
    match.renamedFrom = removed.name;
    removed.renamedTo = match.name;
  }
}

/** Every source (single or multi-source) and the destination, field by field (key order aside). */
function deployIdentity(a: RenderedApp | undefined): string {
  if (!a) return '';
  const spec = a.object.spec ?? {};
  const sources = (spec.sources ?? (spec.source ? [spec.source] : [])).map((src) => [
    src.repoURL ? normalizeRepoURL(src.repoURL) : null,
    src.path ?? null,
    src.chart ?? null,
  ]);
  const d = spec.destination ?? {};
  return sources.length === 0
    ? ''
    : JSON.stringify([sources, d.server ?? null, d.name ?? null, d.namespace ?? null]);
}
