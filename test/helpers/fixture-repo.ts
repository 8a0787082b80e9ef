import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_REPO = path.join(PROJECT_ROOT, 'examples/gitops-repo');

/** A scratch copy of examples/gitops-repo (or an empty dir) that tests may edit freely. */
export class FixtureRepo {
  readonly dir: string;

  constructor(from: string | null = EXAMPLE_REPO) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'gp-fixture-'));
    if (from) cpSync(from, this.dir, { recursive: true });
  }

  path(rel: string): string {
    return path.join(this.dir, rel);
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  write(rel: string, text: string): void {
    mkdirSync(path.dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), text);
  }

  /** Replaces exactly one occurrence of `from` (fails loudly if the fixture changed under the test). */
  replace(rel: string, from: string, to: string): void {
    const text = this.read(rel);
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`expected exactly one "${from}" in ${rel}, found ${count}`);
    this.write(rel, text.replace(from, to));
  }

  append(rel: string, text: string): void {
    this.write(rel, this.read(rel) + text);
  }

  remove(rel: string): void {
    rmSync(this.path(rel), { recursive: true });
  }

  /** 1-based line number of the first line containing `needle`, after the line containing `after` if given. */
  lineOf(rel: string, needle: string, after?: string): number {
    const lines = this.read(rel).split('\n');
    const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after)) + 1;
    if (start < 0 || (after !== undefined && start === 0)) throw new Error(`"${after}" not found in ${rel}`);
    const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
    if (i < 0) throw new Error(`"${needle}" not found in ${rel}`);
    return i + 1;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
