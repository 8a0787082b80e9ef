import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import schema from '../../schemas/config.schema.json' with { type: 'json' };
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';

/**
 * The README's configuration reference is checked against schemas/config.schema.json: every setting the
 * schema accepts (top level, and one level into each section) is shown in a YAML block of the README
 * (`key:`) or named in its text (`section.key`). A setting added to the schema only fails here.
 */
it('the README shows every setting of the config schema', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const shown = (key: string, dotted: string) =>
    new RegExp(`(^\\s*|[{,]\\s*)${key}:`, 'm').test(readme) || readme.includes(`\`${dotted}\``);
  const missing: string[] = [];
  type Props = Record<string, { properties?: Record<string, unknown> }>;
  for (const [key, value] of Object.entries(schema.properties as Props)) {
    if (!shown(key, key)) missing.push(key);
    for (const inner of Object.keys(value.properties ?? {}))
      if (!shown(inner, `${key}.${inner}`)) missing.push(`${key}.${inner}`);
  }
  expect(missing).toEqual([]);
});
