import path from 'node:path';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { EXAMPLE_REPO, FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { PublishedRepo } from '../helpers/remote-repo.js';

/** Each cluster's own Argo CD applies a `root` Application; children are named by component only. */
const PER_CLUSTER = path.join(PROJECT_ROOT, 'test/fixtures/topology-per-cluster');
const CONFIG = '.github/gitops-promotion.yaml';
const IDENTITY = ['application-name-unique', 'application-name-pattern', 'application-cluster-label'];

async function check(dir: string, env?: NodeJS.ProcessEnv) {
  return validate({
    repoDir: dir,
    git: createGit(dir, env),
    helm: testHelm(),
    logger: new RecordingLogger(),
  });
}

const brief = (r: Awaited<ReturnType<typeof check>>) =>
  r.findings.map((f) => `${f.severity} ${f.rule} ${f.cluster ?? '-'} ${f.file}:${f.line} ${f.message}`);

describe('one Argo CD per cluster', () => {
  let repo: PublishedRepo | undefined;
  afterEach(() => repo?.cleanup());

  it('is detected, and the single-control-plane rules find nothing: zero findings', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main');
    const r = await check(repo.clone(), repo.env);
    expect(r.controlPlane).toEqual({
      kind: 'per-cluster',
      source: 'detected',
      reason:
        'the bootstrap Applications of clusters dev and prod are both named root, which one Argo CD could not hold',
    });
    expect(r.clusters.map((c) => [c.name, c.rendered, c.applications])).toEqual([
      ['dev', true, 2],
      ['prod', true, 2],
    ]);
    expect(r.findings).toEqual([]);
  });

  it('is detected from the destinations alone when the bootstrap names differ', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', [], (fx) => {
      fx.replace('argocd-bootstrap-apps/dev.yaml', 'name: root', 'name: root-dev');
      fx.replace('argocd-bootstrap-apps/prod.yaml', 'name: root', 'name: root-prod');
    });
    const r = await check(repo.clone(), repo.env);
    // Without a shared name, each bootstrap Application is its own cluster name.
    expect(r.clusters.map((c) => c.name)).toEqual(['root-dev', 'root-prod']);
    expect(r.controlPlane).toEqual({
      kind: 'per-cluster',
      source: 'detected',
      reason:
        'every Application deploys to the cluster its Argo CD runs in (https://kubernetes.default.svc or in-cluster)',
    });
    expect(r.findings.filter((f) => IDENTITY.includes(f.rule))).toEqual([]);
  });

  it('still has unique Application names within each cluster', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', [], (fx) =>
      fx.write(
        'apps/templates/extra.yaml',
        fx.read('apps/templates/applications.yaml').replace('name: {{ $name }}', 'name: podinfo'),
      ),
    );
    const r = await check(repo.clone(), repo.env);
    expect(
      r.findings.filter((f) => f.rule === 'application-name-unique').map((f) => [f.cluster, f.message]),
    ).toEqual([
      [
        null,
        'Application name "podinfo" is also rendered by apps/templates/applications.yaml; Argo CD keeps only one of them (clusters: dev, prod)',
      ],
    ]);
  });

  it('controlPlane: single in the config turns the single-control-plane rules on', async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', [], (fx) => fx.write(CONFIG, 'controlPlane: single\n'));
    const r = await check(repo.clone(), repo.env);
    expect(r.controlPlane).toEqual({
      kind: 'single',
      source: 'config',
      reason: 'controlPlane: single in the config',
    });
    expect(brief(r)).toEqual([
      'error application-cluster-label - apps/templates/applications.yaml:1 label "cluster: <cluster>" is missing (2 Applications: cert-manager, podinfo) (clusters: dev, prod)',
      'error application-name-pattern - apps/templates/applications.yaml:7 cert-manager: Application name "cert-manager" does not match ^<cluster>-[a-z0-9]([-a-z0-9]*[a-z0-9])?$ (clusters: dev, prod)',
      'error application-name-pattern - apps/templates/applications.yaml:7 podinfo: Application name "podinfo" does not match ^<cluster>-[a-z0-9]([-a-z0-9]*[a-z0-9])?$ (clusters: dev, prod)',
      'error application-name-unique prod apps/templates/applications.yaml:7 Application name "cert-manager" is also rendered for cluster dev; Argo CD keeps only one of them',
      'error application-name-unique prod apps/templates/applications.yaml:7 Application name "podinfo" is also rendered for cluster dev; Argo CD keeps only one of them',
    ]);
  });
});

describe('one Argo CD for every cluster (the example)', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('is detected from the Applications that deploy to remote clusters, and the identity rules still run', async () => {
    fx = new FixtureRepo(EXAMPLE_REPO);
    fx.replace('charts/app-of-apps/templates/_application.tpl', '    cluster: {{ $clusterName }}\n', '');
    fx.replace(
      'charts/app-of-apps/templates/_application.tpl',
      'name: {{ printf "%s-%s" $clusterName $name }}',
      'name: {{ $name }}',
    );
    const r = await check(fx.dir);
    expect(r.controlPlane).toEqual({
      kind: 'single',
      source: 'detected',
      reason:
        'Application argo-rollouts (cluster dev-01) deploys to https://dev-01.k8s.example.com, not to the cluster its Argo CD runs in',
    });
    expect([...new Set(r.findings.map((f) => f.rule))].sort()).toEqual(IDENTITY.slice().sort());
  });

  it('controlPlane: per-cluster in the config turns them off', async () => {
    fx = new FixtureRepo(EXAMPLE_REPO);
    fx.replace('charts/app-of-apps/templates/_application.tpl', '    cluster: {{ $clusterName }}\n', '');
    fx.append(CONFIG, 'controlPlane: per-cluster\n');
    const r = await check(fx.dir);
    expect(r.controlPlane.kind).toBe('per-cluster');
    expect(r.findings).toEqual([]);
  });
});
