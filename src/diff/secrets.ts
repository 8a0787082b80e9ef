import { createHmac } from 'node:crypto';
import { dump } from 'js-yaml';
import { looksSecret } from '../gitops/secret-keys.js';
import { isMap } from '../util/is-map.js';
import { parseInlineValues } from './inline-values.js';

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

type Obj = Record<string, unknown>;

/** `kubectl apply` keeps a whole copy of the object here: a Secret's data included. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * A copy of a Kubernetes object with every secret value replaced by its hash: all of the `data`
 * and `stringData` of every Secret in it (itself, an item of a List or of any object's `items`,
 * every item of a SecretList, a Secret inside inline helm values), any scalar under a key that
 * looks secret (see looksSecret; booleans are flags and stay), the value of a `{name, value}` or
 * `{key, value}` pair whose name looks secret, and the password of every URL (`https://user:…@host`).
 */
export function maskSecrets(object: Obj, salt: string): Obj {
  return maskObject(object, [], salt, object.kind === 'Secret');
}

function maskObject(obj: Obj, path: string[], salt: string, secret: boolean): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    out[k] =
      secret && (k === 'data' || k === 'stringData')
        ? maskSecretData(v, salt)
        : maskEntry(obj, k, v, path, salt);
  }
  return out;
}

/** A Secret's `data`: every value, whatever its type; a `data` that is not a map, whole. */
function maskSecretData(data: unknown, salt: string): unknown {
  if (data === null || data === undefined) return data;
  if (!isMap(data)) return maskValue(data, salt);
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maskValue(v, salt)]));
}

function maskEntry(parent: Obj, key: string, value: unknown, path: string[], salt: string): unknown {
  if (isScalar(value) && (looksSecret(key) || key === LAST_APPLIED)) return maskValue(value, salt);
  // `{name: DB_PASSWORD, value: …}`: a container's env, an Application's helm.parameters.
  if (key === 'value' && isScalar(value) && pairNamedSecret(parent)) return maskValue(value, salt);
  // An Application's inline helm values are YAML in a string: mask inside it.
  if (key === 'values' && path.at(-1) === 'helm' && typeof value === 'string')
    return maskYamlText(value, salt);
  if (typeof value === 'string') return maskUrlUserInfo(value, salt);
  if (Array.isArray(value)) {
    const items = key === 'items' && parent.kind === 'SecretList';
    return maskArray(value, [...path, key], salt, { scalars: looksSecret(key), secrets: items });
  }
  return isMap(value) ? maskObject(value, [...path, key], salt, value.kind === 'Secret') : value;
}

/** `scalars`: under a secret key (`passwords: [a, b]`); `secrets`: a SecretList's items, Secrets even without a kind. */
function maskArray(
  list: unknown[],
  path: string[],
  salt: string,
  under: { scalars: boolean; secrets: boolean },
): unknown[] {
  return list.map((item) => {
    if (isMap(item)) return maskObject(item, path, salt, under.secrets || item.kind === 'Secret');
    if (Array.isArray(item)) return maskArray(item, path, salt, under);
    if (under.scalars && isScalar(item)) return maskValue(item, salt);
    return typeof item === 'string' ? maskUrlUserInfo(item, salt) : item;
  });
}

function pairNamedSecret(pair: Obj): boolean {
  return (
    (typeof pair.name === 'string' && looksSecret(pair.name)) ||
    (typeof pair.key === 'string' && looksSecret(pair.key))
  );
}

/**
 * The user-info of every URL in a text, masked: the password (`postgres://app:…@db:5432/x`,
 * `redis://:…@cache`), or all of it when there is no password, since a lone user may be a token
 * (`https://ghp_…@github.com`); but `ssh://git@host` keeps its user, ssh sends no password in one.
 * A password may hold `/`, and `@` when another `@` follows before the host.
 */
export function maskUrlUserInfo(text: string, salt: string): string {
  if (!text.includes('://') || !text.includes('@')) return text;
  return text.replace(URL_USERINFO, (all, scheme: string, user: string, password: string | undefined) => {
    if (password !== undefined) return `${scheme}${user}:${maskValue(password, salt)}@`;
    if (user === '' || /^(ssh|git\+ssh|ssh\+git):\/\/$/i.test(scheme)) return all;
    return `${scheme}${maskValue(user, salt)}@`;
  });
}

// Bounded, so a hostile rendered text cannot make the search slow (no nested unbounded repeats).
const URL_USERINFO =
  /\b([a-z][a-z0-9+.-]{0,30}:\/\/)([^\s:/?#@]{0,256})(?::([^\s@]{0,1024}(?:@[^\s@/?#]{0,256}(?=@)){0,8}))?@/gi;

/** A value that can hold a secret: text or a number (a boolean says nothing). */
function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';
}

/**
 * YAML text with its secret values masked (re-written as YAML when any was found), unchanged
 * when nothing in it is secret: only secret-looking keys are masked, so a diff of the values still
 * shows the rest key by key. Text that is not YAML (or expands past parseInlineValues' budget) is
 * masked whole: a secret in it cannot be found.
 */
function maskYamlText(text: string, salt: string): string {
  const read = parseInlineValues(text);
  if (!read.ok) return maskValue(text, salt);
  const parsed = read.value;
  if (!isMap(parsed) && !Array.isArray(parsed)) return maskUrlUserInfo(text, salt);
  const masked = isMap(parsed)
    ? maskSecrets(parsed, salt)
    : maskArray(parsed, [], salt, { scalars: false, secrets: false });
  if (JSON.stringify(masked) !== JSON.stringify(parsed)) return dump(masked, { lineWidth: -1 });
  // Nothing secret in the values: a URL in a comment may still carry a password.
  return maskUrlUserInfo(text, salt);
}
