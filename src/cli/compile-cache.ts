import { existsSync } from 'node:fs';
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { isInside } from '../util/safe-path.js';

/** Where the CLI keeps V8's compiled code, node's own choice (NODE_COMPILE_CACHE), or why not at all. */
export type CompileCache = { kind: 'dir'; dir: string } | { kind: 'node' } | { kind: 'off'; reason: string };

/**
 * Per user, never in the shared temp directory, under the working directory or in a git work tree (a
 * checkout, which a pull request may fill: node and V8 check a cache entry with hashes anyone can
 * compute, and V8 runs what it holds): `$XDG_CACHE_HOME` when absolute, else `~/.cache`, then
 * `gitops-promotion/node-compile-cache`.
 * Off in CI (CI set, as GitHub Actions, GitLab and most others set it, or GITHUB_ACTIONS): on a runner
 * that keeps its home the cache would be written by one job and run by the next, perhaps another
 * repository's, and an ephemeral runner starts with none anyway. NODE_COMPILE_CACHE (node enabled it
 * itself) and NODE_DISABLE_COMPILE_CACHE (node refuses it) are node's own.
 */
export function compileCacheChoice(
  env: NodeJS.ProcessEnv,
  cwd: string,
  homedir: () => string = os.homedir,
  exists: (p: string) => boolean = existsSync,
): CompileCache {
  if (env.GITHUB_ACTIONS === 'true' || !['', '0', 'false'].includes(env.CI ?? ''))
    return { kind: 'off', reason: 'in CI' };
  if (env.NODE_COMPILE_CACHE) return { kind: 'node' };
  const xdg = env.XDG_CACHE_HOME;
  let base: string;
  if (xdg && path.isAbsolute(xdg)) base = xdg;
  else {
    const home = homedir();
    if (!path.isAbsolute(home)) return { kind: 'off', reason: 'no home directory' };
    base = path.join(home, '.cache');
  }
  const dir = path.join(base, 'gitops-promotion', 'node-compile-cache');
  const here = path.resolve(cwd);
  if (dir === here || isInside(here, dir))
    return { kind: 'off', reason: `${dir} is under the working directory` };
  // A home that is a checkout (dotfiles, HOME set to a repository) would let its commits plant entries.
  const tree = workTreeOf(dir, exists);
  if (tree !== null) return { kind: 'off', reason: `${dir} is in the git work tree ${tree}` };
  return { kind: 'dir', dir };
}

/** The nearest directory at or above `dir` (absolute) holding a `.git`, or null. */
function workTreeOf(dir: string, exists: (p: string) => boolean): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    if (exists(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return null;
  }
}

/**
 * The compiled code of the CLI's modules kept between runs (node 22.1+; older nodes have no such
 * cache): compiling them is about a tenth of a small diff. Called by the CLI's entry before any
 * command's modules load; a cache that cannot be used is only slower, never an error.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv = process.env): CompileCache {
  let choice: CompileCache;
  try {
    choice = compileCacheChoice(env, process.cwd());
  } catch (e) {
    return { kind: 'off', reason: (e as Error).message };
  }
  if (choice.kind !== 'dir') return choice;
  const enable = (module as { enableCompileCache?: (dir?: string) => unknown }).enableCompileCache;
  try {
    enable?.(choice.dir);
  } catch {
    return { kind: 'off', reason: 'node refused it' };
  }
  return choice;
}
