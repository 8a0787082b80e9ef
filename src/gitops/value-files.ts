import path from 'node:path';
import { expandBuildVariables, type BuildVariables } from './build-variables.js';
import { escapesRepo, repoJoin, type RepoFiles } from './repo-files.js';
import { expandGlob, isGlob } from './value-file-glob.js';

/** Multi-source `ref` names → whether that source is this repository or another one. */
export type SourceRefs = Readonly<Record<string, 'this-repo' | 'other-repo'>>;

/** Where a valueFiles entry or a fileParameters path leads, as Argo CD resolves it. */
export type ResolvedPath =
  { kind: 'local'; file: string } | { kind: 'external'; entry: string } | { kind: 'refused'; reason: string };

/** Schemes argocd-cm `helm.valuesFileSchemes` allows by default: helm fetches these itself. */
const REMOTE_SCHEMES = ['http', 'https'];

/**
 * A valueFiles entry or fileParameters path (`raw`) resolved like reposerver's
 * `ResolveValueFilePathOrUrl`: build variables substituted first (for `$ref/…`, after the ref is
 * taken off), `/x` from the repository root, anything else from the chart directory, an allowed URL
 * left to helm; outside the repository (by `..` or a symlink) refused. `$ref/…` of another
 * repository is external. A `.git` directory is never read (the checkout's credentials are there).
 */
export function resolveSourcePath(
  files: RepoFiles,
  chart: string,
  raw: string,
  refs: SourceRefs,
  vars: BuildVariables,
): ResolvedPath {
  const segments = raw.split('/');
  const ref = raw.startsWith('$') ? refs[segments[0]!.slice(1)] : undefined;
  let local: string;
  if (ref === 'other-repo') return { kind: 'external', entry: raw };
  if (ref === 'this-repo') local = expandBuildVariables(`/${segments.slice(1).join('/')}`, vars);
  else {
    local = expandBuildVariables(raw, vars);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(local)?.[1];
    if (scheme)
      return REMOTE_SCHEMES.includes(scheme.toLowerCase())
        ? { kind: 'external', entry: local }
        : { kind: 'refused', reason: `the URL scheme '${scheme}' is not allowed` };
  }
  const joined = local.startsWith('/')
    ? path.posix.normalize(`.${local}`)
    : path.posix.normalize(path.posix.join(chart === '.' ? '' : chart, local));
  const file = joined.replace(/\/$/, '') || '.';
  if (escapesRepo(file) || files.linksOut(file))
    return { kind: 'refused', reason: `'${raw}' resolved to outside repository root` };
  if (file === '.') return { kind: 'refused', reason: `'${raw}' resolved to the repository root` };
  if (file.split('/').includes('.git')) return { kind: 'refused', reason: `'${raw}' is inside .git` };
  return { kind: 'local', file: repoJoin('.', file) };
}

/** One valueFiles entry's part of what helm gets (`index` is the entry's position in valueFiles). */
export type ValueFile =
  | { kind: 'file'; index: number; file: string }
  /** Not in the repository: passed (helm fails) unless ignoreMissingValueFiles drops it. */
  | { kind: 'missing'; index: number; file: string }
  | { kind: 'external'; index: number; entry: string }
  | { kind: 'refused'; index: number; reason: string };

/**
 * The valueFiles as reposerver's `getResolvedValueFiles` passes them to helm: each entry resolved
 * (see resolveSourcePath), a glob expanded to its matches without the files also listed explicitly
 * (those keep their own place), every path once (its first place), and missing files (or globs
 * matching nothing) dropped with ignoreMissingValueFiles. Empty entries are left out: Argo CD's
 * schema check reports them.
 */
export function resolveValueFiles(
  files: RepoFiles,
  chart: string,
  entries: readonly string[],
  options: { refs: SourceRefs; vars: BuildVariables; ignoreMissing: boolean },
): ValueFile[] {
  const resolved = entries.map((e) =>
    e === '' ? null : resolveSourcePath(files, chart, e, options.refs, options.vars),
  );
  const explicit = new Set(resolved.flatMap((r) => (r?.kind === 'local' && !isGlob(r.file) ? [r.file] : [])));
  const out: ValueFile[] = [];
  const seen = new Set<string>();
  const add = (key: string, v: ValueFile) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(v);
  };
  resolved.forEach((r, index) => {
    if (!r) return;
    if (r.kind === 'refused') out.push({ kind: 'refused', index, reason: r.reason });
    else if (r.kind === 'external') add(r.entry, { kind: 'external', index, entry: r.entry });
    else if (isGlob(r.file)) {
      const matches = expandGlob(files, r.file);
      if (!matches) out.push({ kind: 'refused', index, reason: `'${entries[index]}' is not a valid glob` });
      else if (matches.length === 0 && !options.ignoreMissing)
        add(r.file, { kind: 'missing', index, file: r.file });
      for (const file of matches ?? []) if (!explicit.has(file)) add(file, { kind: 'file', index, file });
    } else if (files.isFile(r.file)) add(r.file, { kind: 'file', index, file: r.file });
    else if (!options.ignoreMissing) add(r.file, { kind: 'missing', index, file: r.file });
  });
  return out;
}
