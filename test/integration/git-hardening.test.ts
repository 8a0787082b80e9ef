import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { Git } from '../../src/git/git.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';
import { actedOn, runnerReads } from '../helpers/runner-commands.js';

async function cli(argv: string[], env: NodeJS.ProcessEnv, cwd: string) {
  const out = { code: 0, stdout: '', stderr: '' };
  const io: CliIO = { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t), cwd, env };
  out.code = await runCli(argv, io);
  return out;
}

describe('git never runs what the repository asks for', () => {
  let fx: FixtureRepo;
  let env: NodeJS.ProcessEnv;
  let canary: string;
  let sha: string;

  beforeAll(() => {
    fx = new FixtureRepo();
    env = { ...isolatedGitEnv(), HELM: helmBinary() };
    canary = path.join(mkdtempSync(path.join(os.tmpdir(), 'gp-canary-')), 'smudged');
    initRepo(fx.dir, env, 'main');
    // The machine's git config defines filters (as git-lfs does on runners); the tree's
    // .gitattributes applies them to every file, and asks for CRLF line ends.
    writeFileSync(
      env.GIT_CONFIG_GLOBAL!,
      `${readFileSync(env.GIT_CONFIG_GLOBAL!, 'utf8')}[filter "evil"]\n\tclean = cat\n\tsmudge = "sh -c 'touch ${canary}; cat'"\n\trequired = true\n`,
    );
    fx.write('.gitattributes', '*.yaml filter=evil\nvalues.yaml text eol=crlf\n');
    git(fx.dir, env, 'add', '.gitattributes');
    git(fx.dir, env, 'commit', '-q', '-m', 'attributes');
    sha = git(fx.dir, env, 'rev-parse', 'HEAD');
    rmSync(canary, { force: true });
  });
  afterAll(() => fx.cleanup());

  it('exports a tree from the object store: no smudge filter, no eol conversion', async () => {
    const target = mkdtempSync(path.join(os.tmpdir(), 'gp-export-'));
    await new Git(fx.dir, env).exportTree(sha, target);
    expect(existsSync(canary)).toBe(false);
    const file = 'charts/app-of-apps/values.yaml';
    expect(readFileSync(path.join(target, file))).toEqual(
      Buffer.from(git(fx.dir, env, 'cat-file', 'blob', `${sha}:${file}`) + '\n'),
    );
    expect(readFileSync(path.join(target, file), 'utf8')).not.toContain('\r\n');
    rmSync(target, { recursive: true, force: true });
  });

  it('validate --ref and diff read the refs without running a filter', async () => {
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
    commitAll(fx.dir, env, 'change');
    const v = await cli(['validate', '--ref', sha, '--repo', fx.dir], env, fx.dir);
    expect(v).toMatchObject({ code: 0, stderr: '' });
    const d = await cli(
      ['diff', '--base', sha, '--head', 'HEAD', '--repo', fx.dir, '--no-deep'],
      env,
      fx.dir,
    );
    expect(d.code).toBe(0);
    expect(d.stdout).toContain('dev-01');
    expect(existsSync(canary)).toBe(false);
  });

  it('refuses a name that is both a branch and a tag, naming both', async () => {
    git(fx.dir, env, 'branch', 'stable', sha);
    git(fx.dir, env, 'tag', 'stable', 'HEAD');
    const r = await cli(['diff', '--base', 'stable', '--head', 'HEAD', '--repo', fx.dir], env, fx.dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'gitops-promotion diff: git ref "stable" is ambiguous: refs/heads/stable and refs/tags/stable both exist; give the full ref name\n',
    });
    const full = await cli(
      ['diff', '--base', 'refs/heads/stable', '--head', 'HEAD', '--repo', fx.dir, '--no-deep'],
      env,
      fx.dir,
    );
    expect(full.code).toBe(0);
  });

  it.each([
    ['--upload-pack=touch /tmp/x'],
    ['--output=/tmp/x'],
    ['a..b'],
    ['x:y'],
    ['a b'],
    ['HEAD\n::error ::x'],
  ])('refuses %j as a ref before git sees it', async (ref) => {
    const r = await cli(['diff', `--base=${ref}`, '--head', 'HEAD', '--repo', fx.dir], env, fx.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    // stderr is made command-safe (a payload with `::` is wrapped in stop-commands markers).
    expect(r.stderr).toContain(
      `gitops-promotion diff: "${JSON.stringify(ref).slice(1, -1)}" is not a git ref name or commit sha\n`,
    );
    expect(actedOn(runnerReads(r.stderr))).toEqual([]);
  });
});

describe('a tree git fsck would refuse is never written', () => {
  it('refuses a symlink and a directory of one name (a write through the link would leave the export)', async () => {
    const fx = new FixtureRepo();
    const env = { ...isolatedGitEnv(), HELM: helmBinary() };
    const base = initRepo(fx.dir, env, 'main');
    const outside = mkdtempSync(path.join(os.tmpdir(), 'gp-outside-'));
    const blob = (text: string) =>
      execFileSync('git', ['hash-object', '-w', '--stdin'], {
        cwd: fx.dir,
        env,
        input: text,
        encoding: 'utf8',
      }).trim();
    const mktree = (lines: string) =>
      execFileSync('git', ['mktree'], { cwd: fx.dir, env, input: lines, encoding: 'utf8' }).trim();
    const inner = mktree(`120000 blob ${blob('/etc/hostname')}\tpwned-link\n`);
    const top = git(fx.dir, env, 'rev-parse', `${base}^{tree}`);
    const listing = execFileSync('git', ['ls-tree', top], { cwd: fx.dir, env, encoding: 'utf8' });
    const tree = mktree(`${listing}120000 blob ${blob(outside)}\tzz\n040000 tree ${inner}\tzz\n`);
    const head = git(fx.dir, env, 'commit-tree', tree, '-p', base, '-m', 'evil');
    const r = await cli(['diff', '--base', base, '--head', head, '--repo', fx.dir], env, fx.dir);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'gitops-promotion diff: the tree has "zz/pwned-link" under "zz", which is a file or a link\n',
    });
    expect(readdirSync(outside)).toEqual([]);
    fx.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });
});

describe('a shallow clone', () => {
  let fx: FixtureRepo;
  let clone: string;
  let env: NodeJS.ProcessEnv;
  let middle: string;

  beforeAll(() => {
    fx = new FixtureRepo();
    env = { ...isolatedGitEnv(), HELM: helmBinary() };
    initRepo(fx.dir, env, 'dev');
    git(fx.dir, env, 'branch', 'staging');
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
    middle = commitAll(fx.dir, env, 'change');
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 3d', 'retention: 4d');
    commitAll(fx.dir, env, 'change again');
    clone = mkdtempSync(path.join(os.tmpdir(), 'gp-shallow-'));
    git(clone, env, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${fx.dir}`, '.');
  });
  afterAll(() => {
    fx.cleanup();
    rmSync(clone, { recursive: true, force: true });
  });

  it('promote refuses it up front and says fetch-depth: 0', async () => {
    const r = await cli(['promote', '--repo', clone, '--dry-run'], env, clone);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `gitops-promotion promote: ${clone} is a shallow clone, and promote needs the history: check out with fetch-depth: 0 (actions/checkout), or run git fetch --unshallow\n`,
    });
  });

  it('diff says a missing base is due to the shallow clone', async () => {
    const r = await cli(['diff', '--base', middle, '--head', 'HEAD', '--repo', clone], env, clone);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `gitops-promotion diff: git ref "${middle}" is not in ${clone}, a shallow clone: check out with fetch-depth: 0 (actions/checkout) so both refs are there\n`,
    });
  });
});
