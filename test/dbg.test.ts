import { it } from 'vitest';
import { diff } from '/work/main/src/commands/diff.js';
import { FixtureRepo } from '/work/main/test/helpers/fixture-repo.js';
import { testHelm } from '/work/main/test/helpers/helm.js';
import { RecordingLogger } from '/work/main/test/helpers/logger.js';
import { commitAll, initRepo, isolatedGitEnv } from '/work/main/test/helpers/git.js';
it('dbg', async () => {
  const fx = new FixtureRepo(); const env = isolatedGitEnv();
  const base = initRepo(fx.dir, env);
  fx.replace('charts/app-of-apps/values.dev-01.yaml', '2d', '3d');
  fx.replace('charts/loki/values.yaml', 'retention', 'retention');
  const head = commitAll(fx.dir, env, 'change');
  const helm = testHelm();
  const t = Date.now();
  const r = await diff({ repoDir: fx.dir, base, head, helm, logger: new RecordingLogger(), env });
  console.log(Date.now() - t, 'ms');
  console.log(JSON.stringify({ ...r, clusters: r.clusters.map(c => ({...c, apps: c.apps.map(a => ({...a, unified: a.unified.slice(0, 400)}))})) }, null, 1).slice(0, 6000));
  console.log(helm.invocations.map(a => a.slice(0, 3).join(' ')));
});
