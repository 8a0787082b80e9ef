import { stringify } from 'yaml';
import type { MaskContext } from './compare-model.js';
import { applyIgnores } from './ignore.js';
import type { ChangeStatus } from './model.js';
import { diffObjects } from './object-diff.js';
import { maskSecrets } from './secrets.js';
import { unifiedDiff } from './unified.js';

type Obj = Record<string, unknown>;

/**
 * A before/after pair, masked and with ignored fields removed: field changes and a unified YAML diff.
 * One object at both sides (a document both refs rendered alike, read once: readManifests) is unchanged.
 */
export function comparePair(
  before: Obj | undefined,
  after: Obj | undefined,
  label: string,
  ctx: MaskContext,
): { status: ChangeStatus | null; fields: ReturnType<typeof diffObjects>; unified: string } {
  if (before !== undefined && before === after) return { status: null, fields: [], unified: '' };
  const [a, b] = applyIgnores(
    before && maskSecrets(before, ctx.secretSalt),
    after && maskSecrets(after, ctx.secretSalt),
    ctx.rules,
    ctx.ignored,
  );
  const fields = a && b ? diffObjects(a, b) : [];
  const status: ChangeStatus | null = !a ? 'added' : !b ? 'removed' : fields.length > 0 ? 'modified' : null;
  const text = (o: Obj | undefined) => (o ? stringify(o, { lineWidth: 0 }) : '');
  const unified = status
    ? unifiedDiff(text(a), text(b), a ? `a/${label}` : '/dev/null', b ? `b/${label}` : '/dev/null')
    : '';
  return { status, fields, unified };
}
