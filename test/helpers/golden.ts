import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { PROJECT_ROOT } from './fixture-repo.js';

/**
 * Compares text with test/golden/<name>. UPDATE_GOLDEN=1 rewrites the file instead
 * (review the diff before committing it). A missing golden file is a failure, not a pass.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(PROJECT_ROOT, 'test/golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file))
    throw new Error(`golden file test/golden/${name} is missing: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
