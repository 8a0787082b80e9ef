import { createHmac } from 'node:crypto';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { looksSecret } from '../gitops/secret-keys.js';

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
  return walk(object, (path, key, value, parent) => {
    if (isSecret && path.length === 1 && (path[0] === 'data' || path[0] === 'stringData'))
      return maskValue(value, salt);
    if (isScalar(value) && looksSecret(key)) return maskValue(value, salt);
    // `{name: DB_PASSWORD, value: …}`: a container's env, an Application's helm.parameters.
    if (key === 'value' && isScalar(value) && typeof parent.name === 'string' && looksSecret(parent.name))
      return maskValue(value, salt);
    // An Application's inline helm values are YAML in a string: mask inside it.
    if (key === 'values' && path.at(-1) === 'helm' && typeof value === 'string')
      return maskYamlText(value, salt);
    return undefined;
  }) as Record<string, unknown>;
}

/** A value that can hold a secret: text or a number (a boolean says nothing). */
function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';
}

/** YAML text with its secret values masked (re-written as YAML), or unchanged when nothing is secret. */
function maskYamlText(text: string, salt: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = load(text, { schema: CORE_SCHEMA });
  } catch {
    // Not YAML we can read: a secret in it cannot be found, so none of it is shown.
    return maskValue(text, salt);
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const masked = maskSecrets(parsed as Record<string, unknown>, salt);
  return JSON.stringify(masked) === JSON.stringify(parsed) ? undefined : dump(masked, { lineWidth: -1 });
}

type Replace = (path: string[], key: string, value: unknown, parent: Record<string, unknown>) => unknown;

function walk(node: unknown, replace: Replace, path: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((v) => walk(v, replace, path));
  if (node === null || typeof node !== 'object') return node;
  const parent = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parent)) {
    const masked = replace(path, k, v, parent);
    out[k] = masked !== undefined ? masked : walk(v, replace, [...path, k]);
  }
  return out;
}
