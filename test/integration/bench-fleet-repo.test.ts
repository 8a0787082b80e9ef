import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fleetLayout, generateRepo } from '../../bench/gen-repo.mjs';
import { fleetRepo } from '../../bench/repos.mjs';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import { createGit } from '../../src/git/git.js';
import type { GitPort, SparseTree } from '../../src/ports/git.js';
import { isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/** The bench's generated fleets (bench/gen-repo.mjs) are valid repos, and its edits change what they say. */

const home = mkdtempSync(path.join(os.tmpdir(), 'gp-bench-test-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function files(dir: string, rel = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(path.join(dir, rel))) {
    const p = path.join(rel, name);
    if (name === '.git') continue;
    if (statSync(path.join(dir, p)).isDirectory()) for (const [k, v] of files(dir, p)) out.set(k, v);
    else out.set(p, readFileSync(path.join(dir, p), 'utf8'));
  }
  return out;
}

describe('bench fleet generator', () => {
  const env = isolatedGitEnv();
  const fleet = fleetRepo({ home, env }, 4, 3);

  it('writes a 4 × 3 repo that validates clean: every cluster renders its 3 Applications', async () => {
    const result = await validate({
      repoDir: fleet.dir,
      git: createGit(fleet.dir, env),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(result.findings).toEqual([]);
    expect(result.clusters.map((c) => [c.name, c.env, c.rendered, c.applications])).toEqual([
      ['dev-001', 'dev', true, 3],
      ['stag-002', 'staging', true, 3],
      ['prod-003', 'prod', true, 3],
      ['prod-004', 'prod', true, 3],
    ]);
  });

  it('writes the same bytes for the same size', () => {
    const again = path.join(home, 'again');
    expect(generateRepo(again, { clusters: 4, components: 3 })).toEqual(fleetLayout(4, 3));
    expect(files(again)).toEqual(files(fleet.dir));
  });

  const edits = [
    { head: 'all', changed: ['dev-001', 'stag-002', 'prod-003', 'prod-004'] },
    { head: 'one', changed: [fleet.one] },
    { head: 'bump', changed: ['dev-001', 'stag-002', 'prod-003', 'prod-004'], deep: true },
  ];
  it.each(edits)('branch $head changes the clusters it is said to', async ({ head, changed, deep }) => {
    const report = await diff({
      git: createGit(fleet.dir, env),
      base: 'base',
      head,
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(report.complete).toBe(true);
    expect([...report.changedClusters].sort()).toEqual([...changed].sort());
    for (const c of report.clusters.filter((x) => changed.includes(x.name))) {
      const modified = c.apps.filter((a) => a.status === 'modified').map((a) => a.name);
      expect(modified).toEqual([`${c.name}-component-01`]);
      const resources = c.apps.flatMap((a) => (a.deep?.state === 'rendered' ? a.deep.resources : []));
      expect(resources.length > 0).toBe(deep === true);
    }
  });

  it('a diff writes to disk only the charts helm reads: the app-of-apps chart, and in deep mode the bumped one', async () => {
    const written = async (head: string, deep: boolean) => {
      const real = createGit(fleet.dir, env);
      const asked: string[] = [];
      const git: GitPort = Object.assign(Object.create(real) as GitPort, {
        withSparseTrees: <T>(sides: { sha: string; name: string }[], fn: (t: SparseTree[]) => Promise<T>) =>
          real.withSparseTrees(sides, (trees) =>
            fn(
              trees.map((t, i) => ({
                ...t,
                blob: (oid: string) => t.blob(oid),
                materialize: (dirs: readonly string[]) => {
                  asked.push(
                    ...dirs.filter((d) => t.charts.includes(d)).map((d) => `${sides[i]!.name}:${d}`),
                  );
                  return t.materialize(dirs);
                },
              })),
            ),
          ),
      });
      const report = await diff({
        git,
        base: 'base',
        head,
        deep,
        helm: testHelm(),
        logger: new RecordingLogger(),
      });
      expect(report.complete).toBe(true);
      return [...new Set(asked)].sort();
    };
    // One cluster changed: head renders in full (validation), base only that cluster; no component chart.
    expect(await written('one', false)).toEqual(['base:charts/app-of-apps', 'head:charts/app-of-apps']);
    // A component bump: the clusters' inputs are equal at base (its Applications are head's), so base
    // writes only the bumped chart.
    expect(await written('bump', true)).toEqual([
      'base:charts/component-01',
      'head:charts/app-of-apps',
      'head:charts/component-01',
    ]);
  });
});
