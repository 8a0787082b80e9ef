import { createHmac } from 'node:crypto';

/** Keys whose values are treated as secret wherever they appear. `secretName`-style references are not. */
const SECRET_KEY = /(password|passwd|passphrase|token|secret|api[-_]?key|private[-_]?key|credentials?)$/i;

export function looksSecret(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * What is shown instead of a secret value: enough to see that it changed, nothing to recover it.
 * The hash is keyed with a salt chosen per run, so a short secret cannot be guessed by hashing
 * candidates: equal within one report, unrelated across reports.
 */
export function maskValue(value: unknown, salt: string): string {
  const digest = createHmac('sha256', salt)
    .update(typeof value === 'string' ? value : JSON.stringify(value))
    .digest('hex');
  return `(secret, salted sha256 ${digest.slice(0, 12)}…)`;
}

/**
 * A copy of a Kubernetes object with every secret value replaced by its hash: all of a Secret's
 * `data` and `stringData`, and any scalar under a key that looks secret.
 */
export function maskSecrets(object: Record<string, unknown>, salt: string): Record<string, unknown> {
  const isSecret = object.kind === 'Secret';
  return walk(object, (path, key, value) => {
    if (isSecret && path.length === 1 && (path[0] === 'data' || path[0] === 'stringData'))
      return maskValue(value, salt);
    if (typeof value !== 'object' && value !== null && value !== undefined && looksSecret(key))
      return maskValue(value, salt);
    return undefined;
  }) as Record<string, unknown>;
}

type Replace = (path: string[], key: string, value: unknown) => unknown;

function walk(node: unknown, replace: Replace, path: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((v) => walk(v, replace, path));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    const masked = replace(path, k, v);
    out[k] = masked !== undefined ? masked : walk(v, replace, [...path, k]);
  }
  return out;
}
