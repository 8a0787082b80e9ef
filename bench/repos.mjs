// The git repositories the benchmarks run in, under the isolated temp home (harness.mjs isolatedHome).
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EDITS, generateRepo } from './gen-repo.mjs';
import { root } from './harness.mjs';

const git = (dir, env, ...args) =>
  execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * A generated N × M repo (gen-repo.mjs) committed on `dev` (tag `base`), with one branch per edit, each one
 * commit over base: `all` (a base values change: every cluster changes), `one` (one cluster's values file) and
 * `bump` (a component chart's values: every cluster's resources). The working tree is left at base.
 */
export function fleetRepo({ home, env }, clusters, components) {
  const dir = path.join(home, `fleet-${clusters}x${components}`);
  const layout = generateRepo(dir, { clusters, components });
  git(dir, env, 'init', '-q', '-b', 'dev');
  git(dir, env, 'add', '-A');
  git(dir, env, 'commit', '-q', '-m', 'base');
  git(dir, env, 'tag', 'base');
  const one = layout.clusters[Math.floor(layout.clusters.length / 2)].name;
  const edits = {
    all: () => EDITS.baseValues(dir),
    one: () => EDITS.clusterValues(dir, layout, one),
    bump: () => EDITS.componentBump(dir, layout),
  };
  for (const [branch, edit] of Object.entries(edits)) {
    edit();
    git(dir, env, 'commit', '-q', '-a', '-m', branch);
    git(dir, env, 'branch', branch);
    git(dir, env, 'reset', '-q', '--hard', 'base');
  }
  return { dir, layout, one };
}

/** examples/gitops-repo committed on `dev` (tag `base`), and branch `head`: dev-01's Prometheus retention 2d → 3d. */
export function seedRepo({ home, env }) {
  const dir = path.join(home, 'seed');
  cpSync(path.join(root, 'examples', 'gitops-repo'), dir, { recursive: true });
  git(dir, env, 'init', '-q', '-b', 'dev');
  git(dir, env, 'add', '-A');
  git(dir, env, 'commit', '-q', '-m', 'base');
  git(dir, env, 'tag', 'base');
  const file = path.join(dir, 'charts/app-of-apps/values.dev-01.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('retention: 2d', 'retention: 3d'));
  git(dir, env, 'commit', '-q', '-a', '-m', 'head');
  git(dir, env, 'branch', 'head');
  git(dir, env, 'reset', '-q', '--hard', 'base');
  return { dir };
}
