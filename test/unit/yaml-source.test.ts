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

  it('caps alias expansion and points at the alias that overflows', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n';
    expect(rules(bomb)).toEqual([
      ['yaml-alias-limit', 3, 37, 'more than 100 alias expansions (an alias bomb expands exponentially)'],
    ]);
    const tight = parseYaml('f.yaml', 'a: &a 1\nb: *a\nc: *a\n', {
      maxFileBytes: 1000,
      maxAliasCount: 1,
      maxNodes: 100,
    });
    expect(tight.findings.map((f) => [f.rule, f.line])).toEqual([['yaml-alias-limit', 3]]);
  });

  it('refuses files over the size limit without parsing them', () => {
    const r = parseYaml('big.yaml', `a: ${'x'.repeat(200)}\n`, {
      maxFileBytes: 100,
      maxAliasCount: 100,
      maxNodes: 100,
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
