import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiffReport } from '../diff/model.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { clusterPatch, renderDiffJson } from './diff-text.js';

/** Writes the complete diff for upload as an artifact: diff.md, diff.json, clusters/<name>.diff. Returns diff.json's path. */
export async function writeDiffFiles(report: DiffReport, dir: string): Promise<string> {
  await mkdir(path.join(dir, 'clusters'), { recursive: true });
  const json = path.join(dir, 'diff.json');
  await writeFile(json, renderDiffJson(report));
  await writeFile(path.join(dir, 'diff.md'), renderDiffMarkdown(report));
  for (const c of report.clusters) {
    const patch = clusterPatch(report, c.name);
    if (patch) await writeFile(path.join(dir, 'clusters', `${c.name}.diff`), patch);
  }
  return json;
}
