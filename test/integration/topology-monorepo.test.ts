import { writeFileSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { commitAll, git } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { PublishedRepo } from '../helpers/remote-repo.js';

/** A service's code at the top, its GitOps tree under deploy/gitops (config `root: deploy/gitops`). */
const MONOREPO = path.join(PROJECT_ROOT, 'test/fixtures/topology-monorepo');
const CONFIG = '.github/gitops-promotion.yaml';

describe('a GitOps tree in a subdirectory of a larger repository', () => {
  let repo: PublishedRepo | undefined;
  afterEach(() => repo?.cleanup());

  async function change(dir: string, edits: Record<string, string>) {
    const base = git(dir, repo!.env, 'rev-parse', 'HEAD');
    for (const [file, text] of Object.entries(edits)) writeFileSync(path.join(dir, file), text);
    const head = commitAll(dir, repo!.env, 'change');
    return diff({
      git: createGit(dir, repo!.env),
      base,
      head,
      helm: testHelm(),
      logger: new RecordingLogger(),
      secretSalt: 'x',
    });
  }

  const APP_CODE = {
    'services/api/src/main.go': 'package main\n\nfunc main() { println("v2") }\n',
    'services/api/config.yaml': 'listen: ":9090"\nlogLevel: debug\n',
    'package.json': '{ "name": "platform", "private": true, "version": "2.0.0" }\n',
  };

  it('validates clean: bootstrap files found under root, chart paths read from the repository top', async () => {
    repo = new PublishedRepo(MONOREPO, 'main');
    const clone = repo.clone();
    const r = await validate({
      repoDir: clone,
      git: createGit(clone, repo.env),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(r.config.root).toBe('deploy/gitops');
    expect(r.clusters.map((c) => [c.name, c.ref, c.rendered, c.applications])).toEqual([
      ['dev-01', 'main', true, 1],
      ['prod-01', 'stable', true, 1],
    ]);
    expect(r.topology.clusters.map((c) => c.chart)).toEqual([
      'deploy/gitops/charts/app-of-apps',
      'deploy/gitops/charts/app-of-apps',
    ]);
    expect(r.controlPlane.kind).toBe('single');
    expect(r.findings).toEqual([]);
  });

  it('a change outside root is neither rendered nor reported', async () => {
    repo = new PublishedRepo(MONOREPO, 'main');
    const report = await change(repo.clone(), APP_CODE);
    expect(report.complete).toBe(true);
    expect(report.changed).toBe(false);
    expect(report.clusters.map((c) => [c.name, c.status])).toEqual([
      ['dev-01', 'unchanged'],
      ['prod-01', 'unchanged'],
    ]);
    // Head is rendered for validation only (diff's verdict is validate's); nothing at base, no chart.
    expect(report.stats).toMatchObject({ clustersRendered: 2, clustersSkipped: 2, chartsRendered: 0 });
  });

  it('without root the same change of YAML and JSON files beside the tree is rendered to make sure', async () => {
    repo = new PublishedRepo(MONOREPO, 'main', [], (fx) =>
      fx.replace(
        CONFIG,
        'root: deploy/gitops\n',
        'bootstrap:\n  glob: deploy/gitops/argocd-bootstrap-apps/*.yaml\n',
      ),
    );
    const report = await change(repo.clone(), APP_CODE);
    expect(report.changed).toBe(false);
    // Compared (not proven from git object ids), where with root both are skipped.
    expect(report.stats).toMatchObject({ clustersRendered: 2, clustersSkipped: 0 });
  });

  it('a change under root is rendered and reported, in every cluster it reaches', async () => {
    repo = new PublishedRepo(MONOREPO, 'main');
    const report = await change(repo.clone(), {
      'deploy/gitops/charts/api/values.yaml': 'image: ghcr.io/example-org/api:1.5.0\nreplicas: 1\n',
    });
    expect(report.complete).toBe(true);
    expect(report.changedClusters).toEqual(['dev-01', 'prod-01']);
    expect(
      report.clusters.flatMap((c) =>
        c.apps.map((a) => [
          a.name,
          a.deep.state === 'rendered'
            ? a.deep.resources.map((x) => `${x.kind}/${x.name} ${x.status}`)
            : a.deep.state,
        ]),
      ),
    ).toEqual([
      ['dev-01-api', ['Deployment/dev-01-api modified']],
      ['prod-01-api', ['Deployment/prod-01-api modified']],
    ]);
    expect(report.validation.findings).toEqual([]);
  });
});
