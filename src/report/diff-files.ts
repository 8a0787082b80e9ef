import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { DiffReport } from '../diff/model.js';
import { safeFileName, writeInside } from '../util/safe-path.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import { clusterPatch, renderDiffJson, type PatchFile } from './diff-text.js';

/** Where a cluster's patch goes, relative to the output directory: its name made safe (safeFileName). */
export function clusterPatchFile(cluster: string): string {
  return `clusters/${safeFileName(cluster)}.diff`;
}

/**
 * Writes the complete diff for upload as an artifact: diff.md, diff.json, clusters/<name>.diff (the
 * name made safe: diff.json's patchFiles says which file holds which cluster). Nothing is written
 * outside `dir`. Returns diff.json's path.
 */
export async function writeDiffFiles(report: DiffReport, dir: string): Promise<string> {
  await mkdir(path.join(dir, 'clusters'), { recursive: true });
  const patches: (PatchFile & { patch: string })[] = [];
  for (const c of report.clusters) {
    const patch = clusterPatch(report, c.name);
    if (patch) patches.push({ cluster: c.name, file: clusterPatchFile(c.name), patch });
  }
  const files = new Set(patches.map((p) => p.file.toLowerCase()));
  if (files.size !== patches.length) throw new Error('bug: two clusters map to one patch file');
  const json = await writeInside(
    dir,
    'diff.json',
    renderDiffJson(
      report,
      patches.map(({ cluster, file }) => ({ cluster, file })),
    ),
  );
  await writeInside(dir, 'diff.md', renderDiffMarkdown(report));
  for (const p of patches) await writeInside(dir, p.file, p.patch);
  return json;
}
