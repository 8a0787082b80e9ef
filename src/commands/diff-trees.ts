import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { SparseTree } from '../ports/git.js';
import { CONFIG_FILES, defaultConfig, loadConfig, type Config, type DiffConfig } from '../gitops/config.js';
import { RepoFiles, refuseSymlinksOut } from '../gitops/repo-files.js';
import { repoContext, type RepoFacts } from '../gitops/repo-context.js';
import { discoverTopology, type Topology } from '../gitops/topology.js';
import { TreeIndex } from '../gitops/tree-index.js';
import type { LoadedYaml } from '../gitops/yaml-source.js';
import type { TreeListing } from '../diff/fingerprint.js';
import { listingWithLinks } from '../diff/tree-listing.js';
import type { Logger } from '../logger.js';

/** The two refs of a diff as read from git: which config each is read with, and what diff may show. */

/** What the report must say about how the refs were read: notes, and what that leaves uncompared. */
export interface Reading {
  notes: string[];
  unknown: string[];
}

export interface ReadOptions {
  /** Explicit config path (repo-relative), at both refs. */
  configFile?: string;
  logger: Logger;
  /** Parsed YAML files by path, blob id and limits: a parse cache's (what an earlier run parsed), or a new map. */
  parses?: Map<string, LoadedYaml>;
}

export interface Exported {
  ref: string;
  sha: string;
  dir: string;
  listing: TreeListing;
  /** The tree as git holds it: what RepoFiles reads, whatever is on disk yet. */
  index: TreeIndex;
  /** The chart directories whose files are written into `dir` only on `materialize` (SparseTree). */
  charts: readonly string[];
  materialize: SparseTree['materialize'];
  /** Its files may be hard links to the other side's: nothing may write into it. */
  linked: boolean;
}

export interface Tree extends Exported {
  files: RepoFiles;
  config: Config;
  /** Git object id of the config file the tree was read with (head's when base borrowed it), or null. */
  configId: string | null;
  /** The tree's own `diff:` settings (defaults when it has no valid config of its own). */
  policy: DiffConfig;
  topology: Topology;
}

/**
 * A side read by git (a sparse tree: its symlinks, and the directories they are in, are all on disk):
 * its listing and index; a link out of the tree is refused.
 */
export function exportedSide(ref: string, tree: SparseTree, side: 'base' | 'head'): Exported {
  const index = new TreeIndex(tree.entries, (oid) => tree.blob(oid));
  const listing = listingWithLinks(tree.entries, (p) => index.resolve(p), side);
  refuseSymlinksOut(tree.dir);
  return {
    ref,
    sha: tree.sha,
    dir: tree.dir,
    listing,
    index,
    charts: tree.charts,
    materialize: (dirs) => tree.materialize(dirs),
    linked: tree.linked,
  };
}

/**
 * Each side is read with its own config, with one exception: a base without a config of its own
 * (from before the config existed, or with one that no longer loads) is read with head's, so the
 * pull request that adds or fixes the config compares like with like (the same bootstrap glob,
 * clusters, environments and helm options on both sides) instead of reporting the change of the
 * reading as a change of the repository; the report says so. A broken config at head is thrown:
 * validate at head fails the same way, and it is the pull request's to fix.
 *
 * Reading base with head's config cannot hide a change of what head's config sees: both sides are
 * then read alike, and what head's config does not see at head is outside validate's verdict at
 * head too. What it could hide is a cluster that only the defaults find at base: those are named,
 * and the diff is incomplete. What the diff *shows* (ignores, deep mode) never comes from head
 * alone: see diffPolicy.
 */
export function openTrees(
  b: Exported,
  h: Exported,
  options: ReadOptions,
  facts: RepoFacts,
): { base: Tree; head: Tree; reading: Reading } {
  const parsed = options.parses ?? new Map<string, LoadedYaml>();
  const headConfig = loadConfig(h.dir, options.configFile, directoryIn(h));
  // The default branch is the repository's, one for both sides (head's config may name it).
  const repo = repoContext(headConfig, facts);
  const open = (side: Exported, config: Config, configId: string | null, policy: DiffConfig): Tree => {
    const files = new RepoFiles(side.dir, config.limits, side.listing, parsed, side.sha, side.index);
    return { ...side, files, config, configId, policy, topology: discoverTopology(files, config, repo) };
  };
  const head = open(h, headConfig, configIdOf(h, headConfig), headConfig.diff);
  const own = ownConfig(b, options);
  if (own.kind === 'valid') {
    const base = open(b, own.config, configIdOf(b, own.config), own.config.diff);
    return { base, head, reading: { notes: [], unknown: [] } };
  }
  const borrowed = headConfig.file !== null;
  const config = borrowed ? headConfig : defaultConfig();
  const base = open(b, config, borrowed ? head.configId : null, defaultConfig().diff);
  const reading = borrowed ? `head's ${headConfig.file}` : 'the defaults';
  const notes: string[] = [];
  const unknown: string[] = [];
  if (own.kind === 'broken') {
    options.logger.warning(`config at base ${b.ref} is invalid (${own.why}); base is read with ${reading}`);
    notes.push(`The config at base is invalid (${own.why}); base was read with ${reading}.`);
  } else if (borrowed) {
    notes.push(`Base has no config file; it was read with ${reading}, so both sides are read alike.`);
  }
  if (borrowed) {
    const seen = new Set([...base.topology.clusters, ...head.topology.clusters].map((c) => c.name));
    const files = new RepoFiles(b.dir, defaultConfig().limits, b.listing, parsed, b.sha, b.index);
    const lost = discoverTopology(files, defaultConfig(), repo)
      .clusters.map((c) => c.name)
      .filter((n) => !seen.has(n));
    if (lost.length > 0)
      unknown.push(
        `base, read without a config, also has ${lost.join(', ')}, which head's config finds at neither ref: not compared`,
      );
  }
  return { base, head, reading: { notes, unknown } };
}

/** A side's own config: valid, broken (a ConfigurationError), or none (no config file in that tree). */
function ownConfig(
  side: Exported,
  options: ReadOptions,
): { kind: 'valid'; config: Config } | { kind: 'broken'; why: string } | { kind: 'none' } {
  const candidates = options.configFile ? [path.posix.normalize(options.configFile)] : [...CONFIG_FILES];
  if (!candidates.some((f) => side.listing.has(f))) return { kind: 'none' };
  try {
    return { kind: 'valid', config: loadConfig(side.dir, options.configFile, directoryIn(side)) };
  } catch (e) {
    if (!(e instanceof ConfigurationError)) throw e;
    return { kind: 'broken', why: e.describe() };
  }
}

/** Whether a path of the side's tree is a directory, as a checkout would say: its directories are made only as files are written. */
function directoryIn(side: Exported): (rel: string) => boolean {
  return (rel) => side.index.resolve(rel).kind === 'directory';
}

function configIdOf(side: Exported, config: Config): string | null {
  return config.file ? (side.listing.get(config.file) ?? null) : null;
}

/**
 * What the diff shows is the base's policy: the config at head is the pull request's, and must not
 * be able to hide the pull request's changes. So `diff.ignore` and `diff.deep` are base's only
 * (the defaults when base has no config of its own: no ignores, deep on; what a pull request sets
 * applies from the next one on; the `deep` option decides over both). Head may only add to what is
 * shown: the production environments are both sides' together when head has a config file, so the
 * pull request that names a new environment production gets its risks flagged, and none that base
 * flags can be unflagged.
 */
export function diffPolicy(base: Tree, head: Tree, deepOption: boolean | undefined) {
  const added = head.config.file !== null ? head.config.diff.productionEnvironments : [];
  return {
    deep: deepOption ?? base.policy.deep,
    ignore: base.policy.ignore,
    productionEnvironments: new Set([...base.policy.productionEnvironments, ...added]),
  };
}
