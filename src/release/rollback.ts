import { ConfigurationError } from '../errors.js';
import { tag } from '../git/refs.js';
import { renderRollbackRecord } from '../report/release-report.js';
import { clip } from '../util/clip.js';
import { shortSha } from '../util/short-sha.js';
import { appendReleaseNote } from './github-release.js';
import { versionTagAsWave } from './guard.js';
import { previousRelease, versionFields } from './history.js';
import type { ReleaseResult } from './model.js';
import type { ReleaseRequest, ReleaseSettings } from './request.js';
import { baseResult, halted, requireWave } from './result.js';
import { readReleaseState, versionAt, type ReleaseState, type VersionTag, type WaveTag } from './state.js';
import { compareVersions, versionPattern, type VersionPattern } from './versions.js';
import { TAG_PERMISSION } from './waves.js';

/** Where a rollback goes, or why it does nothing. */
type Target = { kind: 'to'; version: VersionTag } | { kind: 'nothing'; message: string };

/**
 * `--rollback-to TAG|previous`: moves one wave's tag (wave 1 unless `--wave`) back to a release,
 * with a lease on where it is. Version tags are never touched; the target must be one of them, and
 * older than where the wave is. `previous` is the release the current one followed (its tag message
 * says), and a wave already below the latest release was rolled back already: a re-run of the same
 * rollback does nothing. The reason is recorded on the GitHub Release of the version rolled back from.
 */
export async function runRollback(req: ReleaseRequest, settings: ReleaseSettings): Promise<ReleaseResult> {
  if (!req.reason) throw new ConfigurationError('--rollback-to needs --reason');
  requireWave(req.wave, settings.waves.length);
  const pattern = versionPattern(settings.versionTag);
  const state = await readReleaseState(req.git, req.remote, settings.from, settings.waves, pattern);
  const guard = await versionTagAsWave(req, state);
  if (guard) return halted(req, state, `${guard}; nothing was pushed`);
  const index = (req.wave ?? 1) - 1;
  const wave = state.waves[index]!;
  if (!wave.commit)
    throw new ConfigurationError(`${wave.tag} does not exist on ${req.remote}: nothing to roll back`);
  const from = versionAt(state, wave.commit);
  const target = await rollbackTarget(req, state, wave, from, pattern);
  if (target.kind === 'nothing') {
    return { ...baseResult(req, state, wave.commit), outcome: 'nothing-to-release', message: target.message };
  }
  return moveBack(req, state, index, from, target.version);
}

async function moveBack(
  req: ReleaseRequest,
  state: ReleaseState,
  index: number,
  from: VersionTag | null,
  target: VersionTag,
): Promise<ReleaseResult> {
  const wave = state.waves[index]!;
  const r = baseResult(req, state, target.commit);
  // The notes' "previous" of a rollback is the release it moves away from.
  Object.assign(r, versionFields(target, from), {
    previousSha: state.waves[0]!.commit,
    rollback: {
      wave: index + 1,
      tag: wave.tag,
      from: wave.commit,
      to: target.commit,
      toVersionTag: target.tag,
    },
  });
  const what = `${wave.tag} from ${shortSha(wave.commit!)}${from ? ` (${from.tag})` : ''} back to ${target.tag} (${shortSha(target.commit)})`;
  if (req.dryRun) return { ...r, outcome: 'dry-run', message: `dry run: would move ${what}` };
  const push = await req.git.tryPushRefs(req.remote, [
    { ref: tag(wave.tag), sha: target.commit, expected: wave.object },
  ]);
  if (!push.pushed) {
    const message = push.leaseLost
      ? `${wave.tag} moved on ${req.remote} during the rollback; nothing was pushed; re-run`
      : `${req.remote} refused the push of ${wave.tag}: ${push.reason}. ${TAG_PERMISSION}`;
    return { ...r, outcome: push.leaseLost ? 'moved' : 'refused', message };
  }
  const w = r.waves[index]!;
  w.state = 'rolled-back';
  w.sha = target.commit;
  if (index === 0) r.sha = target.commit;
  r.outcome = 'rolled-back';
  r.message = `rolled back ${what}`;
  if (from && req.github) await recordRollback(req, r, from);
  return r;
}

/** The release to go back to: a version tag by name, or `previous`. */
async function rollbackTarget(
  req: ReleaseRequest,
  state: ReleaseState,
  wave: WaveTag,
  current: VersionTag | null,
  pattern: VersionPattern,
): Promise<Target> {
  const given = req.rollbackTo!;
  if (given !== 'previous') return namedTarget(state, wave, given, current, pattern);
  const latest = state.versions.at(-1);
  if (
    current &&
    latest &&
    compareVersions(current.version, latest.version) < 0 &&
    latest.commit !== wave.commit
  ) {
    return {
      kind: 'nothing',
      message: `${wave.tag} is at ${current.tag}, below the latest release ${latest.tag} (rolled back already, or not released to yet): previous does nothing; to go further back, name the release (--rollback-to TAG)`,
    };
  }
  // From a commit no release names (moved by hand) there is no "previous": going to the latest
  // release would leave the wave at it, and the same rollback run again would go one further back.
  if (!current) {
    throw new ConfigurationError(
      `--rollback-to previous: ${wave.tag} is at ${shortSha(wave.commit!)}, which no release tag names, so no release is before it (run again, previous would go one release further back each time): name the release to go back to (--rollback-to TAG)`,
    );
  }
  const previous = await previousRelease(req, state, current);
  if (!previous || previous.commit === wave.commit) {
    throw new ConfigurationError(`--rollback-to previous: no release before ${current.tag}`);
  }
  return { kind: 'to', version: previous };
}

function namedTarget(
  state: ReleaseState,
  wave: WaveTag,
  given: string,
  current: VersionTag | null,
  pattern: VersionPattern,
): Target {
  const v = state.versions.find((x) => x.tag === given);
  if (!v) {
    const why = pattern.parse(given) ? 'no such tag on the remote' : `not a release tag (${pattern.source})`;
    throw new ConfigurationError(`--rollback-to ${clip(given)}: ${why}`);
  }
  if (v.commit === wave.commit) return { kind: 'nothing', message: `${wave.tag} is at ${v.tag} already` };
  if (current && compareVersions(v.version, current.version) > 0) {
    throw new ConfigurationError(
      `--rollback-to ${v.tag}: newer than ${current.tag}, where ${wave.tag} is; that is no rollback: release it`,
    );
  }
  return { kind: 'to', version: v };
}

/** A section on the rolled-back release's notes: when, by whom, to what, and why. */
async function recordRollback(req: ReleaseRequest, r: ReleaseResult, from: VersionTag): Promise<void> {
  const section = renderRollbackRecord(r.rollback!, req.actor, req.reason!, new Date());
  try {
    const updated = await appendReleaseNote(req.github!, from.tag, section);
    if (updated) r.release = { url: updated.url, state: 'updated' };
  } catch (e) {
    req.logger.warning(
      `the rollback could not be recorded on the release of ${from.tag}: ${(e as Error).message}`,
    );
  }
}
