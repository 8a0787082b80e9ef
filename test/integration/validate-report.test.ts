import { afterEach, describe, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import { renderMarkdown, renderText } from '../../src/report/validate-report.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { expectGolden } from '../helpers/golden.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

describe('validate reports (golden)', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('job summary of the clean example: verdict, clusters, what-runs-where', async () => {
    fx = new FixtureRepo();
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expectGolden('validate-summary-clean.md', renderMarkdown(result, { annotated: 0 }));
  });

  it('job summary and text output with findings of several kinds', async () => {
    fx = new FixtureRepo();
    // The golden's schema error comes from the built-in schema (by default it would be a warning).
    fx.append('.github/gitops-promotion.yaml', 'valuesSchema: builtin\n');
    fx.replace(
      'charts/app-of-apps/values.prod-01.yaml',
      'velero:\n  enable: true',
      'velero:\n  enable: "yes"',
    );
    fx.replace(
      'charts/app-of-apps/values.dev-01.yaml',
      'https://dev-01.k8s.example.com',
      'https://stag-01.k8s.example.com',
    );
    fx.replace(
      'charts/app-of-apps/values.yaml',
      'argocd.argoproj.io/sync-wave: "5"',
      'argocd.argoproj.io/sync-wave: "10"',
    );
    fx.write('charts/app-of-apps/values.dev-02.yaml', '{}\n');
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expectGolden('validate-summary-findings.md', renderMarkdown(result, { annotated: 3 }));
    expectGolden('validate-text-findings.txt', renderText(result));
  });
});
