/**
 * What decides that a cluster whose app-of-apps inputs are equal can be left out of deep mode:
 * a component that reads a file of any kind (helm --set-file) or renders with the commit
 * ($ARGOCD_APP_REVISION) is compared, never "unchanged" by default.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { diff } from '../../src/commands/diff.js';
import type { DiffReport } from '../../src/diff/model.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { bootstrapApp, recipeRepo } from '../helpers/recipe-repo.js';

type Obj = Record<string, unknown>;

let fx: FixtureRepo | undefined;
afterEach(() => {
  fx?.cleanup();
  fx = undefined;
});

const withComponentHelm = (helm: Obj) =>
  bootstrapApp({ valuesObject: { component: { namespace: 'argocd', helm } } });

async function diffAfter(change: (fx: FixtureRepo) => void, app: Obj, files: Record<string, string> = {}) {
  fx = recipeRepo(app, files);
  const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env, 'main');
  change(fx);
  const head = commitAll(fx.dir, env, 'change');
  const report = await diff({
    git: createGit(fx.dir, env),
    base,
    head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 'salt',
  });
  return { report, base, head };
}

function web(report: DiffReport) {
  return report.clusters.find((c) => c.name === 'probe')?.apps.find((a) => a.name === 'probe-web');
}

describe('deep mode of a cluster whose app-of-apps inputs are equal', () => {
  it('a changed --set-file file (not YAML, outside every chart) changes the component it feeds', async () => {
    const { report } = await diffAfter(
      (f) => f.write('files/ca.pem', 'second\n'),
      withComponentHelm({ fileParameters: [{ name: 'ca', path: '/files/ca.pem' }] }),
      { 'files/ca.pem': 'first\n' },
    );
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['probe']);
    const w = web(report)!;
    expect([w.status, w.fields, w.deep.state]).toEqual(['modified', [], 'rendered']);
    const resources = w.deep.state === 'rendered' ? w.deep.resources : [];
    expect(resources.map((r) => `${r.kind}/${r.name}:${r.status}`)).toEqual(['ConfigMap/web:modified']);
    expect(resources[0]!.unified).toContain('second');
  });

  it('a commit that changes nothing the component reads re-renders it when a parameter is $ARGOCD_APP_REVISION', async () => {
    const { report, base, head } = await diffAfter(
      (f) => f.write('README.md', 'docs only\n'),
      withComponentHelm({ parameters: [{ name: 'rev', value: '$ARGOCD_APP_REVISION' }] }),
    );
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['probe']);
    const w = web(report)!;
    expect([w.status, w.fields, w.deep.state]).toEqual(['modified', [], 'rendered']);
    const resources = w.deep.state === 'rendered' ? w.deep.resources : [];
    expect(resources.map((r) => `${r.kind}/${r.name}:${r.status}`)).toEqual(['ConfigMap/web:modified']);
    expect(resources[0]!.unified).toContain(base);
    expect(resources[0]!.unified).toContain(head);
  });

  it('without either, a change of nothing it reads stays proven unchanged without rendering it', async () => {
    const { report } = await diffAfter(
      (f) => f.write('files/other.pem', 'x\n'),
      withComponentHelm({ fileParameters: [{ name: 'ca', path: '/files/ca.pem' }] }),
      { 'files/ca.pem': 'first\n' },
    );
    expect(report.complete).toBe(true);
    expect(report.changed).toBe(false);
    expect(report.stats.chartsRendered).toBe(0);
  });
});
