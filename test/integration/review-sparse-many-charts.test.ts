import { describe, expect, it } from 'vitest';
import type { TreeEntry } from '../../src/git/export-tree.js';
import { chartDirectories } from '../../src/git/sparse-tree.js';

/**
 * Review of the sparse trees (55e7174): opening a tree costs time quadratic in its charts.
 * chartDirectories keeps the outermost charts by comparing every chart with every other
 * (`sorted.some` inside `sorted.filter`), and openSparse then asks of every file whether it lies in
 * one of the charts (`charts.some(startsWith)`: files × charts), again for each chart materialized
 * (`entries.filter` per chart) and in linksUnder. Measured with the built code on a tree of 10,000
 * charts of 2 files: 19 s to open one side (21 s both), where the previous code's full export wrote a
 * side in 5.6 s; a monorepo of a few thousand charts pays seconds on every diff before anything
 * renders. Shown here on chartDirectories alone (pure computation): 16,000 charts take about 5 s
 * (16·4,000 take about 25 times 4,000's); a set of the charts and a look at each one's ancestors
 * takes about 10 ms. The budget is a hundred times that, a fifth of today's.
 */

function entriesOf(charts: number): TreeEntry[] {
  const out: TreeEntry[] = [];
  for (let c = 0; c < charts; c++)
    for (const f of ['Chart.yaml', 'values.yaml', 'templates/cm.yaml'])
      out.push({ mode: '100644', type: 'blob', oid: '0'.repeat(40), path: `charts/c${c}/${f}` });
  return out;
}

describe('review: a tree of many charts', () => {
  it('finds its chart directories in time about linear in them', { timeout: 120_000 }, () => {
    const entries = entriesOf(16_000);
    const start = performance.now();
    expect(chartDirectories(entries)).toHaveLength(16_000);
    // Today: about 5,000 ms.
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
