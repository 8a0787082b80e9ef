#!/usr/bin/env node
// The CLI, from its committed ncc bundle (rebuilt by `npm run bundle`, checked by the test suite).
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * V8's compiled code of the bundle kept between runs (node 22.1+; older nodes skip it): about 80 ms
 * of a 0.5 s diff is compiling the bundle. Kept per user (XDG_CACHE_HOME, else ~/.cache), never in
 * the shared temp directory; node's own NODE_COMPILE_CACHE and NODE_DISABLE_COMPILE_CACHE are heard.
 * Not in CI (CI set, as GitHub Actions, GitLab and most others set it, or GITHUB_ACTIONS): on a
 * runner that keeps its home, the cache would be written by one job and run by the next, perhaps
 * another repository's; an ephemeral runner starts with none anyway.
 */
function compileCacheDir(env) {
  if (env.NODE_COMPILE_CACHE) return undefined;
  const xdg = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : null;
  return path.join(xdg ?? path.join(os.homedir(), '.cache'), 'gitops-promotion', 'node-compile-cache');
}

const inCi = (env) => env.GITHUB_ACTIONS === 'true' || !['', '0', 'false'].includes(env.CI ?? '');

if (!inCi(process.env)) {
  try {
    module.enableCompileCache?.(compileCacheDir(process.env));
  } catch {
    // A cache that cannot be used is only slower.
  }
}

await import('../cli/dist/index.js');
