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
