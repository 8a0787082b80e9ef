import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

describe('a helm error names the template line, whatever the chart directory is called', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('a chart at the repository root (helm names its templates after Chart.yaml, not the directory)', async () => {
    fx = new FixtureRepo(path.join(PROJECT_ROOT, 'test/fixtures/root-chart-repo'));
    fx.write('templates/broken.yaml', '# a comment\n{{ fail "boom" }}\n');
    const r = await validate({ repoDir: fx.dir, helm: testHelm(), logger: new RecordingLogger() });
    const f = r.findings.find((x) => x.rule === 'helm-template')!;
    expect([f.file, f.line]).toEqual(['templates/broken.yaml', 2]);
  });

  it('a chart whose Chart.yaml name differs from its directory', async () => {
    fx = new FixtureRepo();
    fx.replace('charts/app-of-apps/Chart.yaml', 'name: app-of-apps', 'name: platform-apps');
    fx.write('charts/app-of-apps/templates/broken.yaml', '\n\n{{ fail "boom" }}\n');
    const r = await validate({ repoDir: fx.dir, helm: testHelm(), logger: new RecordingLogger() });
    const f = r.findings.find((x) => x.rule === 'helm-template')!;
    expect([f.file, f.line]).toEqual(['charts/app-of-apps/templates/broken.yaml', 3]);
  });
});
