import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/gitops/config.js';
import { findKeyLine } from '../../src/gitops/locate.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology, normalizeRepoURL, resolveRef } from '../../src/gitops/topology.js';
import { ConfigurationError } from '../../src/errors.js';
import { EXAMPLE_REPO, FixtureRepo } from '../helpers/fixture-repo.js';

describe('topology discovery from bootstrap Applications', () => {
  it('reads every cluster of the example as Argo CD would', () => {
    const config = loadConfig(EXAMPLE_REPO);
    const t = discoverTopology(new RepoFiles(EXAMPLE_REPO, config.limits), config);
    expect(t.findings).toEqual([]);
    expect(t.repoURL).toBe('https://github.com/example-org/gitops-repo');
    expect(t.defaultBranch).toBe('dev');
    const dev = t.clusters[0]!;
    expect({ ...dev, bootstrap: undefined }).toEqual({
      name: 'dev-01',
      env: 'dev',
      envRef: 'dev',
      chart: 'charts/app-of-apps',
      valueFiles: ['values.dev-01.yaml'],
      valueRefs: {},
      controlPlaneNamespace: 'argocd',
      parameters: [],
      values: null,
      valuesObject: null,
      ignoreMissingValueFiles: false,
      releaseName: 'dev-01-apps',
      namespace: 'argocd',
      helmOptions: {
        fileParameters: [],
        skipCrds: false,
        skipSchemaValidation: false,
        skipTests: false,
        kubeVersion: null,
        apiVersions: [],
      },
      application: {
        name: 'dev-01-bootstrap-apps',
        namespace: 'argocd',
        project: 'default',
        repoURL: 'https://github.com/example-org/gitops-repo.git',
        path: 'charts/app-of-apps',
        targetRevision: 'HEAD',
      },
      repoURL: 'https://github.com/example-org/gitops-repo.git',
      targetRevision: 'HEAD',
      ref: 'dev',
      destination: null,
      definedAt: { file: 'argocd-bootstrap-apps/dev-01.yaml', line: 1, column: 1 },
      bootstrap: undefined,
    });
    expect(t.clusters.map((c) => `${c.name}:${c.env}:${c.ref}`)).toEqual([
      'dev-01:dev:dev',
      'stag-01:staging:staging',
      'ops-01:prod:stable',
      'prod-01:prod:stable',
    ]);
  });

  it('takes the cluster name from metadata.name and the env from the tracked ref when labels are absent', () => {
    const fx = new FixtureRepo();
    try {
      fx.replace(
        'argocd-bootstrap-apps/stag-01.yaml',
        '  labels:\n    cluster: stag-01\n    env: staging\n',
        '',
      );
      const config = loadConfig(fx.dir);
      const stag = discoverTopology(new RepoFiles(fx.dir, config.limits), config).clusters.find(
        (c) => c.name === 'stag-01',
      )!;
      expect([stag.env, stag.ref]).toEqual(['staging', 'staging']);
    } finally {
      fx.cleanup();
    }
  });

  it('reads helm parameters, inline values and releaseName of a bootstrap Application', () => {
    const fx = new FixtureRepo();
    try {
      fx.replace(
        'argocd-bootstrap-apps/dev-01.yaml',
        '      valueFiles:\n        - values.dev-01.yaml\n',
        '      valueFiles:\n        - values.dev-01.yaml\n      parameters:\n        - name: global.targetRevision\n          value: dev\n      values: |\n        loki:\n          enable: false\n',
      );
      const config = loadConfig(fx.dir);
      const dev = discoverTopology(new RepoFiles(fx.dir, config.limits), config).clusters[0]!;
      // Each parameter knows where it is written, for findings about it (values-shape).
      expect(dev.parameters).toEqual([
        {
          name: 'global.targetRevision',
          value: 'dev',
          at: {
            file: 'argocd-bootstrap-apps/dev-01.yaml',
            line: fx.lineOf('argocd-bootstrap-apps/dev-01.yaml', '- name: global'),
            column: 11,
          },
        },
      ]);
      expect(dev.values).toBe('loki:\n  enable: false\n');
    } finally {
      fx.cleanup();
    }
  });
});

describe('config', () => {
  it('uses the documented defaults when there is no config file', () => {
    const fx = new FixtureRepo(null);
    try {
      expect(loadConfig(fx.dir)).toEqual(defaultConfig());
    } finally {
      fx.cleanup();
    }
  });

  it('names the file and line of a config mistake', () => {
    const fx = new FixtureRepo(null);
    try {
      fx.write('.github/gitops-promotion.yaml', 'clusters:\n  - name: dev\n    env: 3\n');
      expect(() => loadConfig(fx.dir)).toThrow(ConfigurationError);
      try {
        loadConfig(fx.dir);
      } catch (e) {
        expect((e as ConfigurationError).describe()).toBe(
          '.github/gitops-promotion.yaml:3: clusters[0].env must be string, got number 3',
        );
      }
      fx.write('.github/gitops-promotion.yaml', 'rules:\n  no-such-rule: off\n');
      expect(() => loadConfig(fx.dir)).toThrow(/unknown rule "no-such-rule"/);
    } finally {
      fx.cleanup();
    }
  });

  it.each([
    ['# a comment\nrules:\n  no-such-rule: off\n', 3, 'unknown rule "no-such-rule" in rules (known: '],
    [
      'clusters:\n  - name: dev\n    env: dev\n  - name: dev\n    env: prod\n',
      4,
      'cluster "dev" is declared twice',
    ],
    [
      'applicationName: "^{cluster}-([a-"\n',
      1,
      'applicationName is not a regular expression: Invalid regular expression',
    ],
  ])('config mistakes found after the schema name their line too: %s', (text, line, message) => {
    const fx = new FixtureRepo(null);
    try {
      fx.write('.github/gitops-promotion.yaml', text);
      const error = (() => {
        try {
          loadConfig(fx.dir);
        } catch (e) {
          return e as ConfigurationError;
        }
        throw new Error('loadConfig accepted it');
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error.describe()).toContain(`.github/gitops-promotion.yaml:${line}: ${message}`);
    } finally {
      fx.cleanup();
    }
  });

  it('a --config that is a directory is a configuration error', () => {
    const fx = new FixtureRepo(null);
    try {
      fx.write('conf/x.yaml', 'rules: {}\n');
      expect(() => loadConfig(fx.dir, 'conf')).toThrow(
        new ConfigurationError('config file conf is not a file'),
      );
    } finally {
      fx.cleanup();
    }
  });
});

describe('refs and repo URLs', () => {
  it('HEAD means the default branch; refs/heads/ and refs/tags/ prefixes drop', () => {
    expect(resolveRef('HEAD', 'dev')).toBe('dev');
    expect(resolveRef('', 'dev')).toBe('dev');
    expect(resolveRef('refs/tags/stable', 'dev')).toBe('stable');
    expect(resolveRef('staging', 'dev')).toBe('staging');
  });

  it('compares repo URLs as Argo CD does', () => {
    const https = 'https://github.com/example-org/gitops-repo';
    for (const url of [
      'https://github.com/example-org/gitops-repo.git',
      'https://github.com/Example-Org/gitops-repo/',
      'git@github.com:example-org/gitops-repo.git',
      'ssh://git@github.com/example-org/gitops-repo.git',
    ]) {
      expect(normalizeRepoURL(url)).toBe(https);
    }
  });
});

describe('findKeyLine', () => {
  const tpl =
    'metadata:\n  name: x\nspec:\n  source:\n    helm:\n      valueFiles:\n  syncPolicy:\n    automated: {}\n';
  it('follows the key path by indentation', () => {
    expect(findKeyLine(tpl, ['spec', 'source', 'helm', 'valueFiles'])).toBe(6);
    expect(findKeyLine(tpl, ['spec', 'syncPolicy', 'automated'])).toBe(8);
    expect(findKeyLine(tpl, ['metadata', 'name'])).toBe(2);
    expect(findKeyLine(tpl, ['nothing'])).toBeNull();
  });
});
