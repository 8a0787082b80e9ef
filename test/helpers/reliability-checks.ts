import type { Ran } from './reliability-commands.js';
import { contains, VERSION_REF, WAVES, type Snapshot } from './reliability-model.js';

/** One run of a command as the checks see it: the origin before and after, the racer's pushes. */
export interface Observed {
  before: Snapshot;
  after: Snapshot;
  /** Ref → the commit the racer put it at during the run. */
  raced: Map<string, string>;
  /** The run's result; null when it threw a ConfigurationError (it must have changed nothing). */
  ran: Ran | null;
  /** Stopped after one of its steps: what it pushed until then is not in a result. */
  stopped: boolean;
  rollback: boolean;
}

/**
 * What must hold after every run, whatever it was and however it ended: every violation found, so
 * that a failing case says all that went wrong.
 */
export function violations(o: Observed): string[] {
  return [
    ...lostCommits(o),
    ...movedVersionTags(o),
    ...nonFastForwards(o),
    ...overwritten(o),
    ...untruthful(o),
    ...waveMoves(o),
  ];
}

/** No commit reachable from any ref before is unreachable after. */
function lostCommits({ before, after }: Observed): string[] {
  return [...before.parents.keys()].filter((c) => !after.parents.has(c)).map((c) => `commit ${c} lost`);
}

/** A version tag, once it exists, keeps its object. */
function movedVersionTags({ before, after }: Observed): string[] {
  return [...before.refs]
    .filter(([ref, object]) => VERSION_REF.test(ref) && after.refs.get(ref) !== object)
    .map(([ref, object]) => `${ref} changed: ${object} → ${after.refs.get(ref) ?? '(deleted)'}`);
}

/** A branch only moves forward: its new head contains the old one. */
function nonFastForwards({ before, after }: Observed): string[] {
  const out: string[] = [];
  for (const [ref, old] of before.commits) {
    if (!ref.startsWith('refs/heads/')) continue;
    const now = after.commits.get(ref);
    if (now === undefined) out.push(`${ref} deleted`);
    else if (!contains(after, now, old))
      out.push(`${ref} moved from ${old} to ${now}, which does not contain it`);
  }
  return out;
}

/** What the racer pushed during the run is still there: the run refused rather than overwrite it. */
function overwritten({ after, raced }: Observed): string[] {
  return [...raced]
    .filter(([ref, sha]) => after.commits.get(ref) !== sha)
    .map(
      ([ref, sha]) =>
        `${ref}: the racer's ${sha} was overwritten with ${after.commits.get(ref) ?? '(deleted)'}`,
    );
}

/**
 * Every ref is where the run says it put it, or where the racer did, or where it was: nothing moved
 * that the result does not say. A run stopped midway said nothing: only its tags may have moved.
 */
function untruthful(o: Observed): string[] {
  const expected = new Map(o.before.commits);
  for (const [ref, sha] of o.ran?.claims ?? []) {
    if (sha === null) expected.delete(ref);
    else expected.set(ref, sha);
  }
  for (const [ref, sha] of o.raced) expected.set(ref, sha);
  const out: string[] = [];
  for (const ref of new Set([...expected.keys(), ...o.after.commits.keys()])) {
    if (o.stopped && ref.startsWith('refs/tags/')) continue;
    const [want, got] = [expected.get(ref), o.after.commits.get(ref)];
    if (want !== got)
      out.push(
        `${ref} is at ${got ?? '(none)'}, expected ${want ?? '(none)'}${o.ran ? '' : ' (the run failed)'}`,
      );
  }
  return out;
}

/**
 * A wave tag the run moved went forward (its new commit contains the old one: a release never drops
 * what production runs), or, for a rollback, back to a commit a version tag names.
 */
function waveMoves({ before, after, raced, rollback }: Observed): string[] {
  const out: string[] = [];
  const versions = new Set([...after.commits].filter(([r]) => VERSION_REF.test(r)).map(([, c]) => c));
  for (const wave of WAVES) {
    const ref = `refs/tags/${wave}`;
    const [old, now] = [before.commits.get(ref), after.commits.get(ref)];
    if (raced.has(ref) || now === old || now === undefined) continue;
    if (rollback && !versions.has(now)) out.push(`${ref} rolled back to ${now}, which no version tag names`);
    if (!rollback && old !== undefined && !contains(after, now, old))
      out.push(`${ref} moved from ${old} to ${now}, which does not contain it: production loses commits`);
  }
  return out;
}

/** Two snapshots name the same objects for the same refs. */
export function sameRefs(a: Snapshot, b: Snapshot): boolean {
  return a.refs.size === b.refs.size && [...a.refs].every(([ref, object]) => b.refs.get(ref) === object);
}

export function describeRefs(s: Snapshot): string {
  return [...s.refs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ref, object]) => `${ref.replace(/^refs\//, '')}=${object.slice(0, 7)}`)
    .join(' ');
}
