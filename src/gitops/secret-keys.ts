/**
 * Keys whose values are treated as secret wherever they appear (`AWS_SECRET_ACCESS_KEY`, `secretKey`,
 * `dbPassword`, `apiToken`…). `secretName`-style references are not: the match is at the end.
 */
const SECRET_KEY =
  /(password|passwd|passphrase|pwd|token|secret|(secret|access|api|private|signing|encryption|master)[-_]?key|credentials?)$/i;

export function looksSecret(key: string): boolean {
  return SECRET_KEY.test(key);
}
