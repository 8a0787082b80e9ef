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

// eslint-disable-next-line no-control-regex
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');

/** Columns padded to their widest cell, separated by two spaces, a dashed line under the header. */
export function alignedTable(given: readonly string[], givenRows: readonly (readonly string[])[]): string {
  // Names come from the repository: no control character (an escape sequence) reaches the terminal.
  const header = given.map(printable);
  const rows = givenRows.map((r) => r.map(printable));
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}
