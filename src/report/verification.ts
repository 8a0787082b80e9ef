import { formatDuration } from '../promote/duration.js';
import type { AppCheck, Verification } from '../release/verify.js';
import { plural } from '../util/plural.js';
import { shortSha } from '../util/short-sha.js';
import { table } from './markdown.js';
import { cell, cellCode } from './markdown-escape.js';

/**
 * The release verification (src/release/verify.ts) as text and markdown. Every name, status, revision and
 * reason comes from Argo CD, whose Applications a hostile repo names: in markdown each is escaped.
 */

const STATE_ICON: Record<Verification['state'], string> = { verified: '✅', failed: '❌', unknown: '⚠️' };
const APP_ICON: Record<AppCheck['state'], string> = { ok: '✅', waiting: '⏳', failed: '❌' };

/** `verified after 40s: 3 Applications Synced and Healthy`, `failed after 5m: prod-01-api Degraded`. */
function headline(v: Verification): string {
  const after = `${v.state} after ${formatDuration(v.waitedMs)}`;
  if (v.state === 'verified') return `${after}: ${plural(v.apps.length, 'Application')} Synced and Healthy`;
  return `${after}: ${v.why}`;
}

function revisions(a: AppCheck): string[] {
  return a.revisions.map(shortSha);
}

const APP_ORDER: Record<AppCheck['state'], number> = { failed: 0, waiting: 1, ok: 2 };

/**
 * Job summary: the outcome, then one row per Application. With `maxRows` (release notes, which
 * GitHub limits), at most that many rows, those not ok first, and a line counting the rest.
 */
export function renderVerificationMarkdown(v: Verification, maxRows = Infinity): string {
  const parts = ['### Argo CD verification', '', `${STATE_ICON[v.state]} ${cell(headline(v))}`];
  if (v.state === 'unknown' && v.apps.length > 0) {
    parts.push('', 'As of the last poll Argo CD answered:');
  }
  const shown =
    v.apps.length > maxRows
      ? [...v.apps].sort((a, b) => APP_ORDER[a.state] - APP_ORDER[b.state]).slice(0, maxRows)
      : v.apps;
  if (shown.length > 0) {
    const rows = shown.map((a) => [
      cell(a.name),
      cell(a.cluster),
      cell(a.sync),
      cell(a.health),
      revisions(a).map(cellCode).join(', ') || '—',
      `${APP_ICON[a.state]} ${cell(`${a.state}: ${a.why}`)}`,
    ]);
    parts.push('', table(['Application', 'cluster', 'sync', 'health', 'revision', 'result'], rows));
  }
  const left = v.apps.filter((a) => !shown.includes(a));
  if (left.length > 0) {
    const ok = left.filter((a) => a.state === 'ok').length;
    parts.push('', `… and ${plural(left.length, 'more Application')} (${ok} ok) not listed here.`);
  }
  return `${parts.join('\n')}\n`;
}

/** Line breaks in Argo CD's text would start lines of their own. */
const oneLine = (text: string) => text.replace(/\r\n|\r|\n/g, ' ');

/** Terminal output: the outcome, then one line per Application (each on its line, whatever Argo CD said). */
export function renderVerificationText(v: Verification): string {
  const lines = [oneLine(`Argo CD verification ${headline(v)}`)];
  if (v.state === 'unknown' && v.apps.length > 0) lines.push('as of the last poll Argo CD answered:');
  const width = Math.max(0, ...v.apps.map((a) => a.name.length)) + 1;
  for (const a of v.apps) {
    const at = revisions(a).join(',') || '-';
    lines.push(
      oneLine(
        `  ${a.state.padEnd(7)} ${a.name.padEnd(width)} ${a.cluster} ${a.sync}/${a.health} at ${at}: ${a.why}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
