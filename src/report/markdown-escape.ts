/**
 * Escapes for repository text in GitHub markdown (PR comments, job summaries). Each helper is for
 * one place text can stand, and keeps the text from leaving it: no closed code span or fence, no
 * new table cell or row, no HTML tag, no link or emphasis, no `@user` / `@org/team` mention.
 */

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Markdown punctuation that could start a link, emphasis, strikethrough, math, a code span or a
 * cell. An `_` between letters or digits (`in_progress`) can neither open nor close emphasis.
 */
const MARKDOWN_PUNCTUATION = /[\\`*[\]|~$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** `&`, `<`, `>` as entities: no tag, no entity of the text's own (`&#64;` would be an `@`). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * GitHub links no mention whose `@` is followed by a zero-width space (as Renovate does). For text
 * outside code only: inside code GitHub links none, and the entity would show there.
 */
function breakMentions(escaped: string): string {
  return escaped.replace(/@/g, '@&#8203;');
}

/** Text in markdown: a table cell, a list item, a paragraph, a quote. Line breaks become `<br>`. */
export function cell(text: string): string {
  return breakMentions(escapeHtml(text.replace(MARKDOWN_PUNCTUATION, '\\$&')).replace(LINE_BREAK, '<br>'));
}

/** Text inside an HTML element of ours (`<summary>`, `<b>`), where GitHub reads no markdown. */
export function htmlText(text: string): string {
  return breakMentions(escapeHtml(text).replace(LINE_BREAK, '<br>'));
}

/** Text as `<code>` inside an HTML element of ours. */
export function htmlCode(text: string): string {
  return `<code>${escapeHtml(text).replace(LINE_BREAK, ' ')}</code>`;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  for (const run of text.match(new RegExp(`${char}+`, 'g')) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * An inline code span whose backtick fence is longer than any backtick run in the text, padded
 * with spaces when the text starts or ends with a backtick or space (CommonMark strips one space
 * from each side). Line breaks become spaces, so the span stays on its line.
 */
export function code(text: string): string {
  const flat = text.replace(LINE_BREAK, ' ');
  if (flat === '') return '<code></code>';
  const fence = '`'.repeat(longestRun(flat, '`') + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A code span in a table cell: GFM splits cells at `|` even inside code, unless it is `\|`. */
export function cellCode(text: string): string {
  return code(text).replace(/\|/g, '\\|');
}

/**
 * A fenced code block whose backtick fence is longer than any backtick run in the content, so no
 * line of it can close the block (a `~~~` line cannot close a backtick fence).
 */
export function codeBlock(content: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}
