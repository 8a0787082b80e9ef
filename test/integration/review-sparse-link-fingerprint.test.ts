import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { createGit } from '../../src/git/git.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/**
 * Review while attacking the sparse trees (pre-existing, in src/diff/tree-listing.ts, which
 * 55e7174 now feeds from the blobs): "proven or said". A symlink's listing id is meant to be what
 * it resolves to, and one that resolves "through another link's directory" its own id per side.
 * But listingWithLinks resolves a link's target lexically: `values.dev-01.yaml ->
 * ../../envlink/dev-01.yaml` with `envlink -> envs` names no entry, has nothing under it, and gets
 * the id `…:missing` at both refs, whatever envs/dev-01.yaml holds. The cluster's inputs are then
 * "proven" equal, base is not rendered, and a real change of the cluster's values is reported as no
 * change at all (complete, changed: false). TreeIndex (55e7174) resolves such a link as the kernel
 * does; the listing does not use it. The same lexical reading follows `..` after a link the wrong way:
 * `-> ../../envlink/../dev-01.yaml` with `envlink -> deep/envs` is deep/dev-01.yaml for the kernel
 * (and helm), but the listing takes the id of a decoy dev-01.yaml at the root.
 */

let fx: FixtureRepo | undefined;
afterEach(() => fx?.cleanup());

/** dev-01's values moved to `real` and linked from the chart by `link`; head raises the retention in `real`. */
async function expectChangeBehindLink(setup: () => void, real: string, link: string): Promise<void> {
  fx = new FixtureRepo();
  const env = isolatedGitEnv();
  setup();
  mkdirSync(fx.path(real.slice(0, real.lastIndexOf('/'))), { recursive: true });
  renameSync(fx.path('charts/app-of-apps/values.dev-01.yaml'), fx.path(real));
  symlinkSync(link, fx.path('charts/app-of-apps/values.dev-01.yaml'));
  const base = initRepo(fx.dir, env);
  fx.replace(real, 'retention: 2d', 'retention: 5d');
  const head = commitAll(fx.dir, env, 'dev-01 retention, behind the link');
  {
    const report = await diff({
      git: createGit(fx.dir, env),
      base,
      head,
      helm: testHelm(),
      logger: new RecordingLogger(),
      secretSalt: 's',
    });
    // Today: complete, changed: false, every cluster 'unchanged'.
    expect(report.changedClusters).toEqual(['dev-01']);
    const app = report.clusters[0]!.apps.find((a) => a.name === 'dev-01-monitoring');
    expect(app?.fields).toContainEqual({
      path: 'spec.source.helm.values.prometheus.retention',
      old: '2d',
      new: '5d',
    });
  }
}

describe('review: a values file linked through a symlinked directory', () => {
  it("a change behind the link is a change of the cluster's inputs", async () => {
    await expectChangeBehindLink(
      () => symlinkSync('envs', fx!.path('envlink')),
      'envs/dev-01.yaml',
      '../../envlink/dev-01.yaml',
    );
  });

  it("`..` after a link in the link's target goes up from the link's target, as the kernel does", async () => {
    await expectChangeBehindLink(
      () => {
        fx!.write('deep/envs/README.md', 'git keeps no empty directory\n');
        symlinkSync('deep/envs', fx!.path('envlink'));
        fx!.write('dev-01.yaml', 'a decoy: the lexical reading of the link\n');
      },
      'deep/dev-01.yaml',
      '../../envlink/../dev-01.yaml',
    );
  });
});
