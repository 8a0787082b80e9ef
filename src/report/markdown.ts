import { shortSha } from '../util/short-sha.js';

export { cell } from './markdown-escape.js';

/** A GFM table; header and rows are markdown already escaped for a cell (see markdown-escape.ts). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** A collapsible block; `summary` is HTML already escaped (htmlText, htmlCode), `body` markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A commit as a short sha, linked to the repository's web page of it when its URL is known. */
export function commitLink(sha: string, repoUrl?: string): string {
  return repoUrl ? `[\`${shortSha(sha)}\`](${repoUrl}/commit/${sha})` : `\`${shortSha(sha)}\``;
}

/** A pull request number, linked when the repository's URL is known; '' for none. */
export function pullLink(n: number | null, repoUrl?: string): string {
  return n === null ? '' : repoUrl ? `[#${n}](${repoUrl}/pull/${n})` : `#${n}`;
}
