import { ConfigurationError } from '../../src/errors.js';
import {
  type Hooks,
  type Ran,
  runForwardMerge,
  runHotfix,
  runHotfixStart,
  runPromote,
  runRelease,
  runRollback,
  Stopped,
} from './reliability-commands.js';
import { describeRefs, sameRefs, violations } from './reliability-checks.js';
import { nextVersionTag, racerBranch, VERSION_REF, type Snapshot, type World } from './reliability-model.js';
import type { Step } from './reliability-steps.js';

/** A command of a step, run with `hooks` (a race, a crash) or plainly (a re-run). */
type Exec = (hooks: Hooks) => Promise<Ran>;

/** How a step's command is raced, stopped or refused; `race` pushes from the second clone. */
interface Setup {
  hooks: (race: Racer) => Hooks;
  refuse?: RegExp;
  rollback?: boolean;
}

/** The second clone's pushes during one run, once each, remembered for the checks. */
export class Racer {
  readonly raced = new Map<string, string>();
  private done = false;

  constructor(
    private readonly world: World,
    private readonly before: Snapshot,
  ) {}

  /** A commit on `branch`, the first time only. */
  push(branch: string): void {
    if (this.done) return;
    this.done = true;
    this.raced.set(`refs/heads/${branch}`, this.world.racePushCommit(branch));
  }

  /**
   * `tag` moved, the first time only: to a release's commit where it is not (another run rolling
   * back), else (or for a tag that does not exist yet) to a commit of the racer's own.
   */
  tag(tag: string): void {
    if (this.done) return;
    this.done = true;
    const ref = `refs/tags/${tag}`;
    const at = this.before.commits.get(ref);
    const other = [...this.before.commits].find(
      ([r, c]) => VERSION_REF.test(r) && at !== undefined && c !== at,
    );
    const base = other?.[0] ?? (at !== undefined ? ref : 'refs/heads/staging');
    const sha = this.world.raceTag(tag, base, other === undefined);
    this.raced.set(ref, sha);
    if (other === undefined) this.raced.set(racerBranch(sha), sha);
  }

  /** The version tag the run is about to create, created first. */
  versionTag(): void {
    this.tag(nextVersionTag(this.before));
  }
}

/**
 * Runs generated histories against a world, checking after every run what must hold (violations),
 * that a run stopped or refused by the test completes when run again, and that a run again right
 * after one that completed is a no-op. `log` is the case as it ran, for a failure's message.
 */
export class CaseRunner {
  readonly log: string[] = [];
  runs = 0;
  /** How often each command ended each way (`release: released`), over every case. */
  readonly outcomes = new Map<string, number>();
  private hotfixes: string[] = [];
  private label = '';

  constructor(private readonly world: World) {}

  async run(history: readonly Step[]): Promise<void> {
    this.world.reset();
    this.log.length = 0;
    this.hotfixes = [];
    for (const step of history) await this.step(step);
  }

  private async step(step: Step): Promise<void> {
    const { repoDir } = this.world;
    const git = () => this.world.port();
    const hotfix = this.hotfixes.at(-1);
    switch (step.kind) {
      case 'commit': {
        const branch = step.branch === 'hotfix' ? hotfix : step.branch;
        if (branch) this.log.push(`commit on ${branch}: ${this.world.commit(branch, step.shared)}`);
        return;
      }
      case 'promote':
        await this.command('promote', (h) => runPromote(repoDir, git(), step.strategy, h), {
          hooks: (r) => (step.race === 'none' ? {} : { beforePush: async () => r.push(step.race) }),
        });
        return;
      case 'release':
        await this.command('release', (h) => runRelease(repoDir, git(), step.wave, h), releaseSetup(step));
        return;
      case 'rollback':
        await this.command('rollback', (h) => runRollback(repoDir, git(), h), {
          rollback: true,
          hooks: (r) => (step.race === 'none' ? {} : { beforeEachPush: async () => r.tag('stable') }),
        });
        return;
      case 'hotfix-start':
        return this.hotfixStart();
      case 'hotfix':
        if (!hotfix) return;
        if (step.fix) this.log.push(`fix on ${hotfix}: ${this.world.commit(hotfix, step.shared)}`);
        await this.command('hotfix', (h) => runHotfix(repoDir, git(), hotfix, h), hotfixSetup(step));
        return;
      case 'forward-merge':
        if (hotfix) await this.forwardMerge(step, hotfix);
        return;
    }
  }

  private async hotfixStart(): Promise<void> {
    const name = `h${this.hotfixes.length + 1}`;
    const ran = await this.command(
      'hotfix start',
      () => runHotfixStart(this.world.repoDir, this.world.port(), name),
      {
        hooks: () => ({}),
      },
    );
    if (ran?.completed) this.hotfixes.push(`hotfix/${name}`);
  }

  private async forwardMerge(step: Extract<Step, { kind: 'forward-merge' }>, branch: string): Promise<void> {
    const head = this.world.snapshot().commits.get(`refs/heads/${branch}`)!;
    const race = step.race;
    await this.command(
      'forward-merge',
      (h) =>
        runForwardMerge(this.world.port(), branch, head, h.beforeEachPush && ((t) => h.beforeEachPush!([t]))),
      {
        ...(step.refuse === 'dev' ? { refuse: /^refs\/heads\/dev$/ } : {}),
        hooks: (r) =>
          race === 'none' ? {} : { beforeEachPush: async ([t]) => void (t === race && r.push(race)) },
      },
    );
  }

  /**
   * One run with its race or fault, checked; a completed unraced run that changed something, done
   * again, must change nothing.
   */
  private async command(label: string, exec: Exec, setup: Setup): Promise<Ran | null> {
    this.label = label;
    const before = this.world.snapshot();
    const racer = new Racer(this.world, before);
    const hooks = setup.hooks(racer);
    const rollback = setup.rollback ?? false;
    const racing = hooks.beforePush !== undefined || hooks.beforeEachPush !== undefined;
    if (!racing && (setup.refuse || hooks.stopAfter)) return this.faulty(exec, setup, hooks, before);
    const { ran, stopped } = await this.attempt(exec, hooks);
    const after = this.checked(before, racer.raced, ran, stopped, rollback);
    // A raced run leaves the racer's commits to a re-run: only an unraced one settles.
    if (ran?.completed && ran.settles && racer.raced.size === 0 && !sameRefs(before, after))
      await this.noop(exec, after, rollback);
    return ran;
  }

  /**
   * A run stopped after a step (a crash) or refused a push by the origin: the same run uninterrupted
   * first, for reference; then, from the same start, the faulty run and (when the fault hit) the run
   * done again, which must end exactly where the uninterrupted one did.
   */
  private async faulty(exec: Exec, setup: Setup, hooks: Hooks, before: Snapshot): Promise<Ran | null> {
    const rollback = setup.rollback ?? false;
    const saved = this.world.save();
    const reference = await this.plain(exec, before, rollback, 'uninterrupted, for reference');
    const ends = [reference.after];
    // A run that finished an earlier release leaves the newer one: stopped after its last push, the
    // run done again is that next run.
    if (reference.ran?.completed && !reference.ran.settles)
      ends.push((await this.plain(exec, reference.after, rollback, 'and the next run, for reference')).after);
    this.world.restore(saved);
    if (setup.refuse) this.world.refuseRefs(setup.refuse);
    const first = await this.attempt(exec, hooks);
    this.world.allowPushes();
    let { ran } = first;
    let end = this.checked(before, new Map(), ran, first.stopped, rollback, 'with the fault');
    if (first.stopped || (ran !== null && !ran.completed && ran.refusedByHook)) {
      ({ ran, after: end } = await this.plain(exec, end, rollback, 'the run done again'));
    }
    if (!ends.some((e) => sameRefs(end, e))) {
      throw new Error(
        `a stopped or refused run, done again, does not end where it would have without the fault\n  expected ${ends.map(describeRefs).join('\n  or       ')}\n  got      ${describeRefs(end)}\n${this.log.join('\n')}`,
      );
    }
    return ran;
  }

  private async attempt(exec: Exec, hooks: Hooks): Promise<{ ran: Ran | null; stopped: boolean }> {
    this.runs++;
    try {
      return { ran: await exec(hooks), stopped: false };
    } catch (e) {
      if (e instanceof Stopped) {
        this.log.push(`  ${e.message}`);
        return { ran: null, stopped: true };
      }
      if (e instanceof ConfigurationError) {
        this.log.push(`  refused: ${e.message}`);
        return { ran: null, stopped: false };
      }
      throw e;
    }
  }

  private async plain(
    exec: Exec,
    before: Snapshot,
    rollback: boolean,
    what: string,
  ): Promise<{ ran: Ran | null; after: Snapshot }> {
    const { ran } = await this.attempt(exec, {});
    const after = this.checked(before, new Map(), ran, false, rollback, what);
    if (ran?.completed && ran.settles && !sameRefs(before, after)) await this.noop(exec, after, rollback);
    return { ran, after };
  }

  private async noop(exec: Exec, before: Snapshot, rollback: boolean): Promise<void> {
    const { ran } = await this.attempt(exec, {});
    const after = this.checked(
      before,
      new Map(),
      ran,
      false,
      rollback,
      'the run done again after it completed',
    );
    if (!ran?.noop || !sameRefs(before, after)) {
      throw new Error(
        `a run done again right after it completed is no no-op\n  before ${describeRefs(before)}\n  after  ${describeRefs(after)}\n${this.log.join('\n')}`,
      );
    }
  }

  private checked(
    before: Snapshot,
    raced: Map<string, string>,
    ran: Ran | null,
    stopped: boolean,
    rollback: boolean,
    what = 'the run',
  ): Snapshot {
    const after = this.world.snapshot();
    this.log.push(
      `${what}: ${ran?.text ?? (stopped ? 'stopped' : 'threw')}${raced.size ? ` (raced: ${[...raced.keys()].join(', ')})` : ''}`,
    );
    const outcome = `${what === 'the run' ? '' : `${what.split(',')[0]}: `}${ran?.outcome ?? `${this.label}: ${stopped ? 'stopped' : 'ConfigurationError'}`}`;
    this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + 1);
    const found = violations({ before, after, raced, ran, stopped, rollback });
    if (found.length > 0) {
      throw new Error(
        `${found.join('\n')}\n  before ${describeRefs(before)}\n  after  ${describeRefs(after)}\n${this.log.join('\n')}`,
      );
    }
    return after;
  }
}

function releaseSetup(step: Extract<Step, { kind: 'release' }>): Setup {
  return {
    ...(step.refuse === 'stable-late' ? { refuse: /^refs\/tags\/stable-late$/ } : {}),
    hooks: (r) => ({
      ...(step.stop === 'none' ? {} : { stopAfter: step.stop }),
      ...(step.race === 'none'
        ? {}
        : {
            beforePush: async () => {
              if (step.race === 'stable') r.tag('stable');
              else if (step.race === 'version-tag') r.versionTag();
              else r.push('staging');
            },
          }),
    }),
  };
}

function hotfixSetup(step: Extract<Step, { kind: 'hotfix' }>): Setup {
  const race = step.race;
  return {
    ...(step.refuse === 'dev' ? { refuse: /^refs\/heads\/dev$/ } : {}),
    hooks: (r) => ({
      ...(step.stop === 'none' ? {} : { stopAfter: step.stop }),
      ...(race === 'stable' ? { beforePush: async () => r.tag('stable') } : {}),
      ...(race === 'staging' || race === 'dev'
        ? {
            beforeEachPush: async (refs: string[]) =>
              void (refs.includes(`refs/heads/${race}`) && r.push(race)),
          }
        : {}),
    }),
  };
}
