import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGit, type GitRun } from '../../src/git/exec.js';
import { exportTree } from '../../src/git/read-tree.js';
import { withSparseTrees } from '../../src/git/sparse-tree.js';
import type { TemplateRequest } from '../../src/ports/helm.js';
import { commitAll, git, isolatedGitEnv } from '../helpers/git.js';
import { testHelm } from '../helpers/helm.js';

/**
 * A tree without symlinks (most repositories) is opened without writing its directories: a directory
 * is made when a file is written into it, so the charts a diff never renders leave nothing on disk.
 * What is written is what a full export holds, and helm renders the same from it. A submodule is an
 * empty directory from the start, as a checkout leaves it.
 */

const env = isolatedGitEnv();
let root: string;
let repo: string;
let base: string;
let head: string;
let gitRun: GitRun;

const chart = (name: string) => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`;

function write(rel: string, text: string): void {
  const file = path.join(repo, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-sparse-lazy-'));
  repo = path.join(root, 'repo');
  git(root, env, 'init', '-q', '-b', 'dev', repo);
  write('charts/app/Chart.yaml', chart('app'));
  write('charts/app/values.yaml', 'from: app\n');
  write(
    'charts/app/templates/deep/nested/cm.yaml',
    'kind: ConfigMap\nmetadata:\n  name: {{ .Values.from }}\n',
  );
  write('charts/other/Chart.yaml', chart('other'));
  write('charts/other/templates/cm.yaml', 'kind: ConfigMap\n');
  write('envs/prod/values.yaml', 'from: prod\n');
  write('README.md', '# repo\n');
  base = commitAll(repo, env, 'base');
  // A submodule (a gitlink): an empty directory in a checkout.
  git(repo, env, 'update-index', '--add', '--cacheinfo', `160000,${base},vendor/sub`);
  write('charts/app/values.yaml', 'from: app2\n');
  git(repo, env, 'add', 'charts/app/values.yaml');
  git(repo, env, 'commit', '-q', '-m', 'head');
  head = git(repo, env, 'rev-parse', 'HEAD');
  gitRun = {
    dir: repo,
    exec: (args, options) =>
      runGit(repo, { PATH: process.env.PATH!, HOME: env.HOME!, GIT_CONFIG_NOSYSTEM: '1' }, args, options),
  };
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sides = () => [
  { sha: base, name: 'base' },
  { sha: head, name: 'head' },
];

describe('a sparse tree without symlinks', () => {
  it('makes no directory before a file is written into it; a submodule is an empty one at once', async () => {
    await withSparseTrees(
      gitRun,
      sides(),
      async ([b, h]) => {
        expect(readdirSync(b!.dir)).toEqual([]);
        expect(readdirSync(h!.dir)).toEqual(['vendor']);
        expect(readdirSync(path.join(h!.dir, 'vendor/sub'))).toEqual([]);
        await h!.materialize(['charts/app', 'envs/prod/values.yaml']);
        expect(readdirSync(path.join(h!.dir, 'charts'))).toEqual(['app']);
        expect(readFileSync(path.join(h!.dir, 'charts/app/values.yaml'), 'utf8')).toBe('from: app2\n');
        expect(statSync(path.join(h!.dir, 'charts/app/templates/deep/nested/cm.yaml')).isFile()).toBe(true);
        expect(readdirSync(path.join(h!.dir, 'envs'))).toEqual(['prod']);
        expect(existsSync(path.join(h!.dir, 'README.md'))).toBe(false);
        // What the other tree shares is a hard link there, into a directory made for it.
        await b!.materialize(['charts/app']);
        const ino = (t: typeof b, f: string) => statSync(path.join(t!.dir, f)).ino;
        expect(ino(b, 'charts/app/Chart.yaml')).toBe(ino(h, 'charts/app/Chart.yaml'));
        expect(ino(b, 'charts/app/values.yaml')).not.toBe(ino(h, 'charts/app/values.yaml'));
        expect(readdirSync(b!.dir)).toEqual(['charts']);
      },
      { linkIdentical: true },
    );
  });

  it('writes, once all is asked, exactly what a full export holds; helm renders the same from it', async () => {
    const full = realpathSync(mkdtempSync(path.join(root, 'full-')));
    await exportTree(gitRun, head, full);
    const helm = testHelm();
    const request = (dir: string): TemplateRequest => ({
      releaseName: 'app',
      chartDir: path.join(dir, 'charts/app'),
      namespace: 'apps',
      valueFiles: [path.join(dir, 'envs/prod/values.yaml')],
      parameters: [],
    });
    const listing = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .map(
          (d) => `${path.relative(dir, path.join(d.parentPath, d.name))} ${d.isDirectory() ? 'dir' : 'file'}`,
        )
        .sort();
    await withSparseTrees(gitRun, [{ sha: head, name: 'head' }], async ([t]) => {
      await t!.materialize(['charts/app', 'envs/prod/values.yaml']);
      const sparse = await helm.template(request(t!.dir));
      const whole = await helm.template(request(full));
      expect(sparse.ok).toBe(true);
      expect(sparse.stdout).toBe(whole.stdout);
      expect(sparse.stdout).toContain('name: prod');
      await t!.materialize(['', ...t!.charts]);
      expect(listing(t!.dir)).toEqual(listing(full));
    });
  });
});
