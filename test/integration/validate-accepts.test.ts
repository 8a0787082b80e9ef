import { cpSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { multiSourceApp, multiSourceBootstrap } from './seeded-defects.js';

const AOA = 'charts/app-of-apps';
const DEV_BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';

/** Valid, if unusual, repos that Helm and Argo CD take as they are: validate must not flag them. */
const ACCEPTED: { name: string; seed(fx: FixtureRepo): void }[] = [
  {
    name: 'null in a cluster values file deletes an inherited key (Helm semantics)',
    seed: (fx) => fx.append(`${AOA}/values.dev-01.yaml`, '\nvelero: null\n'),
  },
  {
    name: 'a layered values file that holds only a comment document',
    seed: (fx) => {
      fx.write(`${AOA}/values.common.yaml`, '---\n# nothing shared yet\n');
      fx.replace(DEV_BOOTSTRAP, '- values.dev-01.yaml', '- values.common.yaml\n        - values.dev-01.yaml');
    },
  },
  {
    name: 'a multi-source Application reading its values from this repo ($values/…)',
    seed: (fx) => fx.write(`${AOA}/templates/redis.yaml`, multiSourceApp('charts/monitoring/values.yaml')),
  },
  {
    name: 'a multi-source bootstrap Application taking its values from a ref source ($values/…)',
    seed: (fx) => fx.write(DEV_BOOTSTRAP, multiSourceBootstrap(`$values/${AOA}/values.dev-01.yaml`)),
  },
  {
    name: "a multi-source bootstrap whose $values/… file is in the cluster's own directory",
    seed: (fx) => {
      fx.write('clusters/dev-01/apps.yaml', fx.read(`${AOA}/values.dev-01.yaml`));
      fx.write(DEV_BOOTSTRAP, multiSourceBootstrap('$values/clusters/dev-01/apps.yaml'));
    },
  },
  {
    name: 'a cluster alone on its app-of-apps chart, with no values file named for it (nothing to tell it apart from)',
    seed: (fx) => {
      cpSync(fx.path(AOA), fx.path('charts/dev-apps'), { recursive: true });
      for (const c of ['stag-01', 'ops-01', 'prod-01']) fx.remove(`charts/dev-apps/values.${c}.yaml`);
      fx.write('charts/dev-apps/values.shared.yaml', fx.read(`${AOA}/values.dev-01.yaml`));
      fx.remove('charts/dev-apps/values.dev-01.yaml');
      fx.remove(`${AOA}/values.dev-01.yaml`);
      fx.replace(DEV_BOOTSTRAP, 'path: charts/app-of-apps', 'path: charts/dev-apps');
      fx.replace(DEV_BOOTSTRAP, '- values.dev-01.yaml', '- values.shared.yaml');
    },
  },
  {
    name: 'a values file named for no cluster that an Application reads ($values/…) is not an orphan',
    seed: (fx) => {
      fx.write('charts/monitoring/values.legacy.yaml', 'replicas: 1\n');
      fx.write(`${AOA}/templates/redis.yaml`, multiSourceApp('charts/monitoring/values.legacy.yaml'));
    },
  },
  {
    name: 'a valueFiles entry with an absolute path (Argo CD: from the repository root)',
    seed: (fx) => fx.replace(DEV_BOOTSTRAP, '- values.dev-01.yaml', `- /${AOA}/values.dev-01.yaml`),
  },
];

describe('validate accepts what Helm and Argo CD accept', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it.each(ACCEPTED.map((a) => [a.name, a] as const))('%s', async (_name, accepted) => {
    fx = new FixtureRepo();
    accepted.seed(fx);
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(result.findings).toEqual([]);
    expect(result.clusters.every((c) => c.rendered)).toBe(true);
  });

  it('a repo directory that does not exist is a configuration error, not "no clusters found"', async () => {
    await expect(
      validate({
        repoDir: '/nonexistent/gitops-repo',
        git: createGit('/nonexistent/gitops-repo'),
        helm: testHelm(),
        logger: new RecordingLogger(),
      }),
    ).rejects.toThrow('/nonexistent/gitops-repo is not a directory (give the GitOps repo with --repo)');
  });
});
