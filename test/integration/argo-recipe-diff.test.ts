/**
 * What the recipe reads is what diff compares: the revision being rendered is each side's commit
 * (validate: HEAD's), and `.argocd-source*.yaml` files are render inputs, so a change to one is never
 * "unchanged".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import type { DiffReport } from '../../src/diff/model.js';
import type { RenderedApp } from '../../src/gitops/applications.js';
import { argoRenderApplication } from '../helpers/argo-render.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { bootstrapApp, PROBE, recipeRepo, shown, WEB } from '../helpers/recipe-repo.js';

type Obj = Record<string, unknown>;

/** The bootstrap sets the component's targetRevision from a parameter (build variables substituted). */
const revisionApp = (value: string) =>
  bootstrapApp({
    valuesObject: { component: { namespace: 'argocd' } },
    parameters: [{ name: 'component.targetRevision', value }],
  });

const targetRevisionOf = (apps: readonly RenderedApp[]) =>
  apps.find((a) => a.name === 'probe-web')!.object.spec?.source?.targetRevision;

let fx: FixtureRepo | undefined;
afterEach(() => {
  fx?.cleanup();
  fx = undefined;
});

describe('$ARGOCD_APP_REVISION is the commit being rendered', () => {
  it("validate of a working tree: HEAD's sha in a git repository, '' outside one", async () => {
    fx = recipeRepo(revisionApp('rev-$ARGOCD_APP_REVISION'));
    const outside = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(targetRevisionOf(outside.apps)).toBe('rev-');
    const env = isolatedGitEnv();
    const sha = initRepo(fx.dir, env, 'main');
    const inside = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(targetRevisionOf(inside.apps)).toBe(`rev-${sha}`);
  });

  it('diff renders each side with its own sha: a commit that changes nothing else still changes the render', async () => {
    fx = recipeRepo(revisionApp('$ARGOCD_APP_REVISION_SHORT'));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env, 'main');
    fx.write('README.md', 'docs only\n');
    const head = commitAll(fx.dir, env, 'docs');
    const report = await runDiff(fx, env, base, head);
    const probe = report.clusters.find((c) => c.name === 'probe')!;
    expect(probe.status).toBe('changed');
    const web = probe.apps.find((a) => a.name === 'probe-web')!;
    expect(web.fields).toEqual([
      expect.objectContaining({
        path: 'spec.source.targetRevision',
        old: base.slice(0, 7),
        new: head.slice(0, 7),
      }),
    ]);
    // The oracle renders the head commit the same way.
    const oracle = argoRenderApplication(fx.dir, revisionApp('$ARGOCD_APP_REVISION_SHORT'), {
      revision: head,
    });
    expect(oracle.ok && oracle.objects.find((o) => o.kind === 'Application')).toMatchObject({
      spec: { source: { targetRevision: head.slice(0, 7) } },
    });
  });
});

describe('.argocd-source*.yaml files are render inputs of diff', () => {
  const component = { namespace: 'argocd' };

  it('a change of the app-of-apps chart’s .argocd-source-<app>.yaml changes the cluster', async () => {
    const override = (tag: string) =>
      `helm:\n  parameters:\n  - name: component.targetRevision\n    value: ${tag}\n`;
    fx = recipeRepo(bootstrapApp({ valuesObject: { component } }), {
      [`${PROBE}/.argocd-source-probe.yaml`]: override('v1'),
    });
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env, 'main');
    fx.write(`${PROBE}/.argocd-source-probe.yaml`, override('v2'));
    const head = commitAll(fx.dir, env, 'image updater write-back');
    const report = await runDiff(fx, env, base, head);
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['probe']);
    const web = report.clusters[0]!.apps.find((a) => a.name === 'probe-web')!;
    expect(web.fields).toEqual([
      expect.objectContaining({ path: 'spec.source.targetRevision', old: 'v1', new: 'v2' }),
    ]);
  });

  it('an added .argocd-source.yaml of a component chart changes what deep mode renders', async () => {
    fx = recipeRepo(bootstrapApp({ valuesObject: { component } }));
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env, 'main');
    fx.write(`${WEB}/.argocd-source.yaml`, 'helm:\n  parameters:\n  - name: image.tag\n    value: v2\n');
    const head = commitAll(fx.dir, env, 'override the component');
    const report = await runDiff(fx, env, base, head);
    expect(report.complete).toBe(true);
    const web = report.clusters[0]!.apps.find((a) => a.name === 'probe-web')!;
    expect(web.status).toBe('modified');
    expect(web.fields).toEqual([]);
    expect(web.deep.state).toBe('rendered');
    const resources = web.deep.state === 'rendered' ? web.deep.resources : [];
    expect(resources.map((r) => `${r.kind}/${r.name}:${r.status}`)).toEqual(['ConfigMap/web:modified']);
    // What changed is the value the override gave, as the oracle renders it at head.
    const oracle = argoRenderApplication(fx.dir, WEB_APPLICATION, { revision: head });
    expect(oracle.ok && (shown(oracle.objects, 'web')!.values as Obj).image).toEqual({ tag: 'v2' });
  });

  it("a change of nothing the recipe reads (another Application's override file) is proven unchanged", async () => {
    fx = recipeRepo(bootstrapApp({ valuesObject: { component } }), {
      [`${PROBE}/.argocd-source-prod.yaml`]: 'helm:\n  releaseName: prod\n',
    });
    const env = isolatedGitEnv();
    const base = initRepo(fx.dir, env, 'main');
    fx.write('README.md', 'docs only\n');
    fx.write(`${PROBE}/.argocd-source-prod.yaml`, 'helm:\n  releaseName: prod-2\n');
    const head = commitAll(fx.dir, env, 'docs');
    const report = await runDiff(fx, env, base, head);
    expect(report.complete).toBe(true);
    expect(report.changed).toBe(false);
    expect(report.clusters.map((c) => c.status)).toEqual(['unchanged']);
    // Proven from git object ids: rendered at head for validation only, not at base.
    expect(report.stats).toMatchObject({ clustersRendered: 1, clustersSkipped: 1 });
  });
});

function runDiff(dir: FixtureRepo, env: NodeJS.ProcessEnv, base: string, head: string): Promise<DiffReport> {
  return diff({
    git: createGit(dir.dir, env),
    base,
    head,
    helm: testHelm(),
    logger: new RecordingLogger(),
    secretSalt: 's',
  });
}

/** The component Application probe-web as the app-of-apps chart renders it (with `component: {namespace: argocd}`). */
const WEB_APPLICATION: Obj = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name: 'probe-web', namespace: 'argocd' },
  spec: {
    project: 'platform',
    source: { repoURL: 'https://github.com/example-org/recipe.git', path: WEB, targetRevision: 'HEAD' },
    destination: { server: 'https://kubernetes.default.svc', namespace: 'web' },
  },
};
