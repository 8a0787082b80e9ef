import type { DriftReport } from '../drift/model.js';

/** `--format json` and drift-report.json: the report as is, versioned (the contract scripts read). */
export function renderDriftJson(report: DriftReport): string {
  return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
}
