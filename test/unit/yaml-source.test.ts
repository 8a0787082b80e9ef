import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/gitops/yaml-source.js';
import { nodeAt, toJson } from '../../src/gitops/vnode.js';

const rules = (text: string) =>
  parseYaml('f.yaml', text).findings.map((f) => [f.rule, f.line, f.column, f.message]);

describe('parseYaml', () => {
  it('keeps the line and column of every value and key', () => {
    const { documents, findings } = parseYaml('v.yaml', 'a:\n  b: [1, "x"]\n  c:\n    d: true\n');
    expect(findings).toEqual([]);
    const root = documents[0]!.root!;
    expect(toJson(root)).toEqual({ a: { b: [1, 'x'], c: { d: true } } });
    expect(nodeAt(root, ['a', 'b', '1'])!.pos).toEqual({ file: 'v.yaml', line: 2, column: 10 });
    expect(nodeAt(root, ['a', 'c', 'd'])!.keyPos).toEqual({ file: 'v.yaml', line: 4, column: 5 });
    expect(nodeAt(root, ['a', 'c', 'd'])!.pos).toEqual({ file: 'v.yaml', line: 4, column: 8 });
  });

  it('reports syntax errors, duplicate keys and tabs as findings, never throwing', () => {
    expect(rules('a: [1, 2\nb: 3\n')).toEqual([
      [
        'yaml-syntax',
        2,
        1,
        'Flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ]);
    expect(rules('a: 1\nb: 2\na: 3\n')).toEqual([['yaml-duplicate-key', 3, 1, 'Map keys must be unique']]);
    expect(rules('a:\n\tb: 1\n')).toEqual([['yaml-tab', 2, 1, 'Tabs are not allowed as indentation']]);
  });

  it('refuses an alias bomb at the alias that crosses the expansion budget, naming the budget', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    // 10 × 111 + 10 × 11 nodes of expansion: within a budget of 1,300, over one of 1,200 at the last *b.
    const within = parseYaml('f.yaml', bomb, { maxFileBytes: 1000, maxExpandedNodes: 1300 });
    expect(within.findings).toEqual([]);
    const over = parseYaml('f.yaml', bomb, { maxFileBytes: 1000, maxExpandedNodes: 1200 });
    expect(over.findings.map((f) => [f.rule, f.line, f.column, f.message])).toEqual([
      [
        'yaml-alias-limit',
        3,
        41,
        'aliases expand to more than 1200 nodes (limits.maxExpandedNodes): an alias bomb?',
      ],
    ]);
    expect(over.documents).toEqual([]);
    const tight = parseYaml('f.yaml', 'a: &a 1\nb: *a\nc: *a\n', { maxFileBytes: 1000, maxExpandedNodes: 1 });
    expect(tight.findings.map((f) => [f.rule, f.line])).toEqual([['yaml-alias-limit', 3]]);
  });

  it('refuses a billion laughs (10^9 nodes expanded) by the default budget, at its first line over it', () => {
    const levels = ['l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const r = parseYaml('bomb.yaml', `${levels.join('\n')}\n`);
    // Sizes 11, 111, 1111, 11111, 111111: l5's aliases push the total over 200,000.
    expect(r.findings.map((f) => [f.file, f.rule, f.line, f.message])).toEqual([
      [
        'bomb.yaml',
        'yaml-alias-limit',
        6,
        'aliases expand to more than 200000 nodes (limits.maxExpandedNodes): an alias bomb?',
      ],
    ]);
    expect(r.documents).toEqual([]);
  });

  it('passes hundreds of ordinary aliases: 157 uses of one anchor, 500 aliases of 20 anchors', () => {
    const one = ['defaults: &d {cpu: 100m, memory: 128Mi}'];
    for (let i = 0; i < 157; i++) one.push(`svc${i}:\n  resources: *d`);
    const a = parseYaml('one.yaml', `${one.join('\n')}\n`);
    expect(a.findings).toEqual([]);
    const root = a.documents[0]!.root!;
    expect(toJson(nodeAt(root, ['svc156'])!)).toEqual({ resources: { cpu: '100m', memory: '128Mi' } });
    // Each use is positioned where the alias is written.
    expect(nodeAt(root, ['svc156', 'resources'])!.pos.line).toBe(2 + 2 * 156 + 1);

    const many = Array.from(
      { length: 20 },
      (_, i) => `a${i}: &a${i} {image: img${i}, tag: "${i}", pull: IfNotPresent}`,
    );
    for (let i = 0; i < 500; i++) many.push(`u${i}:\n  <<: *a${i % 20}\n  name: u${i}`);
    const b = parseYaml('many.yaml', `${many.join('\n')}\n`);
    expect(b.findings).toEqual([]);
    expect(toJson(nodeAt(b.documents[0]!.root!, ['u499'])!)).toEqual({
      name: 'u499',
      image: 'img19',
      tag: '19',
      pull: 'IfNotPresent',
    });
  });

  it('refuses an alias inside the value it refers to', () => {
    expect(rules('a: &a [1, *a]\n')).toEqual([
      ['yaml-alias-limit', 1, 11, 'alias *a is inside the value it refers to'],
    ]);
  });

  it('an alias refers to the last anchor of its name before it', () => {
    const r = parseYaml('f.yaml', 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n');
    expect(toJson(r.documents[0]!.root!)).toEqual({ a: 1, b: 1, c: 2, d: 2 });
  });

  it('refuses files over the size limit without parsing them', () => {
    const r = parseYaml('big.yaml', `a: ${'x'.repeat(200)}\n`, {
      maxFileBytes: 100,
      maxExpandedNodes: 100,
    });
    expect(r.documents).toEqual([]);
    expect(r.findings.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['yaml-file-too-large', 1, 'file is 204 bytes, over the limit of 100 bytes'],
    ]);
  });

  it('reads YAML as Helm does: merge keys, 1.1 booleans, a lone dot is a string', () => {
    const { documents } = parseYaml(
      'm.yaml',
      'base: &b {x: 1, z: 2}\nd:\n  <<: *b\n  z: 3\nflag: yes\npath: .\n',
    );
    expect(toJson(documents[0]!.root!)).toEqual({
      base: { x: 1, z: 2 },
      d: { z: 3, x: 1 },
      flag: true,
      path: '.',
    });
  });

  it('reads every document of a multi-document file, with its first line', () => {
    const { documents } = parseYaml('m.yaml', 'kind: A\n---\nkind: B\n---\n');
    expect(documents.map((d) => [d.line, d.root && toJson(d.root)])).toEqual([
      [1, { kind: 'A' }],
      [2, { kind: 'B' }],
      [4, null],
    ]);
  });
});
