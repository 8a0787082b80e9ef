import { writeFileSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { diff } from '../../src/commands/diff.js';
import { validate } from '../../src/commands/validate.js';
import { PROJECT_ROOT, type FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, git } from '../helpers/git.js';
import { helmBinary, testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { PublishedRepo } from '../helpers/remote-repo.js';

/** Bootstrap Applications read the repository as git@github.com:…, their Applications as https://github.com/…. */
const PER_CLUSTER = path.join(PROJECT_ROOT, 'test/fixtures/topology-per-cluster');
/** Clusters from the config only (no bootstrap files), Applications on git@github.com:example-org/platform.git. */
const ROOT_CHART = path.join(PROJECT_ROOT, 'test/fixtures/root-chart-repo');
const CONFIG = '.github/gitops-promotion.yaml';

/** The fixture without its configured repoURL: only git can say what this repository is. */
const withoutRepoURL = (fx: FixtureRepo) =>
  fx.replace(CONFIG, 'repoURL: https://github.com/example-org/platform\n', '');

async function check(dir: string, env: NodeJS.ProcessEnv) {
  return validate({
    repoDir: dir,
    git: createGit(dir, env),
    helm: testHelm(),
    logger: new RecordingLogger(),
  });
}

describe("this repository's URL from its git remote", () => {
  let repo: PublishedRepo | undefined;
  afterEach(() => repo?.cleanup());

  it('makes in-repo sources known without configuration, whatever the spelling', async () => {
    repo = new PublishedRepo(ROOT_CHART, 'main', [], (fx) => {
      withoutRepoURL(fx);
      fx.replace('values.yaml', 'path: components/web', 'path: components/webb');
    });
    const dir = repo.clone();
    const wrongPath = (r: Awaited<ReturnType<typeof check>>) =>
      r.findings.filter((f) => f.rule === 'path-missing').map((f) => `${f.file}:${f.line} ${f.message}`);
    // origin is a local path here: no URL of a repository, so nothing is known to be in-repo.
    const unknown = await check(dir, repo.env);
    expect([unknown.topology.repoURL, unknown.topology.repoURLSource]).toEqual([null, null]);
    expect(wrongPath(unknown)).toEqual([]);
    for (const url of [
      'https://GitHub.com/example-org/platform/',
      'ssh://git@github.com/example-org/platform',
      'git@github.com:example-org/platform',
    ]) {
      git(dir, repo.env, 'remote', 'set-url', 'origin', url);
      const r = await check(dir, repo.env);
      expect([r.topology.repoURL, r.topology.repoURLSource]).toEqual([
        'https://github.com/example-org/platform',
        'origin',
      ]);
      expect(wrongPath(r)).toEqual([
        'values.yaml:12 source path "components/webb" does not exist (2 Applications: dev-web, prod-web) (clusters: dev, prod)',
      ]);
    }
  });

  it("is the bootstrap Applications' repository however the Applications spell it", async () => {
    repo = new PublishedRepo(PER_CLUSTER, 'main', [], (fx) =>
      fx.replace(
        'apps/templates/applications.yaml',
        'path: components/{{ $name }}',
        'path: component/{{ $name }}',
      ),
    );
    const dir = repo.clone();
    const r = await check(dir, repo.env);
    expect([r.topology.repoURL, r.topology.repoURLSource]).toEqual([
      'https://github.com/example-org/cluster-config',
      'bootstrap',
    ]);
    expect(r.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([
      'path-missing cert-manager: source path "component/cert-manager" does not exist (clusters: dev, prod)',
      'path-missing podinfo: source path "component/podinfo" does not exist (clusters: dev, prod)',
    ]);
  });

  it('turns deep mode on: a component chart change is rendered and reported', async () => {
    repo = new PublishedRepo(ROOT_CHART, 'main', [], withoutRepoURL);
    const dir = repo.clone();
    git(dir, repo.env, 'remote', 'set-url', 'origin', 'https://github.com/example-org/platform.git');
    const base = git(dir, repo.env, 'rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'components/web/values.yaml'), 'replicas: 2\n');
    const head = commitAll(dir, repo.env, 'web: two replicas');
    const run = () =>
      diff({
        git: createGit(dir, repo!.env),
        base,
        head,
        helm: testHelm(),
        logger: new RecordingLogger(),
        secretSalt: 'x',
      });
    const deep = (report: Awaited<ReturnType<typeof run>>) =>
      report.clusters.flatMap((c) =>
        c.apps.map((a) => [
          c.name,
          a.name,
          a.deep.state,
          a.deep.state === 'rendered' ? a.deep.resources.map((r) => `${r.kind}/${r.name} ${r.status}`) : [],
        ]),
      );
    const report = await run();
    expect(report.complete).toBe(true);
    expect(deep(report)).toEqual([
      ['dev', 'dev-web', 'rendered', ['Deployment/web modified']],
      ['prod', 'prod-web', 'rendered', ['Deployment/web modified']],
    ]);
    // Without the remote nothing says the Applications' source is this repository.
    git(dir, repo.env, 'remote', 'remove', 'origin');
    expect(deep(await run())).toEqual([]);
  });

  it('strips credentials from the remote URL: the token appears nowhere in the output', async () => {
    repo = new PublishedRepo(ROOT_CHART, 'main', [], withoutRepoURL);
    const dir = repo.clone();
    const token = 'ghs_NOTAREALTOKEN0123456789';
    git(
      dir,
      repo.env,
      'remote',
      'set-url',
      'origin',
      `https://x-access-token:${token}@github.com/example-org/platform.git?t=${token}`,
    );
    const out = { stdout: '', stderr: '' };
    const io: CliIO = {
      stdout: (t) => (out.stdout += t),
      stderr: (t) => (out.stderr += t),
      cwd: dir,
      env: { ...repo.env, HELM: helmBinary() },
    };
    expect(await runCli(['validate', '--format', 'json', '--verbose'], io)).toBe(0);
    expect(JSON.parse(out.stdout).topology).toMatchObject({
      repoURL: 'https://github.com/example-org/platform',
      repoURLSource: 'origin',
    });
    expect(`${out.stdout}${out.stderr}`).not.toContain(token);
  });
});
