/** The 7-character form of a commit sha shown in messages, summaries and comments. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
