/**
 * Small readers of markdown structure (CommonMark / GFM rules), for asserting that escaped text
 * stayed where it was put.
 */

export interface FencedBlock {
  info: string;
  /** Line numbers (0-based) of the opening and closing fence; close is -1 when the block runs to the end. */
  open: number;
  close: number;
  content: string;
}

/** The fenced code blocks of a document that starts no block in a container (quote, list). */
export function fencedBlocks(md: string): FencedBlock[] {
  const lines = md.split(/\r\n|\r|\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!m || (m[1]![0] === '`' && m[2]!.includes('`'))) continue;
    const [char, length] = [m[1]![0]!, m[1]!.length];
    const closing = new RegExp(`^ {0,3}\\${char}{${length},}[ \\t]*$`);
    let j = i + 1;
    while (j < lines.length && !closing.test(lines[j]!)) j++;
    const close = j < lines.length ? j : -1;
    blocks.push({ info: m[2]!.trim(), open: i, close, content: lines.slice(i + 1, j).join('\n') });
    i = j;
  }
  return blocks;
}

/**
 * The document without its fenced blocks, code spans and `<code>` elements: where GitHub links
 * mentions and reads HTML. A backslash-escaped backtick opens no code span.
 */
export function outsideCode(md: string): string {
  const lines = md.split('\n');
  for (const b of fencedBlocks(md).reverse())
    lines.splice(b.open, (b.close < 0 ? lines.length : b.close + 1) - b.open);
  return lines
    .join('\n')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/(?<![`\\])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

/** The `@name` / `@org/team` mentions GitHub would link in this document. */
export function mentions(md: string): string[] {
  return [...outsideCode(md).matchAll(/(?<![\w`])@[A-Za-z0-9][\w-]*(?:\/[\w-]+)?/g)].map((m) => m[0]);
}

/** The cells of a GFM table row: split at each `|` that is not escaped. */
export function rowCells(row: string): string[] {
  const inner = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}
