import { clip } from '../util/clip.js';

/**
 * Why `ref` is refused as a git revision, or null: a full or abbreviated sha, or a ref name by the
 * rules of `git check-ref-format --allow-onelevel`, optionally followed by `~N` / `^N` (the CLI's
 * `--base HEAD~1`). Nothing else reaches git: never a leading `-`, `:`, a space, `..` or `@{`.
 */
export function refProblem(ref: string): string | null {
  const name = revisionBase(ref);
  if (name !== '' && !/^-/.test(name) && (name === 'HEAD' || !refNameProblem(name))) return null;
  return `"${clip(ref)}" is not a git ref name or commit sha${because(ref)}`;
}

/** A revision without its `~N` / `^N` suffixes (`HEAD~1` → `HEAD`). */
export function revisionBase(ref: string): string {
  return ref.replace(/(?:~\d*|\^\d*)+$/, '');
}

/** A full commit id (SHA-1 or SHA-256). */
export function isFullSha(text: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(text);
}

/**
 * `git check-ref-format` rules, for a one-level or full ref name, and two of this tool: no lone
 * UTF-16 surrogate (no UTF-8 name holds one, so git would never be given the name read here), and no
 * character oneLine changes (C1 controls such as U+0085, U+2028, U+2029: line ends to some readers),
 * so a name is written whole on one line of a tag message or a log and read back as it is.
 */
function refNameProblem(name: string): boolean {
  if (name === '' || name === '@' || name.length > 255 || characterProblem(name) !== null) return true;
  // Control characters, space, ~ ^ : ? * [ \ and DEL are never allowed.
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return true;
  if (name.includes('..') || name.includes('@{') || name.includes('//')) return true;
  if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return true;
  return name.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'));
}

/** Characters of `name` no ref name here may hold, said; null when it holds none. */
function characterProblem(name: string): string | null {
  if (/[\uD800-\uDFFF]/u.test(name))
    return 'it holds a lone UTF-16 surrogate (YAML "\\uD800"), which is no character: no UTF-8 name can hold it';
  // ASCII controls are git's own rule (refNameProblem); these are what oneLine maps besides.
  if (/[\u0080-\u009f\p{Zl}\p{Zp}]/u.test(name))
    return 'it holds a C1 control character (U+0080..U+009F, such as U+0085 NEXT LINE) or a Unicode line or paragraph separator (U+2028, U+2029), which would end a line of a tag message or a log';
  return null;
}

/** `: <why>` when `name`'s characters are why it is refused, else ''. */
function because(name: string): string {
  const why = characterProblem(name);
  return why ? `: ${why}` : '';
}

/** Why `name` is refused as a branch name (the promotion's from/to, environment refs), or null. */
export function branchProblem(name: string): string | null {
  if (/(?:~|\^)/.test(name) || name === 'HEAD' || name.startsWith('-') || refNameProblem(name))
    return `"${clip(name)}" is not a valid branch name${because(name)}`;
  return null;
}

/** What a ref names: a branch (`refs/heads/<name>`) or a tag (`refs/tags/<name>`). */
export type RefKind = 'branch' | 'tag';

/** A branch or a tag by its short name; `fullRef` is the name git stores it under. */
export interface QualifiedRef {
  kind: RefKind;
  name: string;
}

export const branch = (name: string): QualifiedRef => ({ kind: 'branch', name });
export const tag = (name: string): QualifiedRef => ({ kind: 'tag', name });

/** `refs/heads/<name>` or `refs/tags/<name>`. */
export function fullRef(ref: QualifiedRef): string {
  return `${ref.kind === 'branch' ? 'refs/heads' : 'refs/tags'}/${ref.name}`;
}

/** `branch dev`, `tag stable`: how messages name a ref. */
export function describeRef(ref: QualifiedRef): string {
  return `${ref.kind} ${ref.name}`;
}

/**
 * Why `ref` is refused (a branch or tag name by git's rules, never `HEAD`, a flag or a revision
 * expression), or null. Tags follow the branch rules here: `stable`, `stable-v1.2.3`.
 */
export function qualifiedRefProblem(ref: QualifiedRef): string | null {
  const problem = branchProblem(ref.name);
  return problem && ref.kind === 'tag' ? problem.replace('branch name', 'tag name') : problem;
}

/** Why `name` is refused as a tag name (`stable-v1.2.3`; the branch rules), or null. */
export function tagProblem(name: string): string | null {
  return qualifiedRefProblem(tag(name));
}
