import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskSecrets, maskUrlUserInfo, maskValue } from '../../src/diff/secrets.js';
import { ManifestError, splitManifests } from '../../src/gitops/manifests.js';
import { looksSecret } from '../../src/gitops/secret-keys.js';

const SALT = 'test-salt';
const m = (v: unknown) => maskValue(v, SALT);
const CANARY = 'CANARY_SECRET_9d1e';

describe('splitManifests flattens lists as Argo CD does', () => {
  const SOURCE = '# Source: app/templates/list.yaml';

  it('each item of a kind: List is an object of its own, with the source of its chunk', () => {
    const out = splitManifests(
      [
        '---',
        SOURCE,
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - {apiVersion: v1, kind: Secret, metadata: {name: s}, stringData: {a: b}}',
        '  - {apiVersion: argoproj.io/v1alpha1, kind: Application, metadata: {name: app}}',
        '---',
        '# Source: app/templates/cm.yaml',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: c}',
      ].join('\n'),
    );
    expect(out).toEqual([
      {
        source: 'app/templates/list.yaml',
        object: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { a: 'b' } },
      },
      {
        source: 'app/templates/list.yaml',
        object: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'app' } },
      },
      {
        source: 'app/templates/cm.yaml',
        object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
      },
    ]);
  });

  it('any object with an items array is a list: a SecretList, a custom kind', () => {
    const out = splitManifests(
      [
        SOURCE,
        'kind: SecretList',
        'items: [{kind: Secret, metadata: {name: one}}]',
        '---',
        SOURCE,
        'apiVersion: example.com/v1',
        'kind: Bundle',
        'spec: {ignored: true}',
        'items: [{kind: ConfigMap, metadata: {name: two}}, {kind: Secret, metadata: {name: three}}]',
      ].join('\n'),
    );
    expect(out.map((x) => x.object)).toEqual([
      { kind: 'Secret', metadata: { name: 'one' } },
      { kind: 'ConfigMap', metadata: { name: 'two' } },
      { kind: 'Secret', metadata: { name: 'three' } },
    ]);
  });

  it('one level deep: an item with items of its own stays one object', () => {
    const out = splitManifests('kind: List\nitems:\n  - kind: List\n    items: [{kind: Secret}]\n');
    expect(out.map((x) => x.object)).toEqual([{ kind: 'List', items: [{ kind: 'Secret' }] }]);
  });

  it('an empty list and items: null without spec or status deploy nothing; items: null with a spec is an object', () => {
    expect(splitManifests('kind: List\nitems: []\n')).toEqual([]);
    expect(splitManifests('kind: List\nitems: null\n')).toEqual([]);
    expect(splitManifests('kind: Thing\nspec: {}\nitems: null\n')).toEqual([
      { source: null, object: { kind: 'Thing', spec: {}, items: null } },
    ]);
    // A non-array items is no list (Argo CD's IsList): the object itself.
    expect(splitManifests('kind: Thing\nitems: {a: 1}\n')).toEqual([
      { source: null, object: { kind: 'Thing', items: { a: 1 } } },
    ]);
  });

  it('an item that is not an object is refused, as Argo CD refuses the render', () => {
    const render = () => splitManifests(`${SOURCE}\nkind: List\nitems:\n  - {kind: Secret}\n  - just text\n`);
    expect(render).toThrow(ManifestError);
    expect(render).toThrow(
      'helm rendered YAML that cannot be read from app/templates/list.yaml: items[1] of a list must be an object, got a string',
    );
    expect(() => splitManifests('kind: List\nitems: [null]\n')).toThrow(
      'helm rendered YAML that cannot be read: items[0] of a list must be an object, got null',
    );
  });
});

describe('maskSecrets: Secrets wherever they are', () => {
  const secret = (extra: Record<string, unknown> = {}) => ({
    kind: 'Secret',
    metadata: { name: 's' },
    data: { a: 'c2VjcmV0' },
    stringData: { b: CANARY },
    ...extra,
  });
  const masked = {
    kind: 'Secret',
    metadata: { name: 's' },
    data: { a: m('c2VjcmV0') },
    stringData: { b: m(CANARY) },
  };

  it('a Secret in a kind: List, in a SecretList (items without a kind), in a custom object with items', () => {
    expect(maskSecrets({ kind: 'List', items: [secret()] }, SALT)).toEqual({ kind: 'List', items: [masked] });
    const bare = { metadata: { name: 's' }, data: { a: 'c2VjcmV0' }, stringData: { b: CANARY } };
    expect(maskSecrets({ kind: 'SecretList', items: [bare] }, SALT)).toEqual({
      kind: 'SecretList',
      items: [{ metadata: { name: 's' }, data: { a: m('c2VjcmV0') }, stringData: { b: m(CANARY) } }],
    });
    expect(maskSecrets({ kind: 'Bundle', spec: { items: [[secret()]] }, items: [secret()] }, SALT)).toEqual({
      kind: 'Bundle',
      spec: { items: [[masked]] },
      items: [masked],
    });
    // A ConfigMap in a list keeps its data.
    expect(maskSecrets({ kind: 'List', items: [{ kind: 'ConfigMap', data: { a: 'b' } }] }, SALT)).toEqual({
      kind: 'List',
      items: [{ kind: 'ConfigMap', data: { a: 'b' } }],
    });
  });

  it("a Secret's data that is not a map is masked whole; every value in it, of any type", () => {
    expect(
      maskSecrets({ kind: 'Secret', data: CANARY, stringData: { n: 3, t: true, o: { x: 1 } } }, SALT),
    ).toEqual({
      kind: 'Secret',
      data: m(CANARY),
      stringData: { n: m(3), t: m(true), o: m({ x: 1 }) },
    });
  });

  it('the last-applied-configuration annotation (a copy of the whole object) is masked', () => {
    const note = 'kubectl.kubernetes.io/last-applied-configuration';
    const text = JSON.stringify(secret());
    expect(
      maskSecrets({ ...secret(), metadata: { name: 's', annotations: { [note]: text } } }, SALT),
    ).toEqual({
      ...masked,
      metadata: { name: 's', annotations: { [note]: m(text) } },
    });
  });

  it('a Secret inside inline helm values (extraObjects) is masked in the text', () => {
    const app = {
      kind: 'Application',
      spec: {
        source: {
          helm: { values: `extraObjects:\n  - kind: Secret\n    stringData:\n      x: ${CANARY}\n` },
        },
      },
    };
    expect(maskSecrets(app, SALT)).toEqual({
      kind: 'Application',
      spec: {
        source: {
          helm: { values: `extraObjects:\n  - kind: Secret\n    stringData:\n      x: ${m(CANARY)}\n` },
        },
      },
    });
  });
});

describe('maskSecrets: secret-looking keys', () => {
  const SECRET_KEYS = [
    'pass',
    'passwd',
    'pwd',
    'password',
    'PASSWORD',
    'dbPass',
    'db_pass',
    'DB-PASS',
    'adminpassword',
    'MYSQL_ROOT_PASSWORD',
    'password2',
    'passwordHash',
    'credentials',
    'creds',
    'clientSecret',
    'client_secret',
    'jwtSecret',
    'privateKey',
    'private_key',
    'privateKeyPem',
    'ssh-privatekey',
    'sshKey',
    'tls.key',
    'tlsKey',
    'server.key',
    'ca.key',
    'tls-key.pem',
    'privkey.pem',
    'id_rsa',
    'id_ed25519',
    'bearer',
    'bearerToken',
    'auth',
    'basicAuth',
    'authorization',
    'authToken',
    'githubtoken',
    'apiKey',
    'api_key',
    'APIKey',
    'x-api-key',
    'accessKey',
    'AWS_SECRET_ACCESS_KEY',
    'secretKey',
    'secretKeyBase',
    'signingKey',
    'encryption_key',
    '.dockerconfigjson',
    '.dockercfg',
    'htpasswd',
    'users.htpasswd',
    'connectionString',
    'connection_string',
    'dsn',
    'sentryDsn',
    'kubeconfig',
  ];
  const REFERENCES = [
    'secretName',
    'existingSecret',
    'existingsecret',
    'existingSecretPasswordKey',
    'passwordSecretRef',
    'secretRef',
    'secretKeyRef',
    'keyRef',
    'tls.crt',
    'ca.crt',
    'ca.pem',
    'id_rsa.pub',
    'publicKey',
    'cacheKey',
    'topologyKey',
    'key',
    'passwordFile',
    'tokenPath',
    'tokenTTL',
    'maxTokens',
    'adminPasswordKey',
    'passwordPolicy',
    'accessKeyId',
    'authType',
    'authEnabled',
    'bypass',
    'sslPassthrough',
    'name',
  ];

  it.each(SECRET_KEYS)('%s: a string and a number under it are masked, a boolean is not', (key) => {
    expect(looksSecret(key)).toBe(true);
    expect(
      maskSecrets(
        { kind: 'ConfigMap', data: { [key]: CANARY, n: { [key]: 1234 }, b: { [key]: true } } },
        SALT,
      ),
    ).toEqual({ kind: 'ConfigMap', data: { [key]: m(CANARY), n: { [key]: m(1234) }, b: { [key]: true } } });
  });

  it.each(REFERENCES)('%s: a reference or a public value, shown', (key) => {
    expect(looksSecret(key)).toBe(false);
    const obj = { kind: 'Deployment', spec: { [key]: 'my-secret' } };
    expect(maskSecrets(obj, SALT)).toEqual(obj);
  });

  it('maps under a secret key are walked, only scalars masked; lists of scalars masked item by item', () => {
    const obj = {
      auth: { enabled: true, type: 'basic', existingSecret: 'creds', password: CANARY },
      passwordSecretRef: { name: 'db', key: 'password' },
      passwords: ['one', 2, false, { user: 'u' }],
    };
    expect(maskSecrets(obj, SALT)).toEqual({
      auth: { enabled: true, type: 'basic', existingSecret: 'creds', password: m(CANARY) },
      passwordSecretRef: { name: 'db', key: 'password' },
      passwords: [m('one'), m(2), false, { user: 'u' }],
    });
  });

  it('a {name, value} or {key, value} pair named like a secret (env, helm parameters)', () => {
    const env = [
      { name: 'DB_PASSWORD', value: CANARY },
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'api', key: 'API_KEY' } } },
      { key: 'client_secret', value: 7 },
    ];
    expect(maskSecrets({ env }, SALT)).toEqual({
      env: [
        { name: 'DB_PASSWORD', value: m(CANARY) },
        { name: 'LOG_LEVEL', value: 'info' },
        { name: 'API_KEY', valueFrom: { secretKeyRef: { name: 'api', key: 'API_KEY' } } },
        { key: 'client_secret', value: m(7) },
      ],
    });
  });
});

describe('maskSecrets: passwords in URLs', () => {
  it('masks the password of a URL in any string, keeping the rest readable', () => {
    expect(maskUrlUserInfo('https://user:pass@host/x', SALT)).toBe(`https://user:${m('pass')}@host/x`);
    expect(maskUrlUserInfo('postgres://u:p@db:5432', SALT)).toBe(`postgres://u:${m('p')}@db:5432`);
    expect(maskUrlUserInfo('redis://:pass@host', SALT)).toBe(`redis://:${m('pass')}@host`);
    // A lone user may be a token; ssh's is a user name.
    expect(maskUrlUserInfo('https://ghp_x@github.com/o/r', SALT)).toBe(
      `https://${m('ghp_x')}@github.com/o/r`,
    );
    expect(maskUrlUserInfo('ssh://git@github.com/o/r', SALT)).toBe('ssh://git@github.com/o/r');
    // Unencoded / and @ in a password; an @ in the path or query is no user-info.
    expect(maskUrlUserInfo('mysql://u:a/b@c@db/x?mail=a@b', SALT)).toBe(
      `mysql://u:${m('a/b@c')}@db/x?mail=a@b`,
    );
    expect(maskUrlUserInfo('https://registry/@scope/pkg git@github.com:o/r', SALT)).toBe(
      'https://registry/@scope/pkg git@github.com:o/r',
    );
    expect(maskUrlUserInfo('a https://a:b@h and amqp://c:d@e', SALT)).toBe(
      `a https://a:${m('b')}@h and amqp://c:${m('d')}@e`,
    );
  });

  it('in a ConfigMap value, an env value, an Application repoURL and inline helm values', () => {
    const obj = {
      kind: 'ConfigMap',
      data: { 'app.conf': `db = postgres://app:${CANARY}@db:5432/app\nlevel = info\n` },
      env: [{ name: 'DATABASE_URL', value: `postgres://app:${CANARY}@db/app` }],
      spec: {
        source: {
          repoURL: `https://x-access-token:${CANARY}@github.com/o/r.git`,
          helm: { values: `# was https://u:${CANARY}@old\nreplicas: 2\n` },
        },
        list: [`redis://:${CANARY}@cache:6379`],
      },
    };
    expect(maskSecrets(obj, SALT)).toEqual({
      kind: 'ConfigMap',
      data: { 'app.conf': `db = postgres://app:${m(CANARY)}@db:5432/app\nlevel = info\n` },
      env: [{ name: 'DATABASE_URL', value: `postgres://app:${m(CANARY)}@db/app` }],
      spec: {
        source: {
          repoURL: `https://x-access-token:${m(CANARY)}@github.com/o/r.git`,
          helm: { values: `# was https://u:${m(CANARY)}@old\nreplicas: 2\n` },
        },
        list: [`redis://:${m(CANARY)}@cache:6379`],
      },
    });
  });
});

describe('a masked value still shows whether it changed', () => {
  it('a changed value hashes differently, an unchanged one the same; the hash is keyed by the salt', () => {
    const a = maskSecrets({ kind: 'Secret', data: { x: 'one', y: 'same' } }, SALT);
    const b = maskSecrets({ kind: 'Secret', data: { x: 'two', y: 'same' } }, SALT);
    const data = (o: Record<string, unknown>) => o.data as Record<string, string>;
    expect(data(a).x).not.toBe(data(b).x);
    expect(data(a).y).toBe(data(b).y);
    const hmac = createHmac('sha256', SALT).update('one').digest('hex').slice(0, 12);
    expect(data(a).x).toBe(`(secret, salted sha256 ${hmac}…)`);
    expect(maskValue('one', 'other-salt')).not.toBe(data(a).x);
  });
});
