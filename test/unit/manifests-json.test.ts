import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readManifests } from '../../src/gitops/manifests.js';
import { readingFromJson, readingJson } from '../../src/gitops/manifests-json.js';
import { READING_SOURCES } from '../../src/gitops/reading-sources.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('READING_SOURCES', () => {
  it('names the code that reads a render: change it, and update READING_SOURCES (cached objects are then read again)', () => {
    const h = createHash('sha256');
    for (const f of ['src/gitops/manifests.ts', 'src/gitops/manifests-json.ts', 'src/util/is-map.ts'])
      h.update(`${f}\0${readFileSync(path.join(root, f), 'utf8')}\0`);
    const jsYaml = JSON.parse(readFileSync(path.join(root, 'node_modules/js-yaml/package.json'), 'utf8')) as {
      version: string;
    };
    h.update(`js-yaml@${jsYaml.version}`);
    const digest = h.digest('hex');
    expect(digest, `set READING_SOURCES in src/gitops/reading-sources.ts to ${digest}`).toBe(READING_SOURCES);
  });
});

const doc = (source: string, body: string) => `---\n# Source: app/templates/${source}\n${body}`;

/** What helm could render: objects of scalars, lists and maps (keys that look like numbers or __proto__ too). */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', '1', '0', 'items', 'kind')), tie('v'), {
      maxKeys: 4,
    }),
  ),
})).v;

describe('readingJson / readingFromJson', () => {
  it('give back what readManifests read, for any output JSON can hold', () => {
    let nulls = 0;
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), value, { maxKeys: 5 }), { maxLength: 4 }),
        (objects) => {
          const output = objects.map((o, i) => doc(`t${i % 2}.yaml`, dump(o))).join('');
          const read = readManifests(output);
          const text = readingJson(read);
          // A -0 the generator made (covered below): only a few.
          if (text === null) {
            nulls++;
            return;
          }
          expect(readingFromJson(text)).toEqual(read);
        },
      ),
      { numRuns: 300, seed: 14 },
    );
    expect(nulls).toBeLessThan(30);
  });

  it('keep the problems of a render, its sources and its list items', () => {
    const output = [
      doc('a.yaml', 'kind: List\nitems:\n  - {kind: Secret, metadata: {name: s}}\n'),
      doc('b.yaml', 'data: [unclosed\n'),
      doc('c.yaml', 'kind: ConfigMap\nmetadata: {name: a}\nmetadata: {name: b}\n'),
      '---\nkind: Pod\n',
    ].join('');
    const read = readManifests(output);
    expect(read.problems).toHaveLength(2);
    const back = readingFromJson(readingJson(read)!)!;
    expect(back).toEqual(read);
    expect(Object.isFrozen(back.manifests[0]!.object)).toBe(true);
    expect(Object.isFrozen(back.problems)).toBe(true);
  });

  it.each([
    ['.nan', 'x: .nan\n'],
    ['.inf', 'x: .inf\n'],
    ['-.inf', 'x: [-.inf]\n'],
    ['-0.0 in a map', 'x: {y: -0.0}\n'],
    ['-0.0', 'x: -0.0\n'],
  ])('have no JSON form for a render holding %s (JSON would give another number back)', (_, body) => {
    expect(readingJson(readManifests(doc('a.yaml', `kind: ConfigMap\n${body}`)))).toBeNull();
  });

  it('an object keyed __proto__ stays an own key, never a prototype', () => {
    const read = readManifests(doc('a.yaml', 'kind: ConfigMap\ndata:\n  __proto__: {polluted: true}\n'));
    const back = readingFromJson(readingJson(read)!)!;
    const data = back.manifests[0]!.object.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect((data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(back).toEqual(read);
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '[]'],
    ['no problems', '{"manifests":[]}'],
    ['a manifest without an object', '{"manifests":[{"source":null}],"problems":[]}'],
    ['a source that is a number', '{"manifests":[{"source":1,"object":{}}],"problems":[]}'],
    [
      'a problem of another kind',
      '{"manifests":[],"problems":[{"kind":"x","source":null,"index":1,"reason":""}]}',
    ],
    [
      'a problem at no index',
      '{"manifests":[],"problems":[{"kind":"unreadable","source":null,"index":1.5,"reason":""}]}',
    ],
  ])('read nothing from text of another shape (%s): the output is read as YAML', (_, text) => {
    expect(readingFromJson(text)).toBeNull();
  });
});
