import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/gitops/config.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology, isOwnRepoURL, normalizeRepoURL } from '../../src/gitops/topology.js';
import { repoContext, resolveDefaultBranch, NO_FACTS } from '../../src/gitops/repo-context.js';
import { ConfigurationError } from '../../src/errors.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

function bootstrap(name: string, extra: { label?: string; destinationName?: string } = {}): string {
  const labels = extra.label ? `  labels:\n    cluster: ${extra.label}\n` : '';
  const destination = extra.destinationName
    ? `    name: ${extra.destinationName}\n`
    : '    server: https://kubernetes.default.svc\n';
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
${labels}spec:
  project: default
  source:
    repoURL: https://github.com/example-org/x
    path: apps
    targetRevision: HEAD
  destination:
${destination}    namespace: argocd
`;
}

function topologyOf(fx: FixtureRepo, facts = NO_FACTS) {
  const config = loadConfig(fx.dir);
  return discoverTopology(new RepoFiles(fx.dir, config.limits), config, repoContext(config, facts));
}

describe('repoURLs name one repository however they are spelled', () => {
  it.each([
    'git@github.com:org/x',
    'https://github.com/org/x.git',
    'ssh://git@github.com/org/x',
    'https://GitHub.com/org/x/',
    'ssh://git@github.com:22/org/x.git',
    'https://user:secret-token@github.com/org/x',
    'https://github.com:443/org/x',
    'git@github.com:/org/x.git/',
  ])('%s is https://github.com/org/x', (url) => {
    expect(normalizeRepoURL(url)).toBe('https://github.com/org/x');
    expect(isOwnRepoURL(url, ['https://gitlab.com/org/x', 'https://github.com/org/x'])).toBe(true);
  });

  it('keeps what tells repositories apart: host, path, a port that is not the default', () => {
    expect(normalizeRepoURL('https://github.com/org/y')).not.toBe(normalizeRepoURL('git@github.com:org/x'));
    expect(normalizeRepoURL('https://git.example.com:8443/org/x')).toBe('https://git.example.com:8443/org/x');
    expect(isOwnRepoURL('https://github.com/org/x', null)).toBe(false);
    expect(isOwnRepoURL(undefined, ['https://github.com/org/x'])).toBe(false);
  });
});

describe('bootstrap Applications with one name in different files', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('are two clusters named by their files', () => {
    fx = new FixtureRepo(null);
    fx.write('argocd-bootstrap-apps/dev.yaml', bootstrap('root'));
    fx.write('argocd-bootstrap-apps/prod.yaml', bootstrap('root'));
    const t = topologyOf(fx);
    expect(t.findings).toEqual([]);
    expect(t.clusters.map((c) => [c.name, c.definedAt.file])).toEqual([
      ['dev', 'argocd-bootstrap-apps/dev.yaml'],
      ['prod', 'argocd-bootstrap-apps/prod.yaml'],
    ]);
  });

  it('are named by their destination, then their directory, when the file names are the same', () => {
    fx = new FixtureRepo(null);
    fx.write('.github/gitops-promotion.yaml', 'bootstrap:\n  glob: clusters/*/root.yaml\n');
    fx.write('clusters/a/root.yaml', bootstrap('root', { destinationName: 'eu-1' }));
    fx.write('clusters/b/root.yaml', bootstrap('root', { destinationName: 'us-1' }));
    expect(topologyOf(fx).clusters.map((c) => c.name)).toEqual(['eu-1', 'us-1']);
    fx.write('clusters/b/root.yaml', bootstrap('root'));
    expect(topologyOf(fx).clusters.map((c) => c.name)).toEqual(['a', 'b']);
  });

  it('keep a cluster label as the name, and a true clash (one derived name) is an error', () => {
    fx = new FixtureRepo(null);
    fx.write('argocd-bootstrap-apps/one.yaml', bootstrap('root', { label: 'dev' }));
    fx.write('argocd-bootstrap-apps/two.yaml', bootstrap('root', { label: 'dev' }));
    const t = topologyOf(fx);
    expect(t.clusters.map((c) => c.name)).toEqual(['dev']);
    expect(t.findings.map((f) => [f.rule, f.file, f.message])).toEqual([
      [
        'bootstrap-invalid',
        'argocd-bootstrap-apps/two.yaml',
        'cluster "dev" is already defined by argocd-bootstrap-apps/one.yaml:1 (give each bootstrap Application its own cluster label)',
      ],
    ]);
  });
});

describe('the default branch and the repository URL', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('precedence: config, origin/HEAD, the event, the only one of main and master', () => {
    const facts = { ...NO_FACTS, originHead: 'trunk', eventDefaultBranch: 'main', mainOrMaster: ['master'] };
    expect(resolveDefaultBranch({ defaultBranch: 'release' }, facts)).toEqual({
      name: 'release',
      source: 'config',
    });
    expect(resolveDefaultBranch({ defaultBranch: null }, facts)).toEqual({
      name: 'trunk',
      source: 'origin-head',
    });
    expect(resolveDefaultBranch({ defaultBranch: null }, { ...facts, originHead: null })).toEqual({
      name: 'main',
      source: 'event',
    });
    const noEvent = { ...facts, originHead: null, eventDefaultBranch: null };
    expect(resolveDefaultBranch({ defaultBranch: null }, noEvent)).toEqual({
      name: 'master',
      source: 'main-or-master',
    });
    expect(
      resolveDefaultBranch({ defaultBranch: null }, { ...noEvent, mainOrMaster: ['main', 'master'] }),
    ).toEqual({
      name: null,
      source: 'unknown',
    });
  });

  it('repoURL: config, then the origin remote, then the bootstrap Applications; each of them is this repository', () => {
    fx = new FixtureRepo(null);
    fx.write('argocd-bootstrap-apps/dev.yaml', bootstrap('dev'));
    const origin = { ...NO_FACTS, originURL: 'https://github.com/fork/x' };
    expect(topologyOf(fx)).toMatchObject({
      repoURL: 'https://github.com/example-org/x',
      repoURLSource: 'bootstrap',
    });
    expect(topologyOf(fx, origin)).toMatchObject({
      repoURL: 'https://github.com/fork/x',
      repoURLSource: 'origin',
      repoURLs: ['https://github.com/fork/x', 'https://github.com/example-org/x'],
    });
    fx.write('.github/gitops-promotion.yaml', 'repoURL: git@github.com:Example-Org/X.git\n');
    expect(topologyOf(fx, origin)).toMatchObject({
      repoURL: 'https://github.com/example-org/x',
      repoURLSource: 'config',
      repoURLs: ['https://github.com/example-org/x', 'https://github.com/fork/x'],
    });
  });
});

describe('config root', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('scopes the bootstrap glob; chart paths stay relative to the repository top', () => {
    fx = new FixtureRepo(null);
    fx.write('.github/gitops-promotion.yaml', 'root: deploy/gitops/\n');
    fx.write('deploy/gitops/argocd-bootstrap-apps/dev.yaml', bootstrap('dev'));
    fx.write('argocd-bootstrap-apps/elsewhere.yaml', bootstrap('elsewhere'));
    const config = loadConfig(fx.dir);
    expect([config.root, config.bootstrapGlob]).toEqual([
      'deploy/gitops',
      'deploy/gitops/argocd-bootstrap-apps/*.yaml',
    ]);
    expect(topologyOf(fx).clusters.map((c) => [c.name, c.chart])).toEqual([['dev', 'apps']]);
  });

  it.each([
    ['root: ../other\n', 2, 'root "../other" must be a path inside the repository'],
    ['root: /etc\n', 2, 'root "/etc" must be a path inside the repository'],
    [
      'bootstrap:\n  glob: ../../x/*.yaml\n',
      3,
      'bootstrap.glob "../../x/*.yaml" must be a path inside the repository',
    ],
    ['root: missing\n', 2, 'root missing is not a directory of the repository'],
  ])('%s is a configuration error at its line', (text, line, message) => {
    fx = new FixtureRepo(null);
    fx.write('.github/gitops-promotion.yaml', `# config\n${text}`);
    const error = (() => {
      try {
        loadConfig(fx!.dir);
      } catch (e) {
        return e;
      }
      throw new Error('loadConfig accepted it');
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).describe()).toBe(
      `.github/gitops-promotion.yaml:${line}: ${message}`,
    );
  });
});
