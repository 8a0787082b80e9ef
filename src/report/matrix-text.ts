import type { Matrix } from '../gitops/validate-model.js';

/** The what-runs-where matrix as an aligned text table (✗ where a component is not deployed). */
export function renderMatrixText(matrix: Matrix): string {
  const header = ['component', ...matrix.clusters];
  const rows = matrix.components.map((component) => [
    component,
    ...matrix.clusters.map((c) => matrix.cells[component]![c] ?? '✗'),
  ]);
  return alignedTable(header, rows);
}

/** Columns padded to their widest cell, separated by two spaces, a dashed line under the header. */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
