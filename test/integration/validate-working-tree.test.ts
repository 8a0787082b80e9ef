import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { FixtureRepo, PROJECT_ROOT } from '../helpers/fixture-repo.js';
import { git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

const SECRET = 'AUTHORIZATION: basic c2VjcmV0LWNoZWNrb3V0LXRva2Vu';

async function validateCli(fx: FixtureRepo, env: NodeJS.ProcessEnv) {
  const out = { code: 0, stdout: '', stderr: '' };
  const io: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd: fx.dir, env };
  out.code = await runCli(['validate', '--repo', fx.dir, '--format', 'json'], io);
  return out;
}

/** A checkout as actions/checkout leaves it: its token in .git/config. */
function checkout(from: string): { fx: FixtureRepo; env: NodeJS.ProcessEnv } {
  const fx = new FixtureRepo(from);
  const env = { ...isolatedGitEnv(), HELM: helmBinary() };
  initRepo(fx.dir, env, 'main');
  git(fx.dir, env, 'config', 'http.https://github.com/.extraheader', SECRET);
  return { fx, env };
}

describe('validate of a working tree never shows helm the .git directory', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('a chart at the repository root cannot read .git/config with .Files.Get', async () => {
    const c = checkout(path.join(PROJECT_ROOT, 'test/fixtures/root-chart-repo'));
    fx = c.fx;
    fx.write('templates/leak.yaml', '{{ fail (.Files.Get ".git/config" | b64enc) }}\n');
    const r = await validateCli(fx, c.env);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('helm template failed');
    expect(r.stdout + r.stderr).not.toContain('extraheader');
    expect(r.stdout + r.stderr).not.toContain(Buffer.from(SECRET).toString('base64').slice(0, 24));
    expect(r.stdout + r.stderr).not.toContain(Buffer.from('[core]').toString('base64').slice(0, 6));
  });

  it('a symlink into .git is refused before helm runs', async () => {
    const c = checkout(path.join(PROJECT_ROOT, 'examples/gitops-repo'));
    fx = c.fx;
    symlinkSync('../../.git/config', fx.path('charts/app-of-apps/gitcfg'));
    fx.write(
      'charts/app-of-apps/templates/leak.yaml',
      '{{ fail (printf "leak:%s" (.Files.Get "gitcfg" | b64enc)) }}\n',
    );
    const r = await validateCli(fx, c.env);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gitops-promotion validate: symlinks point outside the repository or into .git (Argo CD refuses to render it): charts/app-of-apps/gitcfg\n',
    });
  });
});
