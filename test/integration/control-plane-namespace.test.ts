/**
 * Argo CD need not run in `argocd`: the namespace it runs in (its controller namespace) is where the
 * bootstrap Applications are (their metadata.namespace), or what the config's `controlPlaneNamespace`
 * says. An Application there is known by its bare name, one elsewhere as `<namespace>_<name>`: what
 * `$ARGOCD_APP_NAME` and `.argocd-source-<app>.yaml` name. Checked against the oracle told the same
 * controller namespace, under Helm 4 and 3, and through diff's deep mode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { diff } from '../../src/commands/diff.js';
import { collectApps } from '../../src/gitops/applications.js';
import { loadClusterValues } from '../../src/gitops/cluster-values.js';
import { loadConfig } from '../../src/gitops/config.js';
import { renderCluster } from '../../src/gitops/render.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology, normalizeRepoURL } from '../../src/gitops/topology.js';
import { componentRecipe, renderComponent } from '../../src/diff/deep.js';
import { argoRenderApplication } from '../helpers/argo-render.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { HELM_MAJORS, testHelm, type HelmMajor } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { bootstrapApp, recipeRepo, REPO_URL, shown, WEB } from '../helpers/recipe-repo.js';

type Obj = Record<string, unknown>;
const inGitops = (app: Obj) => ((app.metadata as Obj).namespace = 'gitops');
const WHO = { parameters: [{ name: 'who', value: '$ARGOCD_APP_NAME' }] };
const CONFIG = '.github/gitops-promotion.yaml';

async function renderOurs(fx: FixtureRepo, major: HelmMajor) {
  const config = loadConfig(fx.dir);
  const files = new RepoFiles(fx.dir, config.limits);
  const topology = discoverTopology(files, config);
  expect(topology.findings).toEqual([]);
  const cluster = topology.clusters[0]!;
  const helm = testHelm(major);
  const render = await renderCluster(helm, files, cluster, loadClusterValues(files, cluster), config.helm);
  expect(render.findings).toEqual([]);
  return { render, cluster, files, helm, topology };
}

describe.each(HELM_MAJORS)('a control plane in namespace gitops (Helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it('the bootstrap Application in gitops is known by its bare name', async () => {
    const app = bootstrapApp(WHO, inGitops);
    fx = recipeRepo(app);
    const oracle = argoRenderApplication(fx.dir, app, { major, controlPlaneNamespace: 'gitops' });
    expect(oracle.ok).toBe(true);
    if (!oracle.ok) return;
    expect((shown(oracle.objects, 'probe')!.values as Obj).who).toBe('probe');
    const { render, topology } = await renderOurs(fx, major);
    expect(topology.controlPlaneNamespace).toBe('gitops');
    expect(render.manifests.map((m) => m.object)).toEqual(oracle.objects);
  });

  it('the config names the namespace: a bootstrap in argocd is then in another namespace', async () => {
    const app = bootstrapApp(WHO);
    fx = recipeRepo(app, { [CONFIG]: 'controlPlaneNamespace: gitops\n' });
    const oracle = argoRenderApplication(fx.dir, app, { major, controlPlaneNamespace: 'gitops' });
    expect(oracle.ok).toBe(true);
    if (!oracle.ok) return;
    expect((shown(oracle.objects, 'probe')!.values as Obj).who).toBe('argocd_probe');
    const { render } = await renderOurs(fx, major);
    expect(render.manifests.map((m) => m.object)).toEqual(oracle.objects);
  });

  it('a component Application in gitops reads .argocd-source-<its bare name>.yaml', async () => {
    const app = bootstrapApp({ valuesObject: { component: { namespace: 'gitops' } } }, inGitops);
    fx = recipeRepo(app, {
      [`${WEB}/.argocd-source-probe-web.yaml`]: 'helm:\n  parameters:\n  - name: image.tag\n    value: v9\n',
    });
    const { render, cluster, files, helm, topology } = await renderOurs(fx, major);
    const web = collectApps(cluster, render.manifests).find((a) => a.name === 'probe-web')!;
    const oracle = argoRenderApplication(fx.dir, web.object as Obj, {
      major,
      controlPlaneNamespace: 'gitops',
    });
    expect(oracle.ok).toBe(true);
    if (!oracle.ok) return;
    expect(shown(oracle.objects, 'web')!.values).toEqual({
      base: 'from-web-chart',
      image: { tag: 'v9' },
    });
    const recipe = componentRecipe(
      web.object,
      files,
      normalizeRepoURL(REPO_URL),
      topology.controlPlaneNamespace,
    );
    if (!recipe || !('recipe' in recipe)) throw new Error('probe-web has no recipe');
    const ours = await renderComponent(helm, files, recipe.recipe, {
      dependencyBuild: false,
      kubeVersion: null,
      apiVersions: [],
    });
    if (!ours.ok) throw new Error('reason' in ours ? ours.reason : 'probe-web did not render');
    expect([...ours.resources.values()].map((r) => r.object)).toEqual(oracle.objects);
  });
});

describe('diff with a control plane in namespace gitops', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('.argocd-source-<bare name>.yaml added for a component in gitops changes what it deploys', async () => {
    fx = recipeRepo(bootstrapApp({ valuesObject: { component: { namespace: 'gitops' } } }, inGitops));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env);
    fx.write(
      `${WEB}/.argocd-source-probe-web.yaml`,
      'helm:\n  parameters:\n  - name: image.tag\n    value: v9\n',
    );
    const head = commitAll(fx.dir, env, 'pin the web image');
    const report = await diff({
      git: createGit(fx.dir, env),
      base,
      head,
      helm: testHelm(),
      logger: new RecordingLogger(),
      secretSalt: 'salt',
    });
    expect(report.complete).toBe(true);
    const app = report.clusters.flatMap((c) => c.apps).find((a) => a.name === 'probe-web')!;
    expect(app.deep.state).toBe('rendered');
    if (app.deep.state !== 'rendered') return;
    expect(app.deep.resources.map((r) => `${r.status} ${r.kind}/${r.name}`)).toEqual([
      'modified ConfigMap/web',
    ]);
    expect(app.deep.resources[0]!.unified).toContain('v9');
  });
});
