import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentSection, renderEnvironments } from '../../src/commands/drift-environments.js';
import { readDriftRefs } from '../../src/drift/refs.js';
import { createGit } from '../../src/git/git.js';
import { loadConfig } from '../../src/gitops/config.js';
import { versionPattern } from '../../src/release/versions.js';
import { oracleSnapshot } from '../helpers/argo-oracle.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { releaseRepo, runRelease, type ReleaseRepo } from '../helpers/release-repo.js';

/**
 * Environment drift on the example repo (dev-01, stag-01, prod-01 + ops-01), each environment rendered at its
 * own ref with real helm. The example's production differs from staging by design in two places: velero runs
 * on production only, and kyverno enforces there (an extra value file).
 */

const CONFIG = 'repoURL: https://github.com/example-org/gitops-repo.git\npromotion:\n  requiredChecks: []';
const STAGING_VALUES = 'charts/app-of-apps/values.stag-01.yaml';

let repo: ReleaseRepo;
beforeAll(async () => {
  repo = releaseRepo();
  repo.configure(CONFIG);
  await runRelease(repo);
});
afterAll(() => repo.cleanup());

async function section(extra = '') {
  const dir = repo.work.dir;
  if (extra) repo.configure(extra);
  const git = createGit(dir, repo.env);
  const config = loadConfig(dir);
  const refs = await readDriftRefs(git, 'origin', config, versionPattern(config.release.versionTag));
  const logger = new RecordingLogger();
  const renders = await renderEnvironments({ git, helm: testHelm(), logger, config, heads: refs.heads });
  return { renders, section: environmentSection(config, renders), logger };
}

describe('environment drift', () => {
  it('finds what production runs that staging never ran, and values set on production only', async () => {
    const { renders, section: s } = await section();
    expect(
      renders.map((r) =>
        r.state === 'rendered' ? [r.env, r.clusters.map((c) => c.name)] : [r.env, r.reason],
      ),
    ).toEqual([
      ['dev', ['dev-01']],
      ['staging', ['stag-01']],
      ['prod', ['ops-01', 'prod-01']],
    ]);
    if (s.state !== 'computed') throw new Error('skipped');
    expect(s.pairs.map((p) => [p.upstream, p.downstream, p.state])).toEqual([
      ['dev', 'staging', 'compared'],
      ['staging', 'prod', 'compared'],
    ]);
    // dev and staging differ only by their own names and refs: nothing to say, and that was compared.
    expect(s.pairs[0]!.findings).toEqual([]);
    expect(s.pairs[1]!.findings).toEqual([
      { kind: 'downstream-only', component: 'velero', clusters: ['ops-01', 'prod-01'] },
      ...['ops-01', 'prod-01'].map((cluster) => ({
        kind: 'values',
        component: 'kyverno',
        cluster,
        path: '/spec/source/helm/valueFiles/2',
        upstream: null,
        downstream: '"values.enforce.yaml"',
      })),
    ]);
  });

  it("reports each environment's cluster renders as a progress sequence", async () => {
    const { logger } = await section();
    expect(logger.steps.map((x) => [x.what, x.done, x.total])).toEqual([
      ['clusters of environment dev rendered', 0, 1],
      ['clusters of environment dev rendered', 1, 1],
      ['clusters of environment staging rendered', 0, 1],
      ['clusters of environment staging rendered', 1, 1],
      ['clusters of environment prod rendered', 0, 2],
      ['clusters of environment prod rendered', 1, 2],
      ['clusters of environment prod rendered', 2, 2],
    ]);
  });

  it('agrees with plain helm template (the oracle) on what production enables', async () => {
    const snapshot = oracleSnapshot(repo.work.dir, '', 'argocd-bootstrap-apps/*.yaml');
    const components = (cluster: string) =>
      [...snapshot.get(cluster)!.objects.keys()]
        .filter((k) => k.startsWith('Application/') && k.includes(`/${cluster}-`))
        .map((k) => k.split(`/${cluster}-`)[1]!)
        .sort();
    const onlyProd = components('prod-01').filter((n) => !components('stag-01').includes(n));
    expect(onlyProd).toEqual(['velero']);
  });

  it('says nothing of what the config allows: drift.downstreamOnly and drift.allowValues', async () => {
    const { section: s } = await section(
      'drift:\n  downstreamOnly: [velero]\n  allowValues: [/spec/source/helm/valueFiles/*]',
    );
    if (s.state !== 'computed') throw new Error('skipped');
    expect(s.pairs.flatMap((p) => p.findings)).toEqual([]);
  });

  it('finds an Application of staging that tracks another revision than staging', async () => {
    repo.pushChange(
      'staging',
      STAGING_VALUES,
      (t) => `${t}\nloki:\n  source:\n    targetRevision: v0.9.0-pinned\n`,
      'pin loki on stag-01',
    );
    const { section: s } = await section();
    if (s.state !== 'computed') throw new Error('skipped');
    expect(s.pairs[0]!.findings).toContainEqual({
      kind: 'revision',
      cluster: 'stag-01',
      application: 'stag-01-loki',
      revision: 'v0.9.0-pinned',
      expected: 'staging',
    });
  });
});
