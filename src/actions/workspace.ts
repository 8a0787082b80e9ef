import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { isInside, realPathNearest } from '../util/safe-path.js';

/**
 * The repository directory named by an action's `path` input: GITHUB_WORKSPACE itself or a directory
 * in it, judged by real paths: `..`, an absolute path elsewhere and a symlink that leads out are refused.
 */
export function workspacePath(workspace: string, input: string): string {
  const dir = path.resolve(workspace, input || '.');
  const realRoot = realPathNearest(workspace);
  const real = realPathNearest(dir);
  if (real !== realRoot && !isInside(realRoot, real))
    throw new ConfigurationError(`input path ${input} must be inside GITHUB_WORKSPACE (${workspace})`);
  return dir;
}
