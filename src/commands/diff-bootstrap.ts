import type { ApplicationObject } from '../gitops/applications.js';
import { toJson } from '../gitops/vnode.js';
import { comparePair } from '../diff/compare-pair.js';
import type { CompareContext } from '../diff/compare-model.js';
import { maskedRisks } from '../diff/masked-risks.js';
import type { AppChange, Risk } from '../diff/model.js';
import type { Plan } from './diff-plan.js';

type Obj = Record<string, unknown>;

/**
 * A cluster's bootstrap Application at base and head compared as an object (masked, ignores
 * applied): Argo CD applies it too, so a change of its own fields (repoURL, targetRevision, project,
 * destination, sync policy) is a change, rendered or not.
 */
export function bootstrapChange(
  p: Plan,
  ctx: Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>,
): { change: AppChange; risks: Risk[] } | null {
  const b = p.base?.bootstrap;
  const h = p.head?.bootstrap;
  if (!b || !h) return null;
  const before = toJson(b.node) as ApplicationObject;
  const after = toJson(h.node) as ApplicationObject;
  const pair = comparePair(before as Obj, after as Obj, h.file, ctx);
  if (!pair.status) return null;
  const meta = after.metadata ?? {};
  const change: AppChange = {
    kind: 'Application',
    cluster: p.name,
    name: String(meta.name ?? p.name),
    namespace: String(meta.namespace ?? p.head!.controlPlaneNamespace),
    status: pair.status,
    fields: pair.fields,
    unified: pair.unified,
    deep: { state: 'not-applicable' },
  };
  return { change, risks: maskedRisks(change, before, after, ctx.secretSalt) };
}
