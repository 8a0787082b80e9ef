/**
 * What helm and git actually get: validate and diff run with a fake `helm` (given with --helm) and a
 * fake `git` (first on PATH) that record their argv and whole environment, then exec the real
 * binaries. The parent environment is full of canaries; the recorded environments must be exactly
 * the allow-lists, and every helm argv `template . --name-template=…` with only our flags.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, helmBinary } from '../helpers/helm.js';
import { CANARY_ENV, cli, diffRepo, miniExample, type DiffRepo } from '../helpers/hostile.js';

/** Canaries of every kind in the parent environment: tokens, proxies, git and kube locations, helm's own knobs. */
const PARENT_CANARIES: Record<string, string> = {
  ...CANARY_ENV,
  HTTPS_PROXY: 'http://canary-proxy.invalid:3128',
  HTTP_PROXY: 'http://canary-proxy.invalid:3128',
  GIT_DIR: '/canary/git-dir',
  GIT_WORK_TREE: '/canary/work-tree',
  GIT_INDEX_FILE: '/canary/index',
  KUBECONFIG: '/canary/kubeconfig',
  HELM_PLUGINS: '/canary/helm-plugins',
  HELM_DRIVER: 'canary-driver',
  HELM_KUBECONTEXT: 'canary-context',
  HELM_REPOSITORY_CONFIG: '/canary/repositories.yaml',
  HELM_POST_RENDERER: '/canary/post-renderer',
  LANG: 'C.UTF-8',
  // The Go runtime's settings are ours: a caller's never reach helm.
  GOGC: '1',
  GOMEMLIMIT: '1MiB',
  GODEBUG: 'canary=1',
};
const HELM_ALLOWED = [
  'GOGC',
  'GOMEMLIMIT',
  'HELM_CACHE_HOME',
  'HELM_CONFIG_HOME',
  'HELM_DATA_HOME',
  'HELM_NO_PLUGINS',
  'HELM_PLUGINS',
  'HOME',
  'HTTPS_PROXY',
  'HTTP_PROXY',
  'KUBECONFIG',
  'LANG',
  'NO_PROXY',
  'PATH',
];
/** A render needs no network: the proxies are a dead loopback one, never the parent's. */
const DEAD_PROXY = { HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' };
/** `helm template` flags we pass, each as one `--flag=value` argument (or a bare switch). */
const OUR_FLAGS =
  /^--(name-template|namespace|kube-version|set|set-string|set-file|values|api-versions)=|^--(include-crds|skip-schema-validation|skip-tests)$/;

interface Call {
  argv: string[];
  env: Record<string, string>;
}

/** A node script that records one call (argv, environment) into `dir`, then runs `real` with the same args. */
function recorder(dir: string, name: string, real: string): string {
  const bin = path.join(dir, 'bin');
  execFileSync('mkdir', ['-p', bin]);
  const file = path.join(bin, name);
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
const id = process.pid + '-' + Date.now() + '-' + Math.random().toString(36).slice(2);
fs.writeFileSync(${JSON.stringify(dir)} + '/call-' + id + '.json', JSON.stringify({ argv: process.argv.slice(2), env: process.env }));
const r = spawnSync(${JSON.stringify(real)}, process.argv.slice(2), { stdio: 'inherit' });
process.exit(r.status === null ? 1 : r.status);
`,
  );
  chmodSync(file, 0o755);
  return file;
}

function calls(dir: string): Call[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('call-'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Call);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'gp-sandbox-'));
const gitLog = path.join(root, 'git-calls');
const saved = { ...process.env };
let mini = '';
let s: DiffRepo;

beforeAll(() => {
  execFileSync('mkdir', ['-p', gitLog]);
  mini = miniExample(root);
  s = diffRepo(mini, (fx) => {
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d');
    fx.append('charts/app-of-apps/values.dev-01.yaml', '\ncertManager:\n  labels:\n    note: "a,b"\n');
  });
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  recorder(gitLog, 'git', realGit);
  delete process.env.TZ;
  delete process.env.LC_ALL;
  Object.assign(process.env, PARENT_CANARIES, { PATH: `${path.join(gitLog, 'bin')}:${process.env.PATH}` });
});
afterAll(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  s.fx.cleanup();
  rmSync(root, { recursive: true, force: true });
});

function expectSandboxed(helmCalls: Call[]): void {
  expect(helmCalls.some((c) => c.argv[0] === 'template')).toBe(true);
  for (const c of helmCalls) {
    expect(Object.keys(c.env).sort()).toEqual(HELM_ALLOWED);
    expect(c.env.LANG).toBe('C.UTF-8');
    expect({
      HTTP_PROXY: c.env.HTTP_PROXY,
      HTTPS_PROXY: c.env.HTTPS_PROXY,
      NO_PROXY: c.env.NO_PROXY,
    }).toEqual(DEAD_PROXY);
    expect(c.env.PATH).toBe(process.env.PATH);
    const home = c.env.HOME!;
    expect(home).not.toBe(saved.HOME);
    expect(path.dirname(home)).toBe(os.tmpdir());
    expect(path.basename(home)).toMatch(/^gp-helm-/);
    for (const k of ['HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME', 'HELM_PLUGINS', 'KUBECONFIG'])
      expect(c.env[k]!.startsWith(`${home}/`), `${k}=${c.env[k]}`).toBe(true);
    expect(c.env.KUBECONFIG).not.toBe(PARENT_CANARIES.KUBECONFIG);
    expect(existsSync(c.env.KUBECONFIG!)).toBe(false);
    expect(c.env.HELM_NO_PLUGINS).toBe('1');
    expect(c.env.GOGC).toBe('400');
    expect(c.env.GOMEMLIMIT).toMatch(/^[1-9][0-9]*MiB$/);
    expect(Number.parseInt(c.env.GOMEMLIMIT!, 10)).toBeGreaterThanOrEqual(256);
    expect(c.env.GODEBUG).toBeUndefined();
    if (c.argv[0] === 'version') {
      expect(c.argv).toEqual(['version', '--short']);
      continue;
    }
    expect(c.argv.slice(0, 2)).toEqual(['template', '.']);
    expect(c.argv[2]).toMatch(/^--name-template=[a-z0-9][-a-z0-9.]*$/);
    for (const a of c.argv.slice(2)) expect(a, c.argv.join(' ')).toMatch(OUR_FLAGS);
  }
}

describe.each(HELM_MAJORS)('helm and git see only their allow-lists (Helm %i)', (major) => {
  let dir = '';
  let fakeHelm = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(root, `helm${major}-`));
    fakeHelm = recorder(dir, 'helm', helmBinary(major));
  });

  it('validate: every helm call is sandboxed', async () => {
    const r = await cli(['validate', '--helm', fakeHelm], s.fx.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const helmCalls = calls(dir);
    expectSandboxed(helmCalls);
    expect(helmCalls.filter((c) => c.argv[0] === 'template')).toHaveLength(1);
  });

  it('validate with fileParameters and skip flags: --set-file names a file inside the repository', async () => {
    for (const f of readdirSync(dir)) if (f.startsWith('call-')) rmSync(path.join(dir, f));
    const fx = new FixtureRepo(mini);
    try {
      fx.write('charts/app-of-apps/files/note.txt', 'a,b');
      fx.replace(
        'argocd-bootstrap-apps/dev-01.yaml',
        '      valueFiles:\n',
        '      skipTests: true\n      skipSchemaValidation: true\n      fileParameters:\n        - name: certManager.labels.note\n          path: files/note.txt\n      valueFiles:\n',
      );
      const r = await cli(['validate', '--helm', fakeHelm], fx.dir);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const helmCalls = calls(dir);
      expectSandboxed(helmCalls);
      const template = helmCalls.find((c) => c.argv[0] === 'template')!;
      expect(template.argv).toEqual(
        expect.arrayContaining([
          `--set-file=certManager.labels.note=${fx.path('charts/app-of-apps/files/note.txt')}`,
          '--include-crds',
          '--skip-schema-validation',
          '--skip-tests',
        ]),
      );
    } finally {
      fx.cleanup();
    }
  });

  it('diff (deep): every helm call is sandboxed, and a --set value with commas stays one argument', async () => {
    for (const f of readdirSync(dir)) if (f.startsWith('call-')) rmSync(path.join(dir, f));
    const r = await cli(['diff', '--base', s.base, '--head', s.head, '--helm', fakeHelm], s.fx.dir, s.env);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('dev-01-cert-manager');
    const helmCalls = calls(dir);
    expectSandboxed(helmCalls);
    // Two cluster renders and the deep renders of the changed Applications (base and head).
    expect(helmCalls.filter((c) => c.argv[0] === 'template').length).toBeGreaterThanOrEqual(4);
  });
});

describe('git', () => {
  it('never sees a token, INPUT_*, GIT_DIR/GIT_WORK_TREE/GIT_INDEX_FILE, KUBECONFIG or HELM_*', async () => {
    const r = await cli(['validate', '--ref', s.head, '--helm', helmBinary()], s.fx.dir, s.env);
    expect(r.code, r.stderr).toBe(0);
    const d = await cli(
      ['diff', '--base', s.base, '--head', s.head, '--no-deep', '--helm', helmBinary()],
      s.fx.dir,
      s.env,
    );
    expect(d.code, d.stderr).toBe(0);
    const tool = calls(gitLog);
    expect(tool.some((c) => c.argv.includes('cat-file') && c.argv.includes('--batch'))).toBe(true);
    for (const c of tool) {
      const keys = Object.keys(c.env);
      expect(
        keys.filter((k) =>
          /^INPUT_|TOKEN|SECRET|^GIT_(DIR|WORK_TREE|INDEX_FILE)$|^KUBECONFIG$|^HELM_/.test(k),
        ),
        c.argv.join(' '),
      ).toEqual([]);
      for (const v of Object.values(CANARY_ENV)) expect(JSON.stringify(c)).not.toContain(v);
    }
  });
});
