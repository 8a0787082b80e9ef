import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm run demo (scripts/demo.mjs)', () => {
  it('validates, diffs, promotes, releases, hotfixes and reports drift on the example repo in a sandbox it removes afterwards', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_TOKEN: 'ghp_demo_must_not_be_used' },
    });
    expect(run.status).toBe(0);
    // stderr carries progress and notices only: no error, no stack, never the token.
    expect(run.stderr).toContain('staging: ');
    expect(run.stderr).not.toMatch(/error|\n\s+at /i);
    expect(run.stderr + run.stdout).not.toContain('ghp_demo_must_not_be_used');
    const out = run.stdout;
    expect(out).toContain('0 errors, 0 warnings, 0 notices (4/4 clusters rendered, 37 Applications checked)');
    expect(out).toContain('velero          ✗       ✗        stable  stable');
    expect(out).toMatch(
      /diff [0-9a-f]{7}\.\.[0-9a-f]{7}: 4 of 4 clusters changed \(validation at head: 0 errors\)/,
    );
    expect(out).toContain(
      'spec.template.spec.containers[name=prometheus].args[1]: "--storage.tsdb.retention.time=7d" → "--storage.tsdb.retention.time=10d"',
    );
    expect(out).toMatch(
      /dev → staging: dry run: would move staging from [0-9a-f]{7} to [0-9a-f]{7} \(fast-forward, 1 commit\)/,
    );
    expect(out).toContain('dev → staging: promoted 1 commit from dev to staging (fast-forward)');
    expect(out).toContain('  skipped checks      no GitHub token');
    const log = out.slice(out.indexOf('$ git log --oneline origin/staging'));
    expect(
      log
        .split('\n')
        .slice(1, 3)
        .map((l) => l.slice(8)),
    ).toEqual([
      'monitoring: Prometheus v2.55.0; 10d retention on stag-01',
      'initial import of the example repo',
    ]);
    expect(out).toMatch(
      /release stable-v1\.0\.0: dry run: would create stable-v1\.0\.0 and move stable at [0-9a-f]{7}/,
    );
    expect(out).toMatch(/release stable-v1\.0\.0: released stable-v1\.0\.0 at [0-9a-f]{7}: stable\n/);
    expect(out).toMatch(/\nstable +monitoring: Prometheus v2\.55\.0/);
    expect(out).toMatch(/\nstable-v1\.0\.0 +stable-v1\.0\.0\n/);
    expect(out).toMatch(/created hotfix\/velero at stable \([0-9a-f]{7}\)/);
    expect(out).toMatch(/release stable-v1\.0\.1: released stable-v1\.0\.1 at [0-9a-f]{7}: stable\n/);
    expect(out).toMatch(/\n {2}staging: merged — merged hotfix\/velero/);
    expect(out).toMatch(/\n {2}dev: merged — merged hotfix\/velero/);
    // The drift after it: the forward-merges and the new change wait on their edges, and nothing of
    // the hotfix is missing downstream (it was merged forward).
    const drift = out.slice(out.indexOf('$ gitops-promotion drift'));
    expect(drift).toContain('dev → staging (promote): 2 commits pending');
    expect(drift).toContain('staging → stable (release): 1 commit pending');
    expect(drift).toContain('dev → staging: compared, no divergence');
    expect(drift).not.toContain('missed forward-merge');
    expect(drift).toContain('argo cd: skipped: no Argo CD server and token were given');
    const sandbox = /# sandbox: (\S+) /.exec(out)?.[1];
    expect(sandbox).toBeDefined();
    expect(existsSync(path.dirname(sandbox!))).toBe(false);
  });
});
