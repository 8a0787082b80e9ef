/**
 * Hostile input to the parts of Argo CD's recipe that read files or substitute variables:
 * fileParameters paths, symlinks, `.argocd-source*.yaml` overrides, valueFiles globs, build
 * variables in values. A path never leaves the repository (nor reads its .git), a value never becomes
 * a flag, and a variable never reads the environment. Each case runs under Helm 4 and 3 with canary
 * tokens in the environment and a canary file its payload would create.
 */
import { symlinkSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { git, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { HELM_MAJORS, helmBinary } from '../helpers/helm.js';
import { cli, diffRepo, HostileSandbox, miniExample, type DiffRepo } from '../helpers/hostile.js';

const BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';
const CHART = 'charts/app-of-apps';
const CASE_TIMEOUT = 30_000;
const OUTSIDE_MARK = 'canary-outside-file-secret';
/** In the fixture's own .git/config (under TMPDIR, so not one of the sandbox's canaries). */
const GIT_CREDENTIAL = 'gitconfig-credential-Vb5r';

const sb = new HostileSandbox();
let mini = '';
beforeAll(() => {
  sb.install();
  mini = miniExample(sb.tmp);
});
afterAll(() => sb.uninstall());

const q = (s: string) => JSON.stringify(s);
// A function replacement: `$$` and `$&` in the hostile text stay as written.
const helmBlock = (yaml: string) => (t: string) =>
  t.replace('      valueFiles:\n', () => `${yaml}      valueFiles:\n`);
const fileParameter = (name: string, path: string) =>
  helmBlock(`      fileParameters:\n        - name: ${q(name)}\n          path: ${q(path)}\n`);

interface Case {
  id: string;
  edit: (text: string) => string;
  files?: Record<string, string>;
  /** The file and the text of the line the finding is at. */
  at: [string, string];
  message: RegExp;
}

const CASES = (): Case[] => [
  {
    id: 'file-parameter-etc-passwd',
    edit: fileParameter('leak', '../../etc/passwd'),
    at: [BOOTSTRAP, '- name: "leak"'],
    // Two levels up from the chart is the repository root: its etc/passwd, which is not there.
    message: /file parameter leak: etc\/passwd does not exist/,
  },
  {
    id: 'file-parameter-deep-traversal',
    edit: fileParameter('leak', '../../../../../../../../etc/passwd'),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /resolved to outside repository root/,
  },
  {
    id: 'file-parameter-proc-environ',
    // `/x` is from the repository root, as for Argo CD: not the machine's /proc.
    edit: fileParameter('leak', '/proc/self/environ'),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /file parameter leak: proc\/self\/environ does not exist/,
  },
  {
    id: 'file-parameter-outside-secret',
    edit: fileParameter('leak', sb.secretFile),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /does not exist/,
  },
  {
    id: 'file-parameter-file-url',
    edit: fileParameter('leak', `file://${sb.secretFile}`),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /the URL scheme 'file' is not allowed/,
  },
  {
    id: 'file-parameter-variable-traversal',
    // A variable cannot walk out either: the path is resolved after substitution.
    edit: fileParameter('leak', '../../../..${ARGOCD_APP_SOURCE_PATH}/../../etc/passwd'),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /resolved to outside repository root/,
  },
  {
    id: 'file-parameter-dot-git',
    edit: fileParameter('leak', '/.git/config'),
    at: [BOOTSTRAP, '- name: "leak"'],
    message: /is inside \.git/,
  },
  {
    id: 'file-parameter-name-flag',
    edit: fileParameter('--post-renderer', 'values.yaml'),
    at: [BOOTSTRAP, '- name: "--post-renderer"'],
    message: /parameter name "--post-renderer" is not a helm --set path/,
  },
  {
    id: 'override-file-parameter',
    edit: (t) => t,
    files: {
      [`${CHART}/.argocd-source-dev-01-bootstrap-apps.yaml`]:
        'helm:\n  fileParameters:\n  - name: leak\n    path: ../../../../etc/passwd\n',
    },
    at: [`${CHART}/.argocd-source-dev-01-bootstrap-apps.yaml`, 'helm:'],
    message: /resolved to outside repository root/,
  },
  {
    id: 'override-value-file',
    edit: (t) => t,
    files: { [`${CHART}/.argocd-source.yaml`]: 'helm:\n  valueFiles:\n  - /proc/../../etc/passwd\n' },
    at: [`${CHART}/.argocd-source.yaml`, 'helm:'],
    message: /resolved to outside repository root/,
  },
  {
    id: 'value-file-glob-traversal',
    edit: (t) =>
      helmBlock('      ignoreMissingValueFiles: true\n')(t).replace(
        '- values.dev-01.yaml',
        '- "../../../*/passwd"',
      ),
    at: [BOOTSTRAP, '- "../../../*/passwd"'],
    message: /resolved to outside repository root/,
  },
];

function expectClean(r: { stdout: string; stderr: string }): void {
  expect(r.stdout).not.toContain(OUTSIDE_MARK);
  expect(r.stdout).not.toMatch(/root:x:0:0/);
  sb.expectClean([r.stdout, r.stderr]);
}

describe.each(HELM_MAJORS)('hostile recipe paths (Helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it.each(CASES())(
    'validate refuses $id at its line, helm never reads it',
    async (c) => {
      fx = new FixtureRepo(mini);
      fx.write(BOOTSTRAP, c.edit(fx.read(BOOTSTRAP)));
      for (const [file, body] of Object.entries(c.files ?? {})) fx.write(file, body);
      const r = await cli(['validate', '--helm', helmBinary(major)], fx.dir);
      expect(r.code, r.stderr).toBe(1);
      const [file, needle] = c.at;
      const line = fx.lineOf(file, needle);
      const finding = r.stdout
        .split('\n')
        .find((l) => l.startsWith(`${file}:${line}:`) && /error \[helm-argument\]/.test(l));
      expect(finding, r.stdout).toMatch(c.message);
      expectClean(r);
    },
    CASE_TIMEOUT,
  );

  it(
    'a file parameter through a symlink out of the repository: the repository is refused, nothing read',
    async () => {
      fx = new FixtureRepo(mini);
      symlinkSync(sb.secretFile, fx.path(`${CHART}/files-secret.txt`));
      fx.write(BOOTSTRAP, fileParameter('leak', 'files-secret.txt')(fx.read(BOOTSTRAP)));
      const r = await cli(['validate', '--helm', helmBinary(major)], fx.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${CHART}/files-secret.txt`);
      expectClean(r);
    },
    CASE_TIMEOUT,
  );

  it(
    "a valueFiles glob never reads the working tree's .git (its config holds the remote's credentials)",
    async () => {
      fx = new FixtureRepo(mini);
      const env = isolatedGitEnv();
      initRepo(fx.dir, env, 'main');
      git(fx.dir, env, 'config', 'remote.origin.url', `https://x:${GIT_CREDENTIAL}@example.com/r.git`);
      fx.write(
        BOOTSTRAP,
        fx.read(BOOTSTRAP).replace('- values.dev-01.yaml', '- values.dev-01.yaml\n        - "/**/config"'),
      );
      const r = await cli(['validate', '--helm', helmBinary(major)], fx.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('values file **/config of cluster dev-01 does not exist');
      expect(r.stdout + r.stderr).not.toContain(GIT_CREDENTIAL);
      expectClean(r);
    },
    CASE_TIMEOUT,
  );
});

/** Values are data: each reaches the rendered Application as one string, variables substituted only. */
const VALUE_CASES: {
  id: string;
  value: (id: string) => string;
  rendered: (id: string) => string;
  forceString?: boolean;
}[] = [
  {
    id: 'post-renderer-set-string',
    value: (id) => `--post-renderer=${sb.script(id)}`,
    rendered: (id) => `--post-renderer=${sb.script(id)}`,
    forceString: true,
  },
  {
    id: 'command-substitution-stays',
    value: (id) => `$(touch ${sb.canary(id)})`,
    rendered: (id) => `$(touch ${sb.canary(id)})`,
  },
  {
    id: 'environment-never-read',
    value: () => 'home=${HOME};token=$GITHUB_TOKEN;input=${INPUT_TOKEN};path=$PATH',
    rendered: () => 'home=;token=;input=;path=',
  },
  {
    id: 'escaped-dollar-and-variables',
    value: () => '$$HOME is $ARGOCD_APP_NAMESPACE, `id`',
    rendered: () => '$HOME is argocd, `id`',
  },
];

describe.each(HELM_MAJORS)('hostile parameter values (Helm %i)', (major) => {
  let s: DiffRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
  });

  it.each(VALUE_CASES)(
    'diff renders $id as data',
    async (c) => {
      const id = `${c.id}-${major}`;
      s = diffRepo(mini, (f) =>
        f.write(
          BOOTSTRAP,
          helmBlock(
            `      parameters:\n        - name: certManager.labels.note\n          value: ${q(c.value(id))}\n` +
              (c.forceString ? '          forceString: true\n' : ''),
          )(f.read(BOOTSTRAP)),
        ),
      );
      const r = await cli(
        ['diff', '--base', s.base, '--head', s.head, '--exit-code', '--helm', helmBinary(major)],
        s.fx.dir,
        s.env,
      );
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('dev-01-cert-manager');
      expect(r.stdout).toContain(JSON.stringify(c.rendered(id)));
      expectClean(r);
    },
    CASE_TIMEOUT,
  );
});
