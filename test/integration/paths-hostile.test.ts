import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DIFF_INPUTS, diffStep } from '../../src/actions/diff-action.js';
import { parseInputs } from '../../src/actions/inputs.js';
import { PROMOTE_INPUTS, promoteStep } from '../../src/actions/promote-action.js';
import { VALIDATE_INPUTS, validateStep } from '../../src/actions/validate-action.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { ConfigurationError } from '../../src/errors.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { commitAll } from '../helpers/git.js';
import { helmBinary } from '../helpers/helm.js';

const SECRET = 'OUTSIDE-SECRET-5f3a';

/** Every file and directory under `root`, relative, sorted. */
function walk(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? [r, ...walk(root, r)] : [r];
    })
    .sort();
}

function io(s: Scenario) {
  const out = { stdout: '', stderr: '' };
  const cli: CliIO = {
    stdout: (t) => (out.stdout += t),
    stderr: (t) => (out.stderr += t),
    cwd: s.fx.dir,
    env: { ...s.env, HELM: helmBinary() },
  };
  return { cli, out };
}

/** Cluster names a pull request may write into a bootstrap Application's `cluster` label. */
const HOSTILE = ['../../x', '/abs', 'a/b', 'a?b', '..', '.', 'x\ny', 'y'.repeat(200)];

describe('hostile names and paths', () => {
  let s: Scenario | undefined;
  const temps: string[] = [];
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
    for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('diff --output-dir writes every cluster patch inside the output dir, whatever the cluster is called', async () => {
    s = scenario((fx) => {
      const bootstrap = fx.read('argocd-bootstrap-apps/dev-01.yaml');
      HOSTILE.forEach((name, i) =>
        fx.write(
          `argocd-bootstrap-apps/hostile-${i}.yaml`,
          bootstrap
            .replace('name: dev-01-bootstrap-apps', `name: hostile-${i}-bootstrap-apps`)
            .replace('cluster: dev-01', `cluster: ${JSON.stringify(name)}`),
        ),
      );
    });
    const parent = mkdtempSync(path.join(os.tmpdir(), 'gp-hostile-out-'));
    temps.push(parent);
    const out = path.join(parent, 'a', 'b', 'out');
    const a = io(s);
    const args = ['diff', '--base', s.base, '--head', s.head, '--no-deep', '--output-dir', out];
    expect(await runCli(args, a.cli), a.out.stderr).toBe(0);
    expect(walk(parent).filter((f) => !f.startsWith('a/b/out/'))).toEqual(['a', 'a/b', 'a/b/out']);
    const report = JSON.parse(readFileSync(path.join(out, 'diff.json'), 'utf8')) as {
      clusters: { name: string }[];
      patchFiles: { cluster: string; file: string }[];
    };
    const patched = report.patchFiles.map((p) => p.cluster);
    for (const name of HOSTILE) expect(patched).toContain(name);
    const files = report.patchFiles.map((p) => p.file);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    expect(walk(out)).toEqual(['clusters', ...files, 'diff.json', 'diff.md'].sort());
    for (const f of files) expect(f).toMatch(/^clusters\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\.diff$/);
  });

  describe('--config must name a file inside the repository', () => {
    function prepared(): { s: Scenario; outside: string } {
      const sc = scenario((fx) => fx.write('README.md', 'x\n'));
      const outside = path.join(path.dirname(sc.fx.dir), `gp-outside-${path.basename(sc.fx.dir)}.yaml`);
      writeFileSync(outside, `${SECRET}: [\n`); // also invalid YAML: a parse error would quote it
      temps.push(outside);
      symlinkSync(outside, sc.fx.path('link-to-outside.yaml'));
      return { s: sc, outside };
    }

    it('validate, diff and promote exit 2 naming the path, never reading the file', async () => {
      const p = prepared();
      s = p.s;
      const given = [`../${path.basename(p.outside)}`, p.outside, '/etc/passwd', 'link-to-outside.yaml'];
      const commands: [string, string[]][] = [
        ['validate', []],
        ['validate', ['--ref', s.head]],
        ['diff', ['--base', s.base, '--head', s.head]],
        ['promote', ['--dry-run', '--skip-gates', '--reason', 'test']],
      ];
      for (const [command, extra] of commands) {
        for (const config of given) {
          const a = io(s);
          const code = await runCli([command, ...extra, '--config', config], a.cli);
          expect([code, a.out.stderr], `${command} --config ${config}`).toEqual([
            2,
            `gitops-promotion ${command}: config file ${config} must be inside the repository\n`,
          ]);
          expect(a.out.stdout).toBe('');
          expect(a.out.stderr).not.toContain('root:');
        }
      }
    });

    it('an absolute path inside the repository is the repo-relative file, also for diff (read at each ref)', async () => {
      s = scenario((fx) => fx.write('README.md', 'x\n'));
      s.fx.write('cfg/diff.yaml', 'clusterLabel: cluster\n');
      const head = commitAll(s.fx.dir, s.env, 'config');
      const a = io(s);
      const args = ['diff', '--base', head, '--head', head, '--config', s.fx.path('cfg/diff.yaml')];
      expect(await runCli(args, a.cli), a.out.stderr).toBe(0);
      expect(a.out.stdout).toMatch(/: 0 of 4 clusters changed/);
    });

    it('diff checks the config path in each tree it reads, not only on the command line', async () => {
      s = scenario((fx) => fx.write('README.md', 'x\n'));
      await expect(runDiff(s, { configFile: '../outside.yaml' })).rejects.toThrow(
        new ConfigurationError('config file ../outside.yaml must be inside the repository'),
      );
    });
  });

  describe("the actions' path input stays inside GITHUB_WORKSPACE", () => {
    function workspace(): { env: NodeJS.ProcessEnv; ws: string } {
      const parent = mkdtempSync(path.join(os.tmpdir(), 'gp-hostile-ws-'));
      temps.push(parent);
      const ws = path.join(parent, 'ws');
      mkdirSync(ws);
      mkdirSync(path.join(parent, 'elsewhere'));
      symlinkSync(path.join(parent, 'elsewhere'), path.join(ws, 'link-out'));
      return { ws, env: { PATH: process.env.PATH, GITHUB_WORKSPACE: ws, RUNNER_TEMP: parent } };
    }
    const steps: [string, (p: string, env: NodeJS.ProcessEnv) => Promise<unknown>][] = [
      [
        'validate',
        (p, env) =>
          validateStep(
            parseInputs(VALIDATE_INPUTS, {
              path: p,
              ref: '',
              config: '',
              helm: '',
              'report-path': '',
              'fail-on-error': '',
            }),
            env,
          ),
      ],
      [
        'diff',
        (p, env) =>
          diffStep(
            parseInputs(DIFF_INPUTS, {
              base: 'main',
              head: 'main',
              path: p,
              config: '',
              helm: '',
              deep: '',
              'dependency-build': '',
              clusters: '',
              comment: 'false',
              'pr-number': '',
              token: '',
              'output-dir': '',
            }),
            env,
          ),
      ],
      [
        'promote',
        (p, env) =>
          promoteStep(
            parseInputs(PROMOTE_INPUTS, {
              from: '',
              to: '',
              sha: '',
              strategy: '',
              mode: '',
              'dry-run': 'true',
              'skip-gates': '',
              reason: '',
              path: p,
              config: '',
              helm: '',
              token: '',
              'argocd-server': '',
              'argocd-token': '',
              deployment: '',
              remote: '',
            }),
            env,
          ),
      ],
    ];

    for (const [name, step] of steps) {
      it(`${name}: ../.., an absolute path elsewhere and a symlink out are refused`, async () => {
        const { env, ws } = workspace();
        for (const p of ['../..', '..', '/etc', path.join(path.dirname(ws), 'elsewhere'), 'link-out']) {
          await expect(step(p, env), p).rejects.toThrow(
            new ConfigurationError(`input path ${p} must be inside GITHUB_WORKSPACE (${ws})`),
          );
        }
      });
    }
  });
});
