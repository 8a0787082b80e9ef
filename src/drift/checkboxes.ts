import type { Approval } from './model.js';
import { cell } from '../report/markdown-escape.js';
import { oneLine } from '../util/one-line.js';

/**
 * The approval checkboxes of the drift dashboard: a task-list line per promotion the dashboard offers,
 * with the edge and its heads in a hidden comment, and the reading back of which boxes a person ticked.
 * The visible text is for people only: what a box approves is read from its comment, never from its text.
 */

/** What identifies an approval: the edge and its heads when the box was written. */
export type ApprovalId = Pick<Approval, 'kind' | 'from' | 'to' | 'fromSha' | 'toSha'>;

export interface ParsedApproval {
  approval: ApprovalId;
  checked: boolean;
}

const COMMENT_PREFIX = 'gitops-promotion:approve';
const KINDS: readonly ApprovalId['kind'][] = ['promote', 'release'];
const VERB: Record<ApprovalId['kind'], string> = { promote: 'Promote', release: 'Release' };
const SHA = /^[0-9a-f]{40}$/;

/**
 * A ref name inside the hidden comment: percent-encoded down to letters, digits, `.`, `_` and `%`, so no
 * space, `>` or `-` of a hostile name can end the comment (`-->`, `--!>`), split its fields, or put the
 * `--` into it that makes CommonMark read it as text rather than a comment.
 */
function encodeRef(name: string): string {
  return encodeURIComponent(name).replace(
    /[-!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The name, or null when `encoded` is not exactly what encodeRef writes for a non-empty name. */
function decodeRef(encoded: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return name !== '' && encodeRef(name) === encoded ? name : null;
}

function hiddenComment(a: ApprovalId): string {
  return `<!-- ${COMMENT_PREFIX} ${a.kind} ${encodeRef(a.from)} ${encodeRef(a.to)} ${a.fromSha} ${a.toSha} -->`;
}

/**
 * `- [ ] Promote 4 commits dev → staging <!-- gitops-promotion:approve promote dev staging <from> <to> -->`.
 * Throws on an approval whose heads are not full shas: a box that could never be read back is a bug.
 */
export function approvalLine(a: Approval): string {
  if (!SHA.test(a.fromSha) || !SHA.test(a.toSha))
    throw new Error(`approval ${a.kind} ${a.from} → ${a.to}: its heads must be 40-hex shas`);
  const commits = `${a.pendingCount} commit${a.pendingCount === 1 ? '' : 's'}`;
  // On one line for every reader (U+0085, U+2028 and U+2029 end lines in some).
  const name = (n: string) => cell(oneLine(n).replace(/[\u0085\u2028\u2029]/g, ' '));
  return `- [ ] ${VERB[a.kind]} ${commits} ${name(a.from)} → ${name(a.to)} ${hiddenComment(a)}`;
}

/**
 * A checkbox line: a bullet, `[ ]` / `[x]` / `[X]`, any visible text, and the hidden comment last. The
 * fields are checked apart (kind, names, shas) so that a malformed one rejects the line.
 */
const LINE = new RegExp(
  `^ {0,3}[-*+][ \\t]+\\[([ xX])\\][ \\t]+.*<!-- ${COMMENT_PREFIX} (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) -->[ \\t]*$`,
  's',
);
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function parseLine(line: string): ParsedApproval | null {
  const m = LINE.exec(line);
  if (!m) return null;
  const [, box, kind, from, to, fromSha, toSha] = m as unknown as [string, ...string[]];
  const k = KINDS.find((x) => x === kind);
  const [f, t] = [decodeRef(from!), decodeRef(to!)];
  if (!k || f === null || t === null || !SHA.test(fromSha!) || !SHA.test(toSha!)) return null;
  return { approval: { kind: k, from: f, to: t, fromSha: fromSha!, toSha: toSha! }, checked: box !== ' ' };
}

/**
 * Every well-formed approval box of an issue body, in order (duplicates included), outside fenced code
 * blocks. GitHub's task list flips only the `[ ]` of the ticked line and may turn line ends into CRLF.
 */
export function parseApprovals(body: string): ParsedApproval[] {
  const found: ParsedApproval[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && line.trim() === f[1]) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    const parsed = parseLine(line);
    if (parsed) found.push(parsed);
  }
  return found;
}

const key = (a: ApprovalId) => [a.kind, encodeRef(a.from), encodeRef(a.to), a.fromSha, a.toSha].join(' ');

/**
 * The approvals a person ticked in an edit (`issues: edited`: `changes.body.from` → the new body): checked
 * in `after` (on any of its lines), offered unchecked in `before`, and checked on none of `before`'s
 * lines. A box moved or duplicated without a new tick approves nothing; a box that was never offered
 * (written into the body by hand) approves nothing either. Each approval once, in the order of `after`.
 */
export function tickedApprovals(before: string, after: string): ApprovalId[] {
  const offered = new Set<string>();
  const wasChecked = new Set<string>();
  for (const p of parseApprovals(before)) (p.checked ? wasChecked : offered).add(key(p.approval));
  const ticked = new Map<string, ApprovalId>();
  for (const p of parseApprovals(after)) {
    const k = key(p.approval);
    if (p.checked && offered.has(k) && !wasChecked.has(k) && !ticked.has(k)) ticked.set(k, p.approval);
  }
  return [...ticked.values()];
}
