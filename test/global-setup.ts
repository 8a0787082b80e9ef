import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every temp file of a test run goes into one directory of its own, removed when the run ends: the test
 * workers inherit TMPDIR, and what they leave behind when vitest stops them (a helm sandbox removed on
 * `exit`, which a stopped worker never reaches; a test's isolated git home) goes with it.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-tests-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true });
  };
}
