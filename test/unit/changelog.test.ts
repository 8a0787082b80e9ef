import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogSection } from '../../scripts/changelog-section.mjs';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';

/** The release process (.github/workflows/publish.yml) refuses a version without notes: so does this. */
describe('CHANGELOG.md', () => {
  const text = readFileSync(path.join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
  const version = (
    JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;

  it("has notes for package.json's version", () => {
    expect(changelogSection(text, version)).toMatch(/\S/);
  });

  it('reads one section up to the next, and nothing for a version without one or with an empty one', () => {
    const doc = '# Changelog\n\n## Unreleased\n\n## 1.1.0\n\n- b\n\n## 1.0.0\n\n- a\n';
    expect(changelogSection(doc, '1.1.0')).toBe('- b');
    expect(changelogSection(doc, '1.0.0')).toBe('- a');
    expect(changelogSection(doc, '2.0.0')).toBeNull();
    expect(changelogSection('## 1.0.0\n\n## 0.9.0\n- x', '1.0.0')).toBeNull();
    // A heading that only starts like the version is not it.
    expect(changelogSection('## 1.0.0-rc1\n- x', '1.0.0')).toBeNull();
  });
});
