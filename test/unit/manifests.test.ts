import { describe, expect, it } from 'vitest';
import { ManifestError, readManifests, splitManifests } from '../../src/gitops/manifests.js';

const doc = (source: string, body: string) => `---\n# Source: app/templates/${source}\n${body}`;
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe('readManifests: one bad document is a problem of its own', () => {
  it('reads the other documents when one does not parse, is not an object, or lists a non-object', () => {
    const output = [
      doc('a.yaml', cm('first')),
      doc('b.yaml', 'data: [unclosed\n'),
      doc('b.yaml', cm('second')),
      doc('c.yaml', 'just a string\n'),
      doc('d.yaml', 'kind: List\nitems:\n  - {kind: Secret, metadata: {name: s}}\n  - 3\n'),
      doc('e.yaml', cm('third')),
    ].join('');
    const r = readManifests(output);
    expect(r.manifests.map((m) => [m.source, (m.object.metadata as { name: string }).name])).toEqual([
      ['app/templates/a.yaml', 'first'],
      ['app/templates/b.yaml', 'second'],
      ['app/templates/e.yaml', 'third'],
    ]);
    expect(r.problems).toEqual([
      {
        kind: 'unreadable',
        source: 'app/templates/b.yaml',
        index: 1,
        reason: expect.stringMatching(/^unexpected end of the stream within a flow collection/),
      },
      {
        kind: 'unreadable',
        source: 'app/templates/c.yaml',
        index: 1,
        reason: 'the document is a string, not an object',
      },
      {
        kind: 'unreadable',
        source: 'app/templates/d.yaml',
        index: 1,
        reason: 'items[1] of a list must be an object, got a number',
      },
    ]);
  });

  it('reads a key written twice as Argo CD does (the last value), and says so', () => {
    const r = readManifests(doc('a.yaml', cm('a')) + doc('a.yaml', `${cm('b')}data:\n  k: one\n  k: two\n`));
    expect(r.manifests.map((m) => m.object)).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b' }, data: { k: 'two' } },
    ]);
    expect(r.problems).toEqual([
      {
        kind: 'duplicate-key',
        source: 'app/templates/a.yaml',
        index: 2,
        reason: 'key "k" is written twice in one mapping (Argo CD keeps the last value)',
      },
    ]);
  });

  it('reads a value with a tag it does not know as the untagged value, as Go YAML does', () => {
    const r = readManifests(`${cm('t')}data:\n  a: !custom x\n  b: !<tag:example.com,2000:t> y\n`);
    expect(r.problems).toEqual([]);
    expect(r.manifests[0]!.object.data).toEqual({ a: 'x', b: 'y' });
  });

  it('drops empty and null documents, counting documents without a Source in the whole output', () => {
    const r = readManifests(`---\n---\nnull\n---\n${cm('x')}---\n[1]\n`);
    expect(r.manifests).toHaveLength(1);
    expect(r.problems).toEqual([
      { kind: 'unreadable', source: null, index: 3, reason: 'the document is an array, not an object' },
    ]);
  });

  it('splitManifests, for a render read whole, refuses the first unreadable document only', () => {
    expect(splitManifests(`${cm('a')}data:\n  k: 1\n  k: 2\n`)[0]!.object.data).toEqual({ k: 2 });
    expect(() => splitManifests(doc('b.yaml', 'x: [1\n'))).toThrow(ManifestError);
  });
});

describe('readManifests: a document both renders hold is read once', () => {
  const app = (wave: string) =>
    doc(
      'aoa.yaml',
      `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\n  annotations:\n    wave: "${wave}"\n`,
    );

  it('gives the same frozen object for the same text, and another for any other text', () => {
    const base = readManifests(app('1') + doc('b.yaml', cm('shared')));
    const head = readManifests(app('2') + doc('b.yaml', cm('shared')));
    expect(head.manifests[1]!.object).toBe(base.manifests[1]!.object);
    expect(head.manifests[0]!.object).not.toBe(base.manifests[0]!.object);
    expect((head.manifests[0]!.object.metadata as { annotations: { wave: string } }).annotations.wave).toBe(
      '2',
    );
    const shared = base.manifests[1]!.object as { metadata: { name: string } };
    expect(Object.isFrozen(shared) && Object.isFrozen(shared.metadata)).toBe(true);
    expect(() => {
      shared.metadata.name = 'changed';
    }).toThrow(TypeError);
  });

  it('keeps each render its own sources, positions and problems', () => {
    const dup = doc('d.yaml', `${cm('d')}data:\n  k: one\n  k: two\n`);
    const first = readManifests(dup + doc('x.yaml', 'data: [unclosed\n'));
    const again = readManifests(doc('x.yaml', 'data: [unclosed\n') + dup);
    expect(again.problems.map((p) => [p.kind, p.source, p.index])).toEqual([
      ['unreadable', 'app/templates/x.yaml', 1],
      ['duplicate-key', 'app/templates/d.yaml', 1],
    ]);
    expect(first.problems.map((p) => p.kind)).toEqual(['duplicate-key', 'unreadable']);
    expect((again.manifests[0]!.object.data as { k: string }).k).toBe('two');
  });
});
