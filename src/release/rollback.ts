import { ConfigurationError } from '../errors.js';
import { tag } from '../git/refs.js';
import { shortSha } from '../util/short-sha.js';
import { appendReleaseNote } from './github-release.js';
import type { ReleaseResult } from './model.js';
import type { ReleaseRequest, ReleaseSettings } from './request.js';
import { baseResult, requireWave } from './run.js';
import { readReleaseState, versionAt, type ReleaseState, type VersionTag } from './state.js';
import { compareVersions, formatVersion, versionPattern, type VersionPattern } from './versions.js';
import { cell } from '../report/markdown-escape.js';
import { TAG_PERMISSION } from './waves.js';

/**
 * `--rollback-to TAG|previous`: moves one wave's tag (wave 1 unless `--wave`) back to a release,
 * with a lease on where it is. Version tags are never touched; the target must be one of them. The
 * reason is recorded on the GitHub Release of the version rolled back from.
 */
export async function runRollback(req: ReleaseRequest, settings: ReleaseSettings): Promise<ReleaseResult> {
  if (!req.reason) throw new ConfigurationError('--rollback-to needs --reason');
  requireWave(req.wave, settings.waves.length);
  const pattern = versionPattern(settings.versionTag);
  const state = await readReleaseState(req.git, req.remote, settings.from, settings.waves, pattern);
  const index = (req.wave ?? 1) - 1;
  const wave = state.waves[index]!;
  if (!wave.commit)
    throw new ConfigurationError(`${wave.tag} does not exist on ${req.remote}: nothing to roll back`);
  const from = versionAt(state, wave.commit);
  const target = rollbackTarget(state, req.rollbackTo!, from, wave.commit, pattern);
  const r = baseResult(req, state, target.commit);
  Object.assign(r, {
    releaseVersion: formatVersion(target.version),
    versionTag: target.tag,
    previousReleaseVersion: from ? formatVersion(from.version) : null,
    previousVersionTag: from?.tag ?? null,
    previousSha: state.waves[0]!.commit,
  });
  const w = r.waves[index]!;
  r.rollback = {
    wave: index + 1,
    tag: wave.tag,
    from: wave.commit,
    to: target.commit,
    toVersionTag: target.tag,
  };
  if (wave.commit === target.commit) {
    return {
      ...r,
      outcome: 'nothing-to-release',
      rollback: null,
      message: `${wave.tag} is at ${target.tag} already`,
    };
  }
  const what = `${wave.tag} from ${shortSha(wave.commit)}${from ? ` (${from.tag})` : ''} back to ${target.tag} (${shortSha(target.commit)})`;
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
  w.state = 'rolled-back';
  w.sha = target.commit;
  if (index === 0) r.sha = target.commit;
  r.outcome = 'rolled-back';
  r.message = `rolled back ${what}`;
  if (from && req.github) await recordRollback(req, r, from);
  return r;
}

/** The release to go back to: a version tag by name, or `previous` (the highest below the current one). */
function rollbackTarget(
  state: ReleaseState,
  given: string,
  current: VersionTag | null,
  commit: string,
  pattern: VersionPattern,
): VersionTag {
  if (given !== 'previous') {
    const v = state.versions.find((x) => x.tag === given);
    if (!v) {
      const why = pattern.parse(given)
        ? 'no such tag on the remote'
        : `not a release tag (${pattern.source})`;
      throw new ConfigurationError(`--rollback-to ${given}: ${why}`);
    }
    return v;
  }
  const older = state.versions.filter(
    (v) => v.commit !== commit && (!current || compareVersions(v.version, current.version) < 0),
  );
  const v = older.at(-1);
  if (!v)
    throw new ConfigurationError(
      `--rollback-to previous: no release before ${current?.tag ?? shortSha(commit)}`,
    );
  return v;
}

/** A section on the rolled-back release's notes: when, by whom, to what, and why. */
async function recordRollback(req: ReleaseRequest, r: ReleaseResult, from: VersionTag): Promise<void> {
  const rb = r.rollback!;
  const by = req.actor ? ` by ${cell(req.actor)}` : '';
  const section = [
    `### ⏪ Rolled back`,
    '',
    `${new Date().toISOString()}${by}: \`${rb.tag}\` moved back to \`${rb.toVersionTag}\` (${shortSha(rb.to)}).`,
    '',
    `Reason: ${cell(req.reason!)}`,
  ].join('\n');
  try {
    const updated = await appendReleaseNote(req.github!, from.tag, section);
    if (updated) r.release = { url: updated.url, state: 'updated' };
  } catch (e) {
    req.logger.warning(
      `the rollback could not be recorded on the release of ${from.tag}: ${(e as Error).message}`,
    );
  }
}
