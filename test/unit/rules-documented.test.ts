import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { KNOWN_RULES } from '../../src/gitops/config.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';

it("every rule id the config accepts is in the README's table of what validate checks", () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## What validate checks'));
  const documented = new Set(
    table
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]!)),
  );
  expect([...KNOWN_RULES].filter((r) => !documented.has(r))).toEqual([]);
  for (const rule of ['object-required-fields', 'object-unique', 'application-project'])
    expect(KNOWN_RULES.has(rule)).toBe(true);
});
