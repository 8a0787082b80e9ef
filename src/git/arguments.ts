import { ConfigurationError } from '../errors.js';
import { clip } from '../util/clip.js';
import { branchProblem, isFullSha, qualifiedRefProblem, refProblem, type QualifiedRef } from './refs.js';

/** Every value checked for its kind before it becomes an argument of git. */

export function requireSha(sha: string): void {
  if (!isFullSha(sha)) throw new Error(`not a full commit sha: ${clip(sha)}`);
}

export function requireBranches(branches: readonly string[]): void {
  refuseAny(branchProblem, branches);
}

export function requireRefs(refs: readonly QualifiedRef[]): void {
  for (const ref of refs) {
    const problem = qualifiedRefProblem(ref);
    if (problem) throw new ConfigurationError(problem);
  }
}

export function requireRevisions(...revisions: string[]): void {
  refuseAny(refProblem, revisions);
}

/** The first value `check` refuses, as a ConfigurationError (never an argument). */
function refuseAny(check: (value: string) => string | null, values: readonly string[]): void {
  for (const v of values) {
    const problem = check(v);
    if (problem) throw new ConfigurationError(problem);
  }
}
