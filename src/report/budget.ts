/** GitHub's limits on what it shows (checked facts; see README). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;
export const COMMENT_MAX_CHARS = 65_536;
/** A pull request's (an issue's) body: longer is refused with 422 `body is too long (maximum is 65536 characters)`. */
export const PULL_REQUEST_BODY_MAX_CHARS = 65_536;
/**
 * A release body longer than this is refused (422 `body is too long (maximum is 125000 characters)`):
 * GitHub's answer, not in its documentation. GitHub counts code points; a JS length (UTF-16 units) is
 * never below that count, so a body whose `.length` fits fits.
 */
export const RELEASE_BODY_MAX_CHARS = 125_000;

/** Cuts markdown to a byte budget at a line boundary, with a notice saying where the rest is. */
export function truncateBytes(markdown: string, maxBytes: number, notice: string): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const tail = `\n\n> ⚠️ ${notice}\n`;
  const budget = maxBytes - Buffer.byteLength(tail, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  cut = cut.replace(/\uFFFD$/, '');
  const nl = cut.lastIndexOf('\n');
  return (nl > 0 ? cut.slice(0, nl) : cut) + tail;
}
