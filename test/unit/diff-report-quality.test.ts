import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePair } from '../../src/diff/compare-pair.js';
import type { ApplicationObject } from '../../src/gitops/applications.js';
import type { AppChange, ClusterDiff, DiffReport, ObjectChange } from '../../src/diff/model.js';
import { ignoreRules } from '../../src/diff/ignore.js';
import { diffObjects } from '../../src/diff/object-diff.js';
import { appRisks } from '../../src/diff/risks.js';
import { COMMENT_MAX_CHARS } from '../../src/report/budget.js';
import { splitDiffComments } from '../../src/report/diff-comments.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { renderDiffText } from '../../src/report/diff-text.js';
import { clipPair } from '../../src/util/clip.js';

const ctx = { rules: [], ignored: {}, secretSalt: 'salt' };

function app(helm: Record<string, unknown>): Record<string, unknown> {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'dev-01-x', namespace: 'argocd' },
    spec: { source: { repoURL: 'https://x', path: 'p', helm } },
  };
}

describe('inline helm.values are diffed key by key', () => {
  it('a changed key is one field named by its path inside the values', () => {
    const before = app({ values: 'image:\n  tag: "1.0"\nreplicas: 2\n' });
    const after = app({ values: 'image:\n  tag: "1.1"\nreplicas: 2\n' });
    expect(comparePair(before, after, 'x.yaml', ctx).fields).toEqual([
      { path: 'spec.source.helm.values.image.tag', old: '1.0', new: '1.1' },
    ]);
  });

  it('only secret-looking keys are masked; the others stay readable', () => {
    const before = app({ values: 'db:\n  host: db-1\n  password: first\n' });
    const after = app({ values: 'db:\n  host: db-2\n  password: second\n' });
    const { fields, unified } = comparePair(before, after, 'x.yaml', ctx);
    expect(fields.map((f) => f.path)).toEqual([
      'spec.source.helm.values.db.host',
      'spec.source.helm.values.db.password',
    ]);
    expect(fields[0]).toEqual({ path: 'spec.source.helm.values.db.host', old: 'db-1', new: 'db-2' });
    expect(fields[1]!.old).toMatch(/^\(secret, salted sha256 /);
    expect(fields[1]!.old).not.toBe(fields[1]!.new);
    expect(JSON.stringify(fields) + unified).not.toMatch(/first|second/);
  });

  it('values added or removed whole are their keys; a key twice keeps the last, as helm reads it', () => {
    expect(diffObjects(app({}), app({ values: 'a: 1\nb: { c: 2 }\n' }))).toEqual([
      { path: 'spec.source.helm.values.a', old: undefined, new: 1 },
      { path: 'spec.source.helm.values.b', old: undefined, new: { c: 2 } },
    ]);
    expect(diffObjects(app({ values: 'a: 1\na: 2\n' }), app({ values: 'a: 3\n' }))).toEqual([
      { path: 'spec.source.helm.values.a', old: 2, new: 3 },
    ]);
  });

  it('a text that changes where the data does not (a comment) is still a change, of the whole text', () => {
    const before = app({ values: 'a: 1\n' });
    const after = app({ values: '# why\na: 1\n' });
    expect(diffObjects(before, after)).toEqual([
      { path: 'spec.source.helm.values', old: 'a: 1\n', new: '# why\na: 1\n' },
    ]);
  });

  it('text that is not YAML is compared as text; an alias bomb is not expanded', () => {
    expect(diffObjects(app({ values: 'a: [1' }), app({ values: 'a: [2' }))).toEqual([
      { path: 'spec.source.helm.values', old: 'a: [1', new: 'a: [2' },
    ]);
    const bomb = (x: string) =>
      `a: &a [${x},${x},${x},${x},${x},${x},${x},${x},${x},${x}]\n` +
      ['b', 'c', 'd', 'e', 'f', 'g']
        .map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(',')}]`)
        .join('\n');
    const started = performance.now();
    const fields = comparePair(app({ values: bomb('x') }), app({ values: bomb('y') }), 'x.yaml', ctx).fields;
    expect(performance.now() - started).toBeLessThan(2000);
    expect(fields).toHaveLength(1);
    expect(fields[0]!.path).toBe('spec.source.helm.values');
  });
});

describe('risks', () => {
  const change: AppChange = {
    kind: 'Application',
    cluster: 'dev-01',
    name: 'dev-01-x',
    namespace: 'argocd',
    status: 'modified',
    fields: [],
    unified: '',
    deep: { state: 'not-applicable' },
  };
  const src = (path: string, targetRevision = 'HEAD', repoURL = 'https://github.com/o/r.git') => ({
    repoURL,
    path,
    targetRevision,
  });
  const withSources = (sources: unknown[]) =>
    ({ spec: { sources, destination: { server: 's', namespace: 'n' } } }) as unknown as ApplicationObject;
  const risks = (b: unknown[], a: unknown[]) =>
    appRisks(change, withSources(b), withSources(a)).map((r) => [r.kind, r.message]);

  it('appending a source is one risk naming it; no revision of another source moved', () => {
    expect(risks([src('charts/a')], [src('charts/a'), src('charts/b', 'v2')])).toEqual([
      ['sources-changed', 'sources: added https://github.com/o/r.git path charts/b @ v2'],
    ]);
  });

  it('source and a one-element sources are the same source; a moved revision is one risk', () => {
    const single = {
      spec: { source: src('charts/a'), destination: { server: 's', namespace: 'n' } },
    } as unknown as ApplicationObject;
    expect(appRisks(change, single, withSources([src('charts/a')]))).toEqual([]);
    expect(risks([src('charts/a'), src('charts/b')], [src('charts/a', 'v1'), src('charts/b')])).toEqual([
      [
        'target-revision-changed',
        'targetRevision changes from HEAD to v1 (https://github.com/o/r.git path charts/a @ v1)',
      ],
    ]);
    expect(risks([src('charts/a')], [src('charts/a', 'stable')])).toEqual([
      ['target-revision-changed', 'targetRevision changes from HEAD to stable'],
    ]);
  });

  it('a source replaced is added and removed in one risk; the same repo spelled another way is the same source', () => {
    expect(risks([src('charts/a')], [src('charts/b')])).toEqual([
      [
        'sources-changed',
        'sources: added https://github.com/o/r.git path charts/b @ HEAD; removed https://github.com/o/r.git path charts/a @ HEAD',
      ],
    ]);
    expect(risks([src('charts/a')], [src('charts/a', 'HEAD', 'git@github.com:o/r')])).toEqual([]);
  });
});

describe('text and markdown never show two different values alike', () => {
  it('clipPair keeps where two long values differ', () => {
    const a = `${'x'.repeat(300)}-old-tail`;
    const b = `${'x'.repeat(300)}-new-tail`;
    const [sa, sb] = clipPair(a, b, 100);
    expect(sa).not.toBe(sb);
    expect(sa).toContain('-old-tail');
    expect(sb).toContain('-new-tail');
    expect(clipPair('short', 'other', 100)).toEqual(['short', 'other']);
  });

  it('for any two different values (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '…', ' '), maxLength: 300 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 120 }), (a, b, max) => {
        const [sa, sb] = clipPair(a, b, max);
        return a === b ? sa === sb : sa !== sb;
      }),
      { numRuns: 2000 },
    );
  });

  const long = (tail: string) => `registry.example.com/${'team/'.repeat(30)}image:${tail}`;
  const report = (c: Partial<ClusterDiff>): DiffReport => ({
    base: { ref: 'a', sha: 'a'.repeat(40) },
    head: { ref: 'b', sha: 'b'.repeat(40) },
    complete: true,
    errors: [],
    notes: [],
    changed: true,
    changedClusters: ['dev-01'],
    clusters: [
      {
        name: 'dev-01',
        env: 'dev',
        status: 'changed',
        apps: [],
        objects: [],
        counts: { added: 0, removed: 0, modified: 1 },
        compared: 1,
        errors: [],
        ...c,
      },
    ],
    risks: [],
    validation: { errors: 0, warnings: 0, findings: [] },
    controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
    ignored: { total: 0, byRule: {} },
    stats: { clustersRendered: 2, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 },
  });

  it('in the text and markdown of a changed field', () => {
    const object: ObjectChange = {
      kind: 'ConfigMap',
      apiVersion: 'v1',
      namespace: 'argocd',
      name: 'images',
      status: 'modified',
      fields: [{ path: 'data.image', old: long('1.2.3'), new: long('1.2.4') }],
      unified: '',
    };
    const text = renderDiffText(report({ objects: [object] }));
    const line = text.split('\n').find((l) => l.includes('data.image'))!;
    const [before, after] = line.replace(/^\s*data\.image: /, '').split(' → ');
    expect(before).not.toBe(after);
    expect(before).toContain('1.2.3');
    expect(after).toContain('1.2.4');
    const markdown = renderDiffMarkdown(report({ objects: [object] }));
    expect(markdown).toContain('1.2.3');
    expect(markdown).toContain('1.2.4');
  });
});

describe('the other objects in PR comments', () => {
  const object = (i: number, diffChars: number): ObjectChange => ({
    kind: 'ConfigMap',
    apiVersion: 'v1',
    namespace: 'argocd',
    name: `settings-${i}`,
    status: 'modified',
    fields: [{ path: 'data.x', old: 'a', new: 'b' }],
    unified: `--- a\n+++ b\n${'+x\n'.repeat(diffChars / 3)}`,
  });

  it('an objects table too big with its diffs keeps every name and says the diffs were left out', () => {
    const objects = Array.from({ length: 50 }, (_, i) => object(i, 3000));
    const parts = splitDiffComments({
      base: { ref: 'a', sha: 'a'.repeat(40) },
      head: { ref: 'b', sha: 'b'.repeat(40) },
      complete: true,
      errors: [],
      notes: [],
      changed: true,
      changedClusters: ['dev-01'],
      clusters: [
        {
          name: 'dev-01',
          env: 'dev',
          status: 'changed',
          apps: [],
          objects,
          counts: { added: 0, removed: 0, modified: 50 },
          compared: 50,
          errors: [],
        },
      ],
      risks: [],
      validation: { errors: 0, warnings: 0, findings: [] },
      controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
      ignored: { total: 0, byRule: {} },
      stats: { clustersRendered: 2, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 },
    });
    for (const p of parts) expect([...p].length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    const all = parts.join('\n');
    for (const o of objects) expect(all).toContain(`\`${o.name}\``);
    expect(all).toContain('diffs of 50 objects left out of this comment');
  });
});

describe('comparePair: one object at both sides', () => {
  it('says what comparing it with an equal copy says (masked, with ignores): unchanged, and counts no ignore', () => {
    const rules = ignoreRules({ paths: ['/metadata/annotations/*'], labels: ['team'], annotations: [] });
    fc.assert(
      fc.property(fc.object({ maxDepth: 3 }), (extra) => {
        const o = { ...app({ values: 'password: hunter2\n' }), extra, metadata: { annotations: { a: '1' } } };
        const same = { rules, ignored: {}, secretSalt: 'salt' };
        const copy = { rules, ignored: {}, secretSalt: 'salt' };
        expect(comparePair(o, o, 'x.yaml', same)).toEqual(comparePair(o, structuredClone(o), 'x.yaml', copy));
        expect(same.ignored).toEqual(copy.ignored);
        expect(comparePair(o, o, 'x.yaml', same).status).toBeNull();
      }),
    );
  });
});
