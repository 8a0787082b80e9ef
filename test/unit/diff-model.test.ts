import { describe, expect, it } from 'vitest';
import { changedFiles, renderInputs } from '../../src/diff/fingerprint.js';
import { applyIgnores, ignoreRules } from '../../src/diff/ignore.js';
import { diffObjects } from '../../src/diff/object-diff.js';
import { maskSecrets } from '../../src/diff/secrets.js';
import { MAX_EDIT_LENGTH, unifiedDiff } from '../../src/diff/unified.js';

describe('diffObjects', () => {
  it('reports changed, added and removed fields with readable paths', () => {
    const a = {
      metadata: { labels: { 'helm.sh/chart': 'x-1' }, name: 'a' },
      spec: { replicas: 1, gone: true },
    };
    const b = {
      metadata: { labels: { 'helm.sh/chart': 'x-2' }, name: 'a' },
      spec: { replicas: 2, added: 'y' },
    };
    expect(diffObjects(a, b)).toEqual([
      { path: 'metadata.labels["helm.sh/chart"]', old: 'x-1', new: 'x-2' },
      { path: 'spec.added', old: undefined, new: 'y' },
      { path: 'spec.gone', old: true, new: undefined },
      { path: 'spec.replicas', old: 1, new: 2 },
    ]);
  });

  it('matches lists of named items by name, other lists by index (an appended item is one change) or whole', () => {
    const c = (image: string) => ({
      containers: [
        { name: 'web', image },
        { name: 'sidecar', image: 's:1' },
      ],
    });
    expect(diffObjects(c('w:1'), { containers: [...c('w:2').containers].reverse() })).toEqual([
      { path: 'containers[name=web].image', old: 'w:1', new: 'w:2' },
    ]);
    expect(diffObjects({ args: ['a', 'b'] }, { args: ['a', 'c'] })).toEqual([
      { path: 'args[1]', old: 'b', new: 'c' },
    ]);
    expect(diffObjects({ args: ['a'] }, { args: ['a', 'c'] })).toEqual([
      { path: 'args[1]', old: undefined, new: 'c' },
    ]);
    expect(diffObjects({ args: ['a', 'b', 'c'] }, { args: ['a'] })).toEqual([
      { path: 'args[1]', old: 'b', new: undefined },
      { path: 'args[2]', old: 'c', new: undefined },
    ]);
    expect(diffObjects({ args: ['a', 'b'] }, { args: ['b'] })).toEqual([
      { path: 'args', old: ['a', 'b'], new: ['b'] },
    ]);
  });
});

describe('maskSecrets', () => {
  it('hides all Secret data and values under secret-looking keys, keeps references and shapes', () => {
    const secret = {
      kind: 'Secret',
      metadata: { name: 's' },
      data: { a: 'c2VjcmV0' },
      stringData: { token: 'plain' },
    };
    const masked = maskSecrets(secret, 'salt');
    expect(JSON.stringify(masked)).not.toContain('c2VjcmV0');
    expect(JSON.stringify(masked)).not.toContain('plain');
    expect((masked.data as Record<string, string>).a).toMatch(/^\(secret, salted sha256 [0-9a-f]{12}…\)$/);
    const deploy = {
      kind: 'Deployment',
      spec: { env: { adminPassword: 'hunter2', secretName: 'tls', apiKey: 'k' } },
    };
    expect(maskSecrets(deploy, 'salt')).toEqual({
      kind: 'Deployment',
      spec: {
        env: {
          adminPassword: expect.stringMatching(/^\(secret/),
          secretName: 'tls',
          apiKey: expect.stringMatching(/^\(secret/),
        },
      },
    });
  });

  it('is stable within a salt and unrelated across salts', () => {
    const s = { kind: 'Secret', data: { a: 'x' } };
    expect(maskSecrets(s, 'one')).toEqual(maskSecrets(s, 'one'));
    expect(maskSecrets(s, 'one')).not.toEqual(maskSecrets(s, 'two'));
  });
});

describe('ignore rules', () => {
  it('drops ignored fields from both sides and counts the differences it hid', () => {
    const rules = ignoreRules({
      paths: ['/metadata/annotations/checksum~1*', '/spec/*/replicas'],
      labels: ['helm.sh/chart'],
      annotations: [],
    });
    const counts: Record<string, number> = {};
    const a = { metadata: { labels: { 'helm.sh/chart': 'c-1', app: 'x' } }, spec: { web: { replicas: 1 } } };
    const b = { metadata: { labels: { 'helm.sh/chart': 'c-2', app: 'x' } }, spec: { web: { replicas: 3 } } };
    const [ia, ib] = applyIgnores(a, b, rules, counts);
    expect(diffObjects(ia, ib)).toEqual([]);
    expect(counts).toEqual({ 'labels:helm.sh/chart': 1, '/spec/*/replicas': 1 });
    expect(a.metadata.labels['helm.sh/chart']).toBe('c-1');
  });

  it('a * over array items ignores every item (indices do not shift while removing)', () => {
    const rules = ignoreRules({ paths: ['/spec/args/*'], labels: [], annotations: [] });
    const counts: Record<string, number> = {};
    const [ia, ib] = applyIgnores(
      { spec: { args: ['a', 'b', 'c', 'd'], keep: [1, 2] } },
      { spec: { args: ['a', 'b', 'c', 'e'], keep: [1, 2] } },
      rules,
      counts,
    );
    expect([ia, ib]).toEqual([{ spec: { args: [], keep: [1, 2] } }, { spec: { args: [], keep: [1, 2] } }]);
    expect(counts).toEqual({ '/spec/args/*': 1 });
  });
});

describe('render inputs', () => {
  const tree = new Map([
    ['charts/aoa/Chart.yaml', '1'],
    ['charts/aoa/templates/a.yaml', '2'],
    ['charts/aoa/values.yaml', '3'],
    ['charts/aoa/values.dev-01.yaml', '4'],
    ['charts/aoa/values.prod-01.yaml', '5'],
    ['charts/aoa/values.schema.json', '6'],
    ['shared/values.yaml', '7'],
  ]);

  it('are the chart files and the values files this render uses, not other clusters’ values', () => {
    expect(
      renderInputs(tree, 'charts/aoa', ['charts/aoa/values.dev-01.yaml', 'shared/values.yaml']).map(
        ([f]) => f,
      ),
    ).toEqual([
      'charts/aoa/Chart.yaml',
      'charts/aoa/templates/a.yaml',
      'charts/aoa/values.dev-01.yaml',
      'charts/aoa/values.schema.json',
      'charts/aoa/values.yaml',
      'shared/values.yaml',
    ]);
  });

  it('changedFiles lists added, removed and modified files', () => {
    const head = new Map(tree);
    head.set('charts/aoa/values.dev-01.yaml', '9');
    head.delete('shared/values.yaml');
    head.set('new.txt', '8');
    expect([...changedFiles(tree, head)].sort()).toEqual([
      'charts/aoa/values.dev-01.yaml',
      'new.txt',
      'shared/values.yaml',
    ]);
  });
});

describe('unifiedDiff', () => {
  it('gives a unified diff with 3 lines of context, empty for equal texts', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\n';
    expect(unifiedDiff(a, a, 'x', 'y')).toBe('');
    expect(unifiedDiff(a, a.replace('d', 'D'), 'a/x', 'b/x')).toBe(
      '--- a/x\n+++ b/x\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g',
    );
  });

  it(`texts more than ${MAX_EDIT_LENGTH} line edits apart are shown replaced in one hunk`, () => {
    const lines = (prefix: string) => Array.from({ length: 10_000 }, (_, i) => `${prefix}${i}`);
    const out = unifiedDiff(
      `${lines('old').join('\n')}\n`,
      `${lines('new').join('\n')}\n`,
      'a/x',
      'b/x',
    ).split('\n');
    expect(out.slice(0, 4)).toEqual(['--- a/x', '+++ b/x', '@@ -1,10000 +1,10000 @@', '-old0']);
    expect(out).toHaveLength(3 + 20_000);
    expect(out.at(-1)).toBe('+new9999');
  });
});

describe('pullRequestOf', () => {
  it("reads GitHub's merge and squash subjects", async () => {
    const { pullRequestOf } = await import('../../src/promote/commit-links.js');
    expect(pullRequestOf('Merge pull request #12 from org/branch')).toBe(12);
    expect(pullRequestOf('monitoring: 3d retention (#345)')).toBe(345);
    expect(pullRequestOf('a plain commit')).toBeNull();
  });
});
