import fc from 'fast-check';

/**
 * A generated history: commits landing on dev, staging or the newest hotfix branch, and runs of the
 * commands (promote dev → staging, release of staging in two waves, rollback to the previous release,
 * hotfix start, hotfix, forward-merge of the newest hotfix), each possibly raced by a second clone
 * pushing while it runs, stopped after one of its steps (a crash: the run is done again), or refused
 * a push by the origin (then allowed, and the run done again).
 */
export type Step =
  | { kind: 'commit'; branch: 'dev' | 'staging' | 'hotfix'; shared: boolean }
  | { kind: 'promote'; strategy: 'fast-forward' | 'merge'; race: 'none' | 'staging' | 'dev' }
  | {
      kind: 'release';
      wave: 1 | 'all';
      race: 'none' | 'stable' | 'version-tag' | 'staging';
      stop: 'none' | 'tags-pushed' | 'wave-moved';
      refuse: 'none' | 'stable-late';
    }
  | { kind: 'rollback'; race: 'none' | 'stable' }
  | { kind: 'hotfix-start' }
  | {
      kind: 'hotfix';
      /** A fix committed on the hotfix branch first (touching the shared file or not). */
      fix: boolean;
      shared: boolean;
      race: 'none' | 'stable' | 'staging' | 'dev';
      stop: 'none' | 'tags-pushed' | 'release-published';
      refuse: 'none' | 'dev';
    }
  | { kind: 'forward-merge'; race: 'none' | 'staging' | 'dev'; refuse: 'none' | 'dev' };

export type StepKind = Step['kind'];

/** Mostly no race, no stop: the rare branch is the one under test, the plain ones build the history. */
const mostly = <T extends string>(usual: T, ...rare: T[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, ...rare.map((r) => fc.constant(r)));

const commit = fc.record({
  kind: fc.constant('commit' as const),
  branch: fc.constantFrom('dev' as const, 'staging' as const, 'hotfix' as const),
  shared: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)),
});
const promote = fc.record({
  kind: fc.constant('promote' as const),
  strategy: fc.constantFrom('fast-forward' as const, 'merge' as const),
  race: mostly('none' as const, 'staging', 'dev'),
});
const release = fc.record({
  kind: fc.constant('release' as const),
  wave: fc.oneof({ weight: 3, arbitrary: fc.constant('all' as const) }, fc.constant(1 as const)),
  race: mostly('none' as const, 'stable', 'version-tag', 'staging'),
  stop: mostly('none' as const, 'tags-pushed', 'wave-moved'),
  refuse: mostly('none' as const, 'none', 'stable-late'),
});
const rollback = fc.record({
  kind: fc.constant('rollback' as const),
  race: mostly('none' as const, 'stable'),
});
const hotfixStart = fc.record({ kind: fc.constant('hotfix-start' as const) });
const hotfix = fc.record({
  kind: fc.constant('hotfix' as const),
  fix: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
  shared: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, fc.constant(true)),
  race: mostly('none' as const, 'stable', 'staging', 'dev'),
  stop: mostly('none' as const, 'tags-pushed', 'release-published'),
  refuse: mostly('none' as const, 'none', 'dev'),
});
const forward = fc.record({
  kind: fc.constant('forward-merge' as const),
  race: mostly('none' as const, 'staging', 'dev'),
  refuse: mostly('none' as const, 'none', 'dev'),
});

/** One step; `weights` biases the mix (a property about hotfixes asks for more of them). */
export function stepArbitrary(weights: Partial<Record<StepKind, number>> = {}): fc.Arbitrary<Step> {
  const w = (k: StepKind, d: number) => weights[k] ?? d;
  return fc.oneof(
    { weight: w('commit', 6), arbitrary: commit },
    { weight: w('promote', 3), arbitrary: promote },
    { weight: w('release', 3), arbitrary: release },
    { weight: w('rollback', 1), arbitrary: rollback },
    { weight: w('hotfix-start', 1), arbitrary: hotfixStart },
    { weight: w('hotfix', 2), arbitrary: hotfix },
    { weight: w('forward-merge', 1), arbitrary: forward },
  );
}

const released: Step[] = [
  { kind: 'commit', branch: 'dev', shared: false },
  { kind: 'promote', strategy: 'fast-forward', race: 'none' },
  { kind: 'release', wave: 'all', race: 'none', stop: 'none', refuse: 'none' },
];

/**
 * A history: often from a release already made (once, or twice: a rollback has somewhere to go),
 * written as its steps so that shrinking can drop them, then up to `maxLength` generated steps.
 */
export function historyArbitrary(
  maxLength: number,
  weights: Partial<Record<StepKind, number>> = {},
): fc.Arbitrary<Step[]> {
  const prelude = fc.oneof(
    { weight: 1, arbitrary: fc.constant([] as Step[]) },
    { weight: 2, arbitrary: fc.constant(released) },
    { weight: 1, arbitrary: fc.constant([...released, ...released]) },
  );
  return fc
    .tuple(prelude, fc.array(stepArbitrary(weights), { minLength: 1, maxLength }))
    .map(([p, steps]) => [...p, ...steps]);
}
