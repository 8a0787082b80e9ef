// The notes of one version from CHANGELOG.md: `node scripts/changelog-section.mjs 0.1.0` prints the
// body of its `## 0.1.0` section, and fails (exit 1) when there is none or it is empty, so a
// version is never released without notes. Used by .github/workflows/publish.yml.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The body of `## <version>` (up to the next `## `), trimmed; null when absent or empty. */
export function changelogSection(text, version) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (start < 0) return null;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  return body || null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? '';
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    console.error(`changelog-section: expected a version like 1.2.3, got "${version}"`);
    process.exitCode = 2;
  } else {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    const body = changelogSection(readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'), version);
    if (body === null) {
      console.error(`changelog-section: CHANGELOG.md has no notes for ${version}`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`${body}\n`);
    }
  }
}
