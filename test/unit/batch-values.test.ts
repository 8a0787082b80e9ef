import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitOutput } from '../../src/helm/batch-output.js';
import { nestValues } from '../../src/helm/batch-values.js';

const nested = (text: string) => {
  const n = nestValues(text);
  if (n.kind !== 'nested') throw new Error(`not nested: ${JSON.stringify(n)}`);
  return `c3:\n${n.body}`;
};

describe('nestValues: a values file under its alias, meaning exactly what it meant at the top', () => {
  it.each([
    ['plain keys', 'a: 1\nb:\n  c: [1, 2]\n'],
    ['a block scalar with an indentation indicator', 'script: |2\n    indented\n  less\nafter: x\n'],
    ['anchors and a merge key', 'base: &b {x: 1}\nmore:\n  <<: *b\n  y: 2\n'],
    ['a leading document start and comments', '# header\n---  # start\na: 1\n'],
    ['a flow mapping on several lines', '{\n"a": 1,\n"b": {"c": 2}\n}\n'],
    ['keys named like aliases', 'c0: x\nc4:\n  evil: true\n'],
    ['values that look like flags or templates', 'a: --set=x=1\nb: "{{ .Release.Name }}"\n'],
  ])('nests %s', (_what, text) => {
    const out = parse(nested(text), { merge: true }) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['c3']);
    expect(out.c3).toEqual(parse(text, { merge: true }));
  });

  it.each([
    ['empty', ''],
    ['comments only', '# nothing yet\n\n'],
    ['a document start and comments', '---\n# nothing shared yet\n'],
    ['null', 'null\n'],
  ])('leaves out a file that merges nothing: %s', (_what, text) => {
    expect(nestValues(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a carriage return (a line break to YAML: c4 would be a key of its own)', 'a: 1\rc4:\n  evil: true\n'],
    ['NEL', 'a: 1\u0085c4: x\n'],
    ['a line separator', 'a: 1\u2028c4: x\n'],
    ['a second document', 'a: 1\n---\nc4: x\n'],
    ['a document end', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a list', '- a\n- b\n'],
    ['a scalar', 'just text\n'],
    ['what does not parse', 'a: [1\n'],
    ['content on the document start line', '--- {a: 1}\n'],
  ])('refuses %s', (_what, text) => {
    expect(nestValues(text).kind).toBe('refused');
  });
});

describe('splitOutput: a wrapper render split back per alias', () => {
  const doc = (source: string, body: string) => `---\n# Source: ${source}\n${body}\n`;

  it("gives each alias its documents in order, with the single render's Source comments", () => {
    const stdout =
      doc('gp-batch/charts/c0/templates/a.yaml', 'kind: A\nmetadata:\n  name: x') +
      doc('gp-batch/charts/c1/templates/a.yaml', 'kind: A') +
      doc('gp-batch/charts/c0/templates/sub/charts/c1/b.yaml', '# Source: gp-batch/charts/c1/x\nkind: B');
    const out = splitOutput(stdout, ['c0', 'c1', 'c2'], 'app');
    expect(out).toEqual(
      new Map([
        [
          'c0',
          doc('app/templates/a.yaml', 'kind: A\nmetadata:\n  name: x') +
            doc('app/templates/sub/charts/c1/b.yaml', '# Source: gp-batch/charts/c1/x\nkind: B'),
        ],
        ['c1', doc('app/templates/a.yaml', 'kind: A')],
        ['c2', '\n'],
      ]),
    );
  });

  it('says nothing rendered as helm does (one empty line) for every alias of an empty render', () => {
    expect(splitOutput('\n', ['c0', 'c1'], 'app')).toEqual(
      new Map([
        ['c0', '\n'],
        ['c1', '\n'],
      ]),
    );
  });

  it.each([
    ['a document of no alias', doc('gp-batch/charts/c9/templates/a.yaml', 'kind: A')],
    ['a document of the wrapper itself', doc('gp-batch/templates/a.yaml', 'kind: A')],
    [
      'a hook (printed after every alias)',
      doc('gp-batch/charts/c0/templates/a.yaml', 'metadata:\n  annotations:\n    helm.sh/hook: test'),
    ],
    ['output that is not documents', 'Error: something\n'],
  ])('attributes nothing when there is %s', (_what, stdout) => {
    expect(splitOutput(stdout, ['c0', 'c1'], 'app')).toBeNull();
  });
});
