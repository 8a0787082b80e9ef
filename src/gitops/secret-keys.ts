import { memoByString } from '../util/memo.js';

/**
 * Whether the value under a key is treated as secret wherever it appears (`AWS_SECRET_ACCESS_KEY`,
 * `dbPass`, `client_secret`, `apiToken`, `tls.key`, `.dockerconfigjson`…).
 *
 * A key is split into words (camelCase, snake_case, kebab-case, dots; case aside) and judged by
 * its LAST word, so references to a secret stay readable: `secretName`, `secretRef`,
 * `passwordSecretRef`, `keyRef`, `passwordFile`, `tokenTTL`, `adminPasswordKey` (the name of a key
 * inside a Secret) end in a word that is not secret. `existing…` keys (`existingSecret`) name a
 * Secret that already exists and are never secret. Certificates (`tls.crt`, `ca.crt`) are public.
 */
export const looksSecret = memoByString(judge);

function judge(key: string): boolean {
  if (SECRET_FILE.test(key)) return true;
  const words = splitWords(key);
  if (words.length === 0 || words.some((w) => w.startsWith('existing'))) return false;
  if (endsSecret(words)) return true;
  // A value-like suffix after a secret word: `passwordHash`, `privateKeyPem`, `tokenValue`.
  while (words.length > 1 && VALUE_SUFFIX.has(words.at(-1)!)) {
    words.pop();
    if (endsSecret(words)) return true;
  }
  return false;
}

function endsSecret(words: readonly string[]): boolean {
  const last = words.at(-1)!;
  // `adminpassword`, `githubtoken`: one lower-case word still ends in the secret one.
  if (SECRET_WORD.has(last) || SECRET_END.test(last)) return true;
  if (last === 'key') return KEY_KIND.has(words.at(-2) ?? '');
  return SECRET_PAIR.has(`${words.at(-2) ?? ''} ${last}`);
}

/** `dbPASSWORD2` → db, password; `APIKey` → api, key; `tls.key` → tls, key. Digits alone are dropped. */
function splitWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
    .filter((w) => w !== '' && !/^[0-9]+$/.test(w));
}

/** File names of key material: `tls.key`, `server.key`, `tls-key.pem`, `privkey.pem`, `id_rsa`, keystores. */
const SECRET_FILE =
  /(\.key|key\.pem|\.p12|\.pfx|\.jks|\.keystore|^\.?(id_(rsa|dsa|ecdsa|ed25519)|htpasswd|pgpass|netrc|git-credentials|dockercfg|dockerconfigjson))$/i;

/** The end of a run-together word that is secret (`rootpassword`; not `pass`: `bypass`, `compass`). */
const SECRET_END =
  /(password|passwd|passphrase|pwd|secret|token|credentials?|(api|access|secret|private)key)$/;

/** Words that are secret as the last word of a key. */
const SECRET_WORD = new Set([
  'pass',
  'passwd',
  'password',
  'passwords',
  'passphrase',
  'pwd',
  'secret',
  'secrets',
  'token',
  'credential',
  'credentials',
  'creds',
  'bearer',
  'auth',
  'authorization',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'htpasswd',
  'dsn',
  'dockerconfigjson',
  'dockercfg',
  'kubeconfig',
]);

/** What kind of `…Key` is a secret one: `apiKey`, `AWS_SECRET_ACCESS_KEY`, `sshKey`, `tlsKey`… (not `publicKey`, `cacheKey`). */
const KEY_KIND = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'sign',
  'encryption',
  'encrypt',
  'master',
  'client',
  'shared',
  'ssh',
  'gpg',
  'pgp',
  'hmac',
  'jwt',
  'session',
  'license',
  'tls',
  'server',
]);

/** Two-word forms whose words alone are not secret. */
const SECRET_PAIR = new Set(['connection string', 'conn string', 'conn str', 'connection str']);

/** Words after a secret word that still name its value (`secretKeyBase` is Rails' secret). */
const VALUE_SUFFIX = new Set([
  'value',
  'data',
  'pem',
  'b64',
  'base64',
  'encoded',
  'raw',
  'plain',
  'plaintext',
  'text',
  'content',
  'contents',
  'hash',
  'hashed',
  'base',
  'str',
  'string',
]);
