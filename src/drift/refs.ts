import { branch, tag, type QualifiedRef } from '../git/refs.js';
import type { Config } from '../gitops/config.js';
import type { GitPort, RemoteTag } from '../ports/git.js';
import { compareVersions, type VersionPattern } from '../release/versions.js';
import type { MissingRef } from './model.js';

/** A ref the config names, as the remote has it now. */
export interface RemoteHead {
  name: string;
  ref: QualifiedRef;
  /** The commit (a tag peeled). */
  sha: string;
}

/** The refs the drift report reads: where each is, the ones missing, and the remote's tags. */
export interface DriftRefs {
  heads: Map<string, RemoteHead>;
  missing: MissingRef[];
  tags: RemoteTag[];
}

/** Every ref the config names, with what names it (`environment prod`, `release.waves[1]`, …), each once. */
export function namedRefs(config: Config): { ref: string; namedBy: string }[] {
  const named: { ref: string; namedBy: string }[] = [];
  const add = (ref: string, namedBy: string) => {
    if (!named.some((n) => n.ref === ref)) named.push({ ref, namedBy });
  };
  for (const [env, { ref }] of Object.entries(config.environments)) add(ref, `environment ${env}`);
  config.promotion.edges.forEach((e, i) => {
    add(e.from, `promotion.edges[${i}].from`);
    add(e.to, `promotion.edges[${i}].to`);
  });
  add(config.release.from, 'release.from');
  config.release.waves.forEach((w, i) => add(w.tag, `release.waves[${i}].tag`));
  for (const target of config.hotfix.forwardMerge) add(target, 'hotfix.forwardMerge');
  return named;
}

/**
 * Resolves the config's refs on the remote (a branch first, else a tag) and fetches them, with the
 * newest version tags (`versionsKept`), so their commits are local. Nothing local is trusted.
 */
export async function readDriftRefs(
  git: GitPort,
  remote: string,
  config: Config,
  pattern: VersionPattern,
  versionsKept = 30,
): Promise<DriftRefs> {
  const named = namedRefs(config);
  const listed = await git.listRemoteTags(remote);
  const branches: string[] = [];
  const missing: MissingRef[] = [];
  for (const n of named) {
    if (await git.remoteBranch(remote, n.ref)) branches.push(n.ref);
    else if (!listed.some((t) => t.name === n.ref)) missing.push(n);
  }
  if (branches.length > 0) await git.fetch(remote, branches);
  const wantedTags = new Set([
    ...named.filter((n) => !branches.includes(n.ref)).map((n) => n.ref),
    ...newestVersionTags(listed, pattern, versionsKept),
  ]);
  const tagRefs = listed.filter((t) => wantedTags.has(t.name)).map((t) => tag(t.name));
  if (tagRefs.length > 0) await git.fetchRefs(remote, tagRefs);
  const tags = tagRefs.length > 0 ? await git.listRemoteTags(remote) : listed;
  const heads = new Map<string, RemoteHead>();
  for (const name of branches) {
    heads.set(name, { name, ref: branch(name), sha: await git.revParse(`refs/remotes/${remote}/${name}`) });
  }
  for (const t of tags) {
    if (!wantedTags.has(t.name) || heads.has(t.name)) continue;
    if (t.commit) heads.set(t.name, { name: t.name, ref: tag(t.name), sha: t.commit });
    else if (named.some((n) => n.ref === t.name)) missing.push(namedBy(named, t.name, 'points at no commit'));
  }
  return { heads, missing, tags };
}

function namedBy(named: { ref: string; namedBy: string }[], ref: string, why: string): MissingRef {
  const n = named.find((x) => x.ref === ref)!;
  return { ref, namedBy: `${n.namedBy} (${why})` };
}

/** The names of the newest `kept` version tags, by version. */
function newestVersionTags(tags: readonly RemoteTag[], pattern: VersionPattern, kept: number): string[] {
  const versions = tags.flatMap((t) => {
    const v = pattern.parse(t.name);
    return v ? [{ name: t.name, v }] : [];
  });
  versions.sort((a, b) => compareVersions(b.v, a.v));
  return versions.slice(0, kept).map((x) => x.name);
}
