import type { GateResult } from '../promote/gate-ids.js';
import {
  FAILED_RELEASE_OUTCOMES,
  type ProductionDiff,
  type ReleaseResult,
  type WaveDiff,
  type WaveResult,
} from '../release/model.js';
import { notesStamp } from '../release/notes-stamp.js';
import { RELEASE_BODY_MAX_CHARS, truncateBytes } from './budget.js';
import { splitDiffComments } from './diff-comments.js';
import { DIFF_MARKER, renderDiffMarkdown } from './diff-markdown.js';
import { commitLink, pullLink, table } from './markdown.js';
import { cell, cellCode, code } from './markdown-escape.js';
import { renderVerificationMarkdown, renderVerificationText } from './verification.js';
import { oneLine } from '../util/one-line.js';
import { shortSha } from '../util/short-sha.js';

const GATE_ICON: Record<GateResult['status'], string> = { pass: '✅', fail: '❌', skipped: '⏭️' };
const WAVE_ICON: Record<WaveResult['state'], string> = {
  moved: '🚀',
  already: '✔️',
  'would-move': '🔜',
  held: '⏸️',
  'rolled-back': '⏪',
};
const EARLIER_ICON: Record<NonNullable<WaveResult['earlierVerification']>, string> = {
  verified: '✅',
  failed: '❌',
  unknown: '⚠️',
};
/** Commits listed in the notes at most; the rest are counted and the range given. */
export const NOTES_MAX_COMMITS = 300;
/** The asset that holds the whole production diff when the notes cannot. */
export const DIFF_ASSET = 'production-diff.md';

/** Terminal output: outcome, waves, gates, commits. */
export function renderReleaseText(r: ReleaseResult): string {
  const lines = [`release ${r.versionTag ?? ''}: ${r.message}`.replace('release : ', 'release: ')];
  if (r.skipGatesReason !== null) lines.push(`gates skipped: ${r.skipGatesReason}`);
  for (const w of r.waves) {
    const after = w.state === 'would-move' ? r.candidate : w.sha;
    const before =
      w.previousUnknown !== undefined ? '(unknown)' : w.previous ? shortSha(w.previous) : '(none)';
    const at = `${before} → ${after ? shortSha(after) : '(none)'}`;
    const clusters = w.clusters.length > 0 ? ` [${w.clusters.join(', ')}]` : '';
    lines.push(`  wave ${w.wave} ${w.tag}${clusters}: ${w.state} (${at})`);
    if (w.verification)
      lines.push(
        ...renderVerificationText(w.verification)
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`),
      );
  }
  const width = Math.max(0, ...r.gates.map((g) => g.id.length)) + 1;
  for (const g of r.gates) lines.push(`  ${g.status.padEnd(7)} ${g.id.padEnd(width)} ${g.why}`);
  if (r.commits.length > 0)
    lines.push(`commits since ${r.previousVersionTag ?? 'the start'} (${r.commits.length}):`);
  for (const c of r.commits) lines.push(`  ${shortSha(c.sha)} ${oneLine(c.subject)} (${oneLine(c.author)})`);
  if (r.release) lines.push(`GitHub Release: ${r.release.url} (${r.release.state})`);
  return `${lines.join('\n')}\n`;
}

export function renderReleaseJson(r: ReleaseResult): string {
  return `${JSON.stringify({ version: 1, ...r }, null, 2)}\n`;
}

interface Links {
  /** https://github.com/o/r: commits and pull requests are linked. */
  repoUrl?: string;
  /** The workflow run. */
  runUrl?: string;
}

/** How much of the long lists a header shows (the release notes must fit GitHub's limit). */
interface HeaderLimits {
  commits: number;
  verificationRows: number;
}

const FULL: HeaderLimits = { commits: NOTES_MAX_COMMITS, verificationRows: Infinity };

/** The head of the notes and of the summary: outcome, who and why, waves, gates, commits. */
export function releaseHeader(r: ReleaseResult, links: Links = {}, limits: HeaderLimits = FULL): string {
  const failed = FAILED_RELEASE_OUTCOMES.includes(r.outcome);
  const icon = failed ? '❌' : r.released || r.outcome === 'rolled-back' ? '✅' : 'ℹ️';
  const title = r.versionTag ? `${code(r.versionTag)}` : code(r.from);
  const kind = r.hotfix ? 'hotfix' : 'release';
  const parts = [`## gitops-promotion ${kind} ${title}`, '', `${icon} ${cell(r.message)}`, ''];
  if (r.hotfix)
    parts.push(
      `> 🚑 **Hotfix** from ${code(r.hotfix)}, released over ${code(r.waves[0]?.tag ?? 'stable')} without waiting for the branches before it.`,
      '',
    );
  const who = [
    r.actor ? `by ${cell(r.actor)}` : null,
    links.runUrl ? `in [this workflow run](${links.runUrl})` : null,
  ].filter(Boolean);
  const since =
    sinceText(r, links) ||
    (r.firstRelease ? ' (the first release)' : ' (what production ran before is unknown)');
  parts.push(
    `Cut from ${code(r.from)} at ${sha(r.candidate, links)}${since}${who.length ? `, ${who.join(' ')}` : ''}.`,
  );
  if (r.reason) parts.push('', `**Reason:** ${cell(r.reason)}`);
  if (r.skipGatesReason !== null) parts.push('', `> ⚠️ Gates skipped: ${cell(r.skipGatesReason)}`);
  if (r.rollback) {
    const rb = r.rollback;
    parts.push(
      '',
      `> ⏪ ${code(rb.tag)} was moved back to ${rb.toVersionTag ? code(rb.toVersionTag) : ''} (${sha(rb.to, links)}).`,
    );
  }
  parts.push('', '### Waves', '', wavesTable(r, links));
  parts.push(...verificationSections(r, limits), ...gateSections(r));
  parts.push('', commitsSection(r, links, limits.commits));
  return parts.join('\n');
}

/** Each wave's verification: this run's, or what an earlier run of the release proved. */
function verificationSections(r: ReleaseResult, limits: HeaderLimits): string[] {
  return r.waves.flatMap((w) => {
    const heading = ['', `#### Verification of wave ${w.wave} (${code(w.tag)})`, ''];
    if (w.verification)
      return [...heading, renderVerificationMarkdown(w.verification, limits.verificationRows)];
    if (w.earlierVerification)
      return [
        ...heading,
        `${EARLIER_ICON[w.earlierVerification]} ${w.earlierVerification} by an earlier run of this release, as the notes it wrote said (its Applications are in that run's log; this run did not verify the wave).`,
      ];
    return [];
  });
}

/** The release's gates and each wave's. */
function gateSections(r: ReleaseResult): string[] {
  const parts: string[] = [];
  // Gates skipped by this run: the line above says so; else those of the run that pushed the tags are not known here.
  if (r.resumed && r.skipGatesReason === null) {
    parts.push(
      '',
      '### Gates',
      '',
      'Evaluated by the run that pushed the tags; this later run only completed the release and does not know their results.',
    );
  } else if (r.gates.length > 0) {
    const rows = r.gates.map((g) => [GATE_ICON[g.status], cell(g.id), cell(g.why)]);
    parts.push('', '### Gates', '', table(['', 'gate', 'why'], rows));
  }
  for (const w of r.waves) {
    if (!w.gates || w.gates.length === 0) continue;
    const rows = w.gates.map((g) => [GATE_ICON[g.status], cell(g.id), cell(g.why)]);
    parts.push('', `#### Gates of wave ${w.wave} (${code(w.tag)})`, '', table(['', 'gate', 'why'], rows));
  }
  return parts;
}

function wavesTable(r: ReleaseResult, links: Links): string {
  const rows = r.waves.map((w) => [
    String(w.wave),
    cellCode(w.tag),
    cell(w.clusters.join(', ') || '—'),
    w.previousUnknown !== undefined
      ? `unknown: ${cell(w.previousUnknown)}`
      : w.previous
        ? sha(w.previous, links)
        : '—',
    w.state === 'would-move' ? `${sha(r.candidate, links)} (would)` : w.sha ? sha(w.sha, links) : '—',
    `${WAVE_ICON[w.state]} ${w.state}`,
  ]);
  return table(['wave', 'tag', 'clusters', 'before', 'after', ''], rows);
}

/**
 * ` since \`stable-v1.3.0\``; ` since \`1a2b3c4\`` when the first wave was at a commit that is no release
 * (moved by hand: the commits and the diff are since that commit); '' for the first release.
 */
function sinceText(r: ReleaseResult, links: Links): string {
  if (r.previousVersionTag) return ` since ${code(r.previousVersionTag)}`;
  return r.previousSha ? ` since ${sha(r.previousSha, links)} (no release)` : '';
}

function commitsSection(r: ReleaseResult, links: Links, max: number): string {
  const since = sinceText(r, links);
  if (r.commits.length === 0) {
    if (since) return `### Commits${since}\n\nNone.`;
    return r.firstRelease
      ? '### Commits\n\nThe first release: no earlier release to list commits since.'
      : '### Commits\n\nUnknown: the first wave did not exist before this release, so there is no commit to list them since.';
  }
  const shown = r.commits.slice(0, max);
  const rows = shown.map((c) => [
    sha(c.sha, links),
    pullLink(c.pullRequest, links.repoUrl),
    cell(c.author),
    cell(c.subject),
  ]);
  const more = r.commits.length - shown.length;
  const after = shown.at(-1)?.sha ?? r.previousSha;
  const range = after ? `${shortSha(after)}..${shortSha(r.candidate)}` : shortSha(r.candidate);
  const rest = more > 0 ? `\n\n… and ${more} more: \`git log ${range}\`` : '';
  return `### Commits${since} (${r.commits.length})\n\n${table(['commit', 'pull request', 'author', 'subject'], rows)}${rest}`;
}

const sha = (s: string, links: Links) => commitLink(s, links.repoUrl);

/** One wave group's production diff for the notes: what fits `budget`, and the whole diff when it did not. */
function diffSection(diff: ProductionDiff, budget: number): { text: string; asset: string | null } {
  if (diff.state === 'first-release')
    return { text: 'The first release: there is no earlier release to compare with.', asset: null };
  if (diff.state === 'no-clusters') return { text: 'No cluster follows these tags.', asset: null };
  if (diff.state === 'unknown')
    return {
      text: `> ❓ Not computed: ${cell(diff.why)}. The change to these clusters is unknown.`,
      asset: null,
    };
  const full = stripMarker(renderDiffMarkdown(diff.report));
  if (full.length <= budget) return { text: full, asset: null };
  const notice = `> ⚠️ The production diff is longer than a release's notes can hold: what follows is its start; the whole diff is attached to this release as \`${DIFF_ASSET}\`.`;
  const parts = splitDiffComments(diff.report, Math.max(1_000, budget - notice.length - 8));
  return {
    text: `${notice}\n\n${stripMarker(parts[0]!).replace(/<sub>Continued in .*<\/sub>\n?/, '')}`,
    // The asset stands alone: the report as the diff command writes it.
    asset: renderDiffMarkdown(diff.report).replace(`${DIFF_MARKER}\n`, ''),
  };
}

/**
 * "What changes in production": one diff per group of waves that moved from one commit (a wave that
 * lagged behind moves from an older release than the first wave), each within its share of `budget`;
 * the asset holds every diff that did not fit, whole.
 */
function diffsSection(diffs: readonly WaveDiff[], budget: number): { text: string; asset: string | null } {
  const heading = '### What changes in production';
  if (diffs.length === 0) return { text: `${heading}\n\nNo wave moves in this run.`, asset: null };
  const share = Math.floor((budget - heading.length - 2) / diffs.length) - 120;
  const sections = diffs.map((d) => ({ d, ...diffSection(d.diff, share) }));
  const text = sections
    .map(({ d, text }) =>
      diffs.length === 1
        ? text
        : `#### ${d.tags.map(code).join(', ')}${d.base ? ` (from ${code(shortSha(d.base))})` : ''}\n\n${text}`,
    )
    .join('\n\n');
  const assets = sections.filter((x) => x.asset !== null);
  const asset =
    assets.length === 0
      ? null
      : assets
          .map((x) => (diffs.length === 1 ? x.asset! : `# ${x.d.tags.join(', ')}\n\n${x.asset!}`))
          .join('\n\n');
  return { text: `${heading}\n\n${text}`, asset };
}

/**
 * The diff report as a part of the notes: without the PR comment's marker, its title as a line of
 * text and its headings one level down (under "What changes in production").
 */
const stripMarker = (markdown: string) =>
  markdown
    .replace(`${DIFF_MARKER}\n`, '')
    .replace(/^## gitops-promotion diff (.*)$/m, '**Diff** $1')
    .replace(/^### /gm, '#### ');

/**
 * The GitHub Release's notes: the stamp of the waves (a comment GitHub does not show, which a later
 * run reads: src/release/notes-stamp.ts), the header, then the production diff as far as it fits
 * under GitHub's limit; when it does not fit, its start and a notice, and the whole diff as the asset.
 */
export function renderReleaseNotes(
  r: ReleaseResult,
  diffs: readonly WaveDiff[],
  links: Links = {},
  max = RELEASE_BODY_MAX_CHARS,
): { body: string; asset: string | null } {
  const stamp = notesStamp(r.waves);
  const room = max - stamp.length - 1;
  const head = fittingHeader(r, links, room - DIFF_ROOM);
  const { text, asset } = diffsSection(diffs, room - head.length - 200);
  return { body: `${stamp}\n${head}\n\n${text}\n`, asset };
}

/** What the header leaves the production diff at least: its start, the notice and the risks. */
const DIFF_ROOM = 4_000;
/** Verification rows a header cut to fit keeps per wave (the Applications not ok first). */
const NOTES_VERIFY_ROWS = 20;

/**
 * The header within `room` characters: whole when it fits; else the verification tables keep their
 * first rows (those not ok first) and the commits as many as fit (the rest counted, with the range);
 * else, when even that is too long (a huge reason or message), cut at a line with a notice.
 */
function fittingHeader(r: ReleaseResult, links: Links, room: number): string {
  const full = releaseHeader(r, links);
  if (full.length <= room) return full;
  const lean = (commits: number) => releaseHeader(r, links, { commits, verificationRows: NOTES_VERIFY_ROWS });
  let [lo, hi] = [0, Math.min(r.commits.length, NOTES_MAX_COMMITS)];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (lean(mid).length <= room) lo = mid;
    else hi = mid - 1;
  }
  const head = lean(lo);
  if (head.length <= room) return head;
  return truncateBytes(
    head,
    room,
    "The release's header was cut to fit GitHub's limit on a release's notes.",
  ).trimEnd();
}

/** The section a rollback appends to the notes of the release it rolls back from: when, by whom, to what, why. */
export function renderRollbackRecord(
  rb: NonNullable<ReleaseResult['rollback']>,
  actor: string | null,
  reason: string,
  at: Date,
): string {
  const by = actor ? ` by ${cell(actor)}` : '';
  const to = rb.toVersionTag ? code(rb.toVersionTag) : code(shortSha(rb.to));
  return [
    '### ⏪ Rolled back',
    '',
    `${at.toISOString()}${by}: ${code(rb.tag)} moved back to ${to} (${shortSha(rb.to)}).`,
    '',
    `Reason: ${cell(reason)}`,
  ].join('\n');
}

/** "What changes in production" whole, for the job summary (no notes limit; the summary's own cut applies). */
export function renderProductionDiffs(diffs: readonly WaveDiff[]): string {
  return diffsSection(diffs, Infinity).text;
}
