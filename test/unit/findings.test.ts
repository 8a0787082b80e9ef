import { describe, expect, it } from 'vitest';
import { collapseFindings, finding, sortFindings } from '../../src/findings.js';
import { annotation, selectAnnotations } from '../../src/report/annotations.js';
import { truncateBytes } from '../../src/report/budget.js';

const at = { file: 'values.yaml', line: 3, column: 5 };

describe('collapseFindings', () => {
  it('makes one finding of the same defect seen on many Applications and clusters', () => {
    const raw = ['dev-01', 'prod-01'].flatMap((cluster) =>
      ['a', 'b', 'c', 'd'].map((app) => ({
        ...finding('error', 'sync-wave-format', `sync-wave on ${cluster} is bad`, at, cluster),
        subject: `${cluster}-${app}`,
      })),
    );
    expect(collapseFindings(raw)).toEqual([
      {
        ...finding('error', 'sync-wave-format', '', at, null),
        message:
          'sync-wave on <cluster> is bad (8 Applications: dev-01-a, dev-01-b, dev-01-c and 5 more) (clusters: dev-01, prod-01)',
      },
    ]);
  });

  it('names the one Application and keeps the cluster when only one is hit', () => {
    const one = { ...finding('error', 'path-missing', 'gone', at, 'dev-01'), subject: 'dev-01-x' };
    expect(collapseFindings([one])).toEqual([
      { ...finding('error', 'path-missing', 'dev-01-x: gone', at, 'dev-01') },
    ]);
  });

  it('sorts by file, line, column, then severity', () => {
    const f = (file: string, line: number, severity: 'error' | 'warning') =>
      finding(severity, 'path-missing', 'm', { file, line, column: 1 });
    expect(
      sortFindings([f('b', 1, 'error'), f('a', 2, 'warning'), f('a', 2, 'error'), f('a', 1, 'warning')]).map(
        (x) => [x.file, x.line, x.severity],
      ),
    ).toEqual([
      ['a', 1, 'warning'],
      ['a', 2, 'error'],
      ['a', 2, 'warning'],
      ['b', 1, 'error'],
    ]);
  });
});

describe('annotations', () => {
  it('escapes properties and data as the runner expects', () => {
    expect(
      annotation(
        finding(
          'error',
          'path-missing',
          '50% done\nnext: line',
          { file: 'a,b:c.yaml', line: 2, column: 3 },
          'dev-01',
        ),
      ),
    ).toBe('::error file=a%2Cb%3Ac.yaml,line=2,col=3,title=path-missing (dev-01)::50%25 done%0Anext: line');
    expect(annotation(finding('warning', 'path-missing', 'no place', null))).toBe(
      '::warning title=path-missing::no place',
    );
  });

  it('keeps 10 of each severity, the number GitHub shows per step', () => {
    const many = [...Array(15)].flatMap((_, i) => [
      finding('error', 'helm-template', String(i), null),
      finding('warning', 'values-shape', String(i), null),
    ]);
    const shown = selectAnnotations(many);
    expect(shown.filter((f) => f.severity === 'error')).toHaveLength(10);
    expect(shown.filter((f) => f.severity === 'warning')).toHaveLength(10);
    expect(shown[0]!.message).toBe('0');
  });
});

describe('truncateBytes', () => {
  it('cuts at a line boundary under the byte budget and says so', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i} ✓`).join('\n');
    const cut = truncateBytes(text, 200, 'cut here');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(200);
    expect(cut.endsWith('\n\n> ⚠️ cut here\n')).toBe(true);
    expect(cut.split('\n')[0]).toBe('line 0 ✓');
    expect(truncateBytes('short', 200, 'x')).toBe('short');
  });
});
