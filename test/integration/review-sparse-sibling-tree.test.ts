import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { createGit } from '../../src/git/git.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/**
 * Review of the sparse trees (55e7174): pull-request content is hostile, and no path outside the
 * repository may be read. withSparseTrees puts base and head side by side in one temporary
 * directory under fixed names (`<tmp>/base`, `<tmp>/head`), and refuseSymlinksOut checks head's
 * links on disk before any chart file is written: a head link to `../../../../base/<a chart's
 * file>` dangles at that moment (chart files are not written yet), so it passes as "dangling,
 * nothing to read". Once base's chart is written, helm follows it out of head's tree into base's.
 * In a checkout (and in Argo CD) that link leads out of the repository: Argo CD refuses the
 * repository, helm finds nothing; the previous code (each tree in a temporary directory of its own)
 * said the render failed. Now the diff renders it, complete and clean.
 *
 * The same check lets a link leave head's tree and come back through its own directory name
 * (`../../../../head/…`): inside on this disk, outside in any checkout (pre-existing: the old code
 * named its directory `head` too). TreeIndex says `outside` for both; the disk check does not.
 */

let fx: FixtureRepo | undefined;
afterEach(() => fx?.cleanup());

const LINK = 'charts/monitoring/templates/_linked.tpl';

/** A helper template (renders nothing) at LINK → `to`, added at head with dev-01's retention raised. */
async function diffWithLink(to: string): Promise<unknown> {
  fx = new FixtureRepo();
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 5d');
  mkdirSync(path.dirname(fx.path(LINK)), { recursive: true });
  symlinkSync(to, fx.path(LINK));
  const head = commitAll(fx.dir, env, 'retention, and a link out of the repository');

  // The oracle: helm on the checkout of head does not render the monitoring chart.
  const checkout = await testHelm().template({
    releaseName: 'monitoring',
    chartDir: fx.path('charts/monitoring'),
    namespace: 'monitoring',
    valueFiles: [fx.path('charts/monitoring/values.yaml'), fx.path('charts/monitoring/values.dev-01.yaml')],
    parameters: [],
  });
  expect(checkout.ok).toBe(false);
  expect(checkout.stderr).toContain('_linked.tpl');

  return diff({
    git: createGit(fx.dir, env),
    base,
    head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 's',
  }).then(
    (r) => ({
      complete: r.complete,
      errors: r.clusters.flatMap((c) => c.errors),
      findings: r.validation.findings.map((f) => f.rule),
    }),
    (e: unknown) => ({ refused: String(e) }),
  );
}

describe('review: a head symlink out of its tree, into the directory beside it', () => {
  it("into base's tree: never followed; the diff refuses it or says the render failed, as a checkout would", async () => {
    const outcome = await diffWithLink('../../../../base/charts/app-of-apps/templates/_application.tpl');
    // Today: { complete: true, errors: [], findings: [] }: head's chart rendered with base's file.
    expect(outcome).not.toEqual({ complete: true, errors: [], findings: [] });
  });

  it("back into head's own tree by its directory name: never followed either (pre-existing)", async () => {
    const outcome = await diffWithLink('../../../../head/charts/app-of-apps/templates/_application.tpl');
    expect(outcome).not.toEqual({ complete: true, errors: [], findings: [] });
  });
});
