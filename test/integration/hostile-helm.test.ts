/**
 * Hostile-input acceptance: every repository-controlled string that reaches helm (release name,
 * namespace, chart and values paths, --set names and values, kubeVersion, apiVersions, a component's
 * dependency repositories) is refused at its file and line, or passed as data, never as a flag, a
 * path outside the repository or a way to read the environment. Each case runs under Helm 4 and 3
 * with canary tokens in the environment and a canary file its payload would create.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, helmBinary } from '../helpers/helm.js';
import {
  cli,
  diffRepo,
  HostileSandbox,
  miniExample,
  type CliRun,
  type DiffRepo,
} from '../helpers/hostile.js';

const BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';
const CONFIG = '.github/gitops-promotion.yaml';
const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const CASE_TIMEOUT = 30_000;

const sb = new HostileSandbox();
let mini = '';
beforeAll(() => {
  sb.install();
  mini = miniExample(sb.tmp);
});
afterAll(() => sb.uninstall());

/** A YAML double-quoted scalar (JSON's string syntax is YAML's). */
const q = (s: string) => JSON.stringify(s);

/** One hostile bootstrap value: the edit, and the line (by its text) and rule the finding has. */
interface BootstrapCase {
  id: string;
  /** The bootstrap text with the hostile value in (gets the case id for its canary and script). */
  edit: (text: string, id: string) => string;
  /** Text of the line the finding points at, in the edited bootstrap. */
  at: string;
  rule: RegExp;
  /** What the message must quote of the input. */
  names: (id: string) => string;
}

const release = (
  value: (id: string) => string,
  names?: (id: string) => string,
): Omit<BootstrapCase, 'id'> => ({
  edit: (t, id) => t.replace('releaseName: dev-01-apps', `releaseName: ${q(value(id))}`),
  at: 'releaseName:',
  rule: /helm-argument/,
  names: names ?? ((id) => value(id)),
});
const namespace = (value: (id: string) => string): Omit<BootstrapCase, 'id'> => ({
  edit: (t, id) =>
    t.replace('    namespace: argocd\n  syncPolicy', `    namespace: ${q(value(id))}\n  syncPolicy`),
  at: '    namespace: "',
  rule: /helm-argument/,
  names: value,
});
const chart = (value: (id: string) => string): Omit<BootstrapCase, 'id'> => ({
  edit: (t, id) => t.replace('path: charts/app-of-apps', `path: ${q(value(id))}`),
  at: 'path:',
  rule: /helm-argument|path-missing/,
  names: value,
});
/** Argo CD reads an absolute values path from the repository root: the message names the path it resolved. */
const valueFile = (value: (id: string) => string, names: string): Omit<BootstrapCase, 'id'> => ({
  edit: (t, id) => t.replace('- values.dev-01.yaml', `- ${q(value(id))}`),
  at: '        - "',
  rule: /helm-argument|cluster-values-missing/,
  names: () => names,
});
const parameter = (name: (id: string) => string): Omit<BootstrapCase, 'id'> => ({
  edit: (t, id) =>
    t.replace(
      '      valueFiles:',
      `      parameters:\n        - name: ${q(name(id))}\n          value: "1"\n      valueFiles:`,
    ),
  at: '- name:',
  rule: /helm-argument/,
  names: name,
});

const BOOTSTRAP_CASES: BootstrapCase[] = Object.entries({
  'release-set-file-environ': release(() => '--set-file=leak=/proc/self/environ'),
  'release-set-file-secret': release(() => `--set-file=leak=${sb.secretFile}`),
  'release-post-renderer': release((id) => `--post-renderer=${sb.script(id)}`),
  'release-post-renderer-relative': release(() => '--post-renderer=./evil.sh'),
  'release-output-dir': release((id) => `--output-dir=${sb.canary(id)}`),
  'release-uppercase': release(() => 'Dev-01-APPS'),
  'release-60-chars': release(
    () => 'a'.repeat(60),
    () => 'longer than 53',
  ),
  'release-newline': release(
    (id) => `dev-01\n--post-renderer=${sb.script(id)}`,
    () => 'dev-01',
  ),
  'release-space-flag': release((id) => `x --post-renderer ${sb.script(id)}`),
  'namespace-kube-context': namespace(() => '--kube-context=x'),
  'namespace-space': namespace(() => 'a b'),
  'namespace-dotdot': namespace(() => '../x'),
  'namespace-kubeconfig': namespace((id) => `--kubeconfig=${sb.canary(id)}`),
  'chart-dotdot': chart(() => '../../outside'),
  'chart-etc': chart(() => '/etc'),
  'chart-absolute-outside': chart(() => path.join(sb.outside, 'chart')),
  'chart-traversal-to-outside': {
    ...chart(() => `charts/../../../../../../../../..${path.join(sb.outside, 'chart')}`),
    names: () => 'outside/chart',
  },
  'values-etc-passwd': valueFile(() => '../../../etc/passwd', 'etc/passwd'),
  'values-proc-environ': valueFile(() => '/proc/self/environ', 'proc/self/environ'),
  'values-proc-environ-relative': valueFile(
    () => '../../../../../../../../../proc/self/environ',
    'proc/self/environ',
  ),
  'values-proc-environ-no-slash': valueFile(() => 'proc/self/environ', 'proc/self/environ'),
  'values-absolute-secret': valueFile(() => sb.secretFile, 'outside/secret.yaml'),
  'parameter-set-file': parameter(() => '--set-file'),
  'parameter-set-file-environ': parameter(() => '--set-file=leak=/proc/self/environ'),
  'parameter-equals': parameter(() => 'a=b'),
  'parameter-comma': parameter(() => 'x,y'),
  'parameter-dash': parameter(() => '-x'),
  'parameter-post-renderer-after-comma': parameter((id) => `x=1,--post-renderer=${sb.script(id)}`),
  'parameter-newline': parameter(() => 'a\n--post-renderer=x'),
}).map(([id, c]) => ({ id, ...c }));

/** Asserts the finding: exit 1, `<file>:<line>:` with the rule, quoting the input; nothing leaked. */
function expectFinding(r: CliRun, fx: FixtureRepo, c: BootstrapCase, id: string): void {
  const line = fx.lineOf(BOOTSTRAP, c.at);
  expect(r.code, r.stderr).toBe(1);
  const rule = new RegExp(`error \\[(${c.rule.source})\\]`);
  const finding = r.stdout.split('\n').find((l) => l.startsWith(`${BOOTSTRAP}:${line}:`) && rule.test(l));
  expect(finding, r.stdout).toBeDefined();
  const quoted = c.names(id).split('\n')[0]!;
  expect(r.stdout).toContain(quoted.length > 40 ? quoted.slice(0, 40) : quoted);
  expect(r.stdout).not.toContain(OUTSIDE_MARK);
  expect(r.stdout).not.toMatch(/root:x:0:0/);
}
const OUTSIDE_MARK = 'canary-outside-file-secret';

describe.each(HELM_MAJORS)('hostile bootstrap values reaching helm (Helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it.each(BOOTSTRAP_CASES)(
    'validate refuses $id at its bootstrap line',
    async (c) => {
      const id = `${c.id}-v${major}`;
      fx = new FixtureRepo(mini);
      fx.write(BOOTSTRAP, c.edit(fx.read(BOOTSTRAP), id));
      const r = await cli(['validate', '--helm', helmBinary(major)], fx.dir);
      expectFinding(r, fx, c, id);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  it(
    'validate refuses a values file that is a symlink out of the repository, and never reads it',
    async () => {
      fx = new FixtureRepo(mini);
      symlinkSync(sb.secretFile, fx.path('charts/app-of-apps/values.evil.yaml'));
      fx.replace(BOOTSTRAP, '- values.dev-01.yaml', '- values.evil.yaml');
      const r = await cli(['validate', '--helm', helmBinary(major)], fx.dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('charts/app-of-apps/values.evil.yaml');
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  /** The same values through diff: the head's cluster is not rendered, and diff says why and where. */
  it.each(
    BOOTSTRAP_CASES.filter((c) =>
      [
        'release-post-renderer',
        'namespace-kube-context',
        'chart-absolute-outside',
        'values-proc-environ',
        'parameter-set-file-environ',
      ].includes(c.id),
    ),
  )(
    'diff does not render $id at head and names the bootstrap line',
    async (c) => {
      const id = `${c.id}-d${major}`;
      const s = diffRepo(mini, (f) => f.write(BOOTSTRAP, c.edit(f.read(BOOTSTRAP), id)));
      fx = s.fx;
      const out = sb.tempDir('out-');
      const r = await runDiff(s, major, ['--output-dir', out]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(
        /^gitops-promotion diff: dev-01: cannot render at head: .*; the diff is incomplete\n$/,
      );
      expect(r.stdout).toMatch(/dev-01 \(dev\): unknown/);
      expect(r.stdout).toContain(`${BOOTSTRAP}:${s.fx.lineOf(BOOTSTRAP, c.at)}`);
      expect(r.stdout).not.toContain(OUTSIDE_MARK);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );
});

function runDiff(s: DiffRepo, major: 3 | 4, extra: string[] = []): Promise<CliRun> {
  return cli(
    ['diff', '--base', s.base, '--head', s.head, '--exit-code', '--helm', helmBinary(major), ...extra],
    s.fx.dir,
    s.env,
  );
}

/** --set values are data: helm gets each as one `--set=name=value` argument, commas escaped. */
const VALUE_CASES: { id: string; value: (id: string) => string }[] = [
  { id: 'value-command-substitution', value: (id) => `$(touch ${sb.canary(id)})` },
  { id: 'value-backticks', value: (id) => `\`touch ${sb.canary(id)}\`` },
  { id: 'value-post-renderer', value: (id) => `--post-renderer=${sb.script(id)}` },
  { id: 'value-commas', value: (id) => `a,b,--post-renderer=${sb.script(id)},c=d` },
  { id: 'value-output-dir', value: (id) => `--output-dir=${sb.canary(id)}` },
];

describe.each(HELM_MAJORS)('hostile --set values are passed as data (Helm %i)', (major) => {
  let s: DiffRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
  });

  it.each(VALUE_CASES)(
    'diff renders $id verbatim as one value',
    async (c) => {
      const id = `${c.id}-${major}`;
      const value = c.value(id);
      s = diffRepo(mini, (f) =>
        f.replace(
          BOOTSTRAP,
          '      valueFiles:',
          `      parameters:\n        - name: certManager.labels.note\n          value: ${q(value)}\n      valueFiles:`,
        ),
      );
      const r = await runDiff(s, major);
      expect(r.code, r.stderr).toBe(1);
      // The whole value reached the rendered Application as one label value, commas and all.
      expect(r.stdout).toContain('dev-01-cert-manager');
      expect(r.stdout).toContain(JSON.stringify(value));
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );
});

/** Config values that become helm or git arguments: a ConfigurationError at the config line (exit 2). */
const CONFIG_CASES: { id: string; yaml: (id: string) => string; at: string; names: string }[] = [
  {
    id: 'kube-version',
    yaml: (id) => `helm:\n  kubeVersion: ${q(`--post-renderer=${sb.script(id)}`)}\n`,
    at: 'kubeVersion',
    names: '--post-renderer=',
  },
  {
    id: 'api-versions',
    yaml: (id) => `helm:\n  apiVersions:\n    - v1\n    - ${q(`--post-renderer=${sb.script(id)}`)}\n`,
    at: '--post-renderer',
    names: '--post-renderer=',
  },
  {
    id: 'api-versions-space',
    yaml: (id) => `helm:\n  apiVersions:\n    - ${q(`v1 --output-dir=${sb.canary(id)}`)}\n`,
    at: '--output-dir',
    names: 'v1 --output-dir=',
  },
  {
    id: 'cluster-release-name',
    yaml: (id) => `clusters:\n  - name: dev-01\n    releaseName: ${q(`--output-dir=${sb.canary(id)}`)}\n`,
    at: 'releaseName',
    names: '--output-dir=',
  },
  {
    id: 'cluster-namespace',
    yaml: () => `clusters:\n  - name: dev-01\n    namespace: "--kube-context=x"\n`,
    at: 'namespace',
    names: '--kube-context=x',
  },
  {
    id: 'cluster-parameter-name',
    yaml: () =>
      `clusters:\n  - name: dev-01\n    parameters:\n      - name: "--set-file=leak=/proc/self/environ"\n        value: x\n`,
    at: '--set-file',
    names: '--set-file=leak=/proc/self/environ',
  },
  {
    id: 'environment-ref',
    yaml: (id) => `environments:\n  dev:\n    ref: ${q(`--upload-pack=touch ${sb.canary(id)}`)}\n`,
    at: 'ref:',
    names: '--upload-pack=touch',
  },
  {
    id: 'environment-ref-range',
    yaml: () => `environments:\n  dev:\n    ref: "main..x"\n`,
    at: 'ref:',
    names: 'main..x',
  },
  {
    id: 'promotion-edge-from',
    yaml: (id) =>
      `promotion:\n  edges:\n    - from: ${q(`--upload-pack=touch ${sb.canary(id)}`)}\n      to: staging\n`,
    at: 'from:',
    names: '--upload-pack=touch',
  },
  {
    id: 'promotion-edge-to',
    yaml: () => `promotion:\n  edges:\n    - from: dev\n      to: "--force"\n`,
    at: 'to:',
    names: '--force',
  },
  {
    id: 'default-branch',
    yaml: (id) => `defaultBranch: ${q(`--exec=touch ${sb.canary(id)}`)}\n`,
    at: 'defaultBranch',
    names: '--exec=touch',
  },
];

describe('hostile config values are refused at config load', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it.each(CONFIG_CASES)(
    'validate exits 2 on $id at its config line',
    async (c) => {
      fx = new FixtureRepo(mini);
      fx.write(CONFIG, `dependsOn:\n  promtail: [loki]\n${c.yaml(c.id)}`);
      const r = await cli(['validate', '--helm', helmBinary()], fx.dir);
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toContain(`gitops-promotion validate: ${CONFIG}:${fx.lineOf(CONFIG, c.at)}: `);
      expect(r.stderr).toContain(c.names);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );
});

/** Component charts (diff's deep mode): a hostile recipe is "not rendered: <reason>", never "unchanged". */
const COMPONENT_CASES: { id: string; helm: (id: string) => string; names: string }[] = [
  {
    id: 'component-release-post-renderer',
    helm: (id) => `releaseName: ${q(`--post-renderer=${sb.script(id)}`)}`,
    names: 'release name "--post-renderer=',
  },
  {
    id: 'component-release-output-dir',
    helm: (id) => `releaseName: ${q(`--output-dir=${sb.canary(id)}`)}`,
    names: 'release name "--output-dir=',
  },
  {
    id: 'component-values-etc-passwd',
    helm: () => 'valueFiles: ["../../../../etc/passwd"]',
    names: 'etc/passwd',
  },
  {
    id: 'component-values-proc-environ',
    helm: () => 'valueFiles: ["/proc/self/environ"]',
    names: 'proc/self/environ',
  },
  {
    id: 'component-values-outside-secret',
    helm: () => `valueFiles: [${q(sb.secretFile)}]`,
    names: 'secret.yaml',
  },
  {
    id: 'component-parameter-set-file',
    helm: () => `parameters: [{name: ${q(`--set-file=leak=${sb.secretFile}`)}, value: x}]`,
    names: 'parameter name "--set-file=leak=',
  },
  {
    id: 'component-parameter-comma',
    helm: () => 'parameters: [{name: "x,y", value: z}]',
    names: 'parameter name "x,y"',
  },
];

describe.each(HELM_MAJORS)('hostile component recipes in deep diff (Helm %i)', (major) => {
  let s: DiffRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
  });

  it.each(COMPONENT_CASES)(
    '$id is not rendered, with the reason',
    async (c) => {
      const id = `${c.id}-${major}`;
      s = diffRepo(mini, (f) =>
        f.append(DEV_VALUES, `\ncertManager:\n  source:\n    helm:\n      ${c.helm(id)}\n`),
      );
      const r = await runDiff(s, major);
      // Not rendered: its resources are unknown (exit 2), and at head that is an error of the PR.
      expect(r.code, r.stderr).toBe(2);
      const block = appBlock(r.stdout, 'dev-01-cert-manager');
      expect(block).toMatch(/not rendered|does not exist/);
      expect(r.stdout).toMatch(/validation at head: [1-9]\d* errors?/);
      expect(block).toContain(c.names);
      expect(block).not.toMatch(/unchanged/i);
      expect(r.stdout).not.toContain(OUTSIDE_MARK);
      expect(r.stdout).not.toMatch(/root:x:0:0/);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  it(
    'a component path out of the repository is never rendered',
    async () => {
      s = diffRepo(mini, (f) =>
        f.append(
          DEV_VALUES,
          `\ncertManager:\n  source:\n    path: ${q(`../${path.relative('/', sb.outside)}/chart`)}\n`,
        ),
      );
      const r = await runDiff(s, major);
      expect(r.code, r.stderr).toBe(2);
      const block = appBlock(r.stdout, 'dev-01-cert-manager');
      expect(block).toContain('spec.source.path');
      expect(block).toContain('resources not compared: ');
      expect(r.stdout).not.toContain(OUTSIDE_MARK);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );
});

/** `--dependency-build`: only https://, oci:// and file:// inside the repository are fetched. */
const DEPENDENCY_CASES: { id: string; repository: (id: string) => string }[] = [
  { id: 'dependency-file-outside', repository: () => 'file://../../outside' },
  { id: 'dependency-file-absolute', repository: () => `file://${path.join(sb.outside, 'chart')}` },
  { id: 'dependency-http', repository: () => 'http://127.0.0.1:1/' },
  { id: 'dependency-alias', repository: () => '@alias' },
  { id: 'dependency-flag', repository: () => '--repo' },
  {
    id: 'dependency-https-with-flag',
    repository: (id) => `https://127.0.0.1:1/ --post-renderer=${sb.script(id)}`,
  },
];

describe.each(HELM_MAJORS)('hostile dependency repositories with --dependency-build (Helm %i)', (major) => {
  let s: DiffRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
  });

  it.each(DEPENDENCY_CASES)(
    '$id is refused with a reason',
    async (c) => {
      const id = `${c.id}-${major}`;
      const repository = c.repository(id);
      s = diffRepo(mini, (f) => {
        f.append(
          'charts/cert-manager/Chart.yaml',
          `dependencies:\n  - name: sub\n    version: 0.1.0\n    repository: ${q(repository)}\n`,
        );
        // The Application changes too, so it is deep-diffed whatever the diff makes of a Chart.yaml change.
        f.append(DEV_VALUES, '\ncertManager:\n  labels:\n    note: deps\n');
      });
      const r = await runDiff(s, major, ['--dependency-build']);
      // Never fetched: the chart's resources are unknown, so the diff is incomplete (exit 2).
      expect(r.code, r.stderr).toBe(2);
      const block = appBlock(r.stdout, 'dev-01-cert-manager');
      if (repository.startsWith('file://')) {
        // Never built (file:// dependencies are not fetched): helm itself refuses the unvendored chart.
        expect(block).toMatch(/dependency sub|missing in charts\/ directory: sub/);
      } else {
        expect(block).toContain('dependency sub');
        expect(block).toContain(repository.split(' ')[0]!);
      }
      expect(block).not.toMatch(/unchanged/i);
      expect(r.stdout).not.toContain(OUTSIDE_MARK);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );
});

describe.each(HELM_MAJORS)('a requirements.yaml beside Chart.yaml (Helm %i)', (major) => {
  it(
    'is checked too: its file:// chart outside the repository is never built',
    async () => {
      const s = diffRepo(mini, (f) => {
        f.append(
          'charts/cert-manager/Chart.yaml',
          'dependencies:\n  - name: sub\n    version: 0.1.0\n    repository: "oci://127.0.0.1:1/charts"\n',
        );
        f.write(
          'charts/cert-manager/requirements.yaml',
          `dependencies:\n  - name: sub\n    version: 0.1.0\n    repository: ${q(`file://${path.join(sb.outside, 'chart')}`)}\n`,
        );
        f.append(DEV_VALUES, '\ncertManager:\n  labels:\n    note: deps\n');
      });
      try {
        const r = await runDiff(s, major, ['--dependency-build']);
        const block = appBlock(r.stdout, 'dev-01-cert-manager');
        expect(block).toContain(
          `dependency sub: file://${path.join(sb.outside, 'chart')} is not a chart inside the repository`,
        );
        expect(r.stdout).not.toContain(OUTSIDE_MARK);
        sb.expectClean([r.stdout, r.stderr]);
      } finally {
        s.fx.cleanup();
      }
    },
    CASE_TIMEOUT,
  );
});

describe('a component chart change that cannot be rendered', () => {
  it(
    'is not reported unchanged (a Chart.yaml-only change adding an unfetchable dependency)',
    async () => {
      const s = diffRepo(mini, (f) =>
        f.append(
          'charts/cert-manager/Chart.yaml',
          'dependencies:\n  - name: sub\n    version: 0.1.0\n    repository: "http://127.0.0.1:1/"\n',
        ),
      );
      try {
        const r = await runDiff(s, 4, ['--dependency-build']);
        sb.expectClean([r.stdout, r.stderr]);
        expect(r.stdout).not.toMatch(/dev-01 \(dev\): unchanged/);
        expect(r.stdout).toContain('dependency sub');
        expect(r.code).not.toBe(0);
      } finally {
        s.fx.cleanup();
      }
    },
    CASE_TIMEOUT,
  );
});

/** The lines of the text report about one Application (its `~ name` line up to the next Application). */
function appBlock(text: string, app: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^\\s+[~+-] ${app}$`).test(l));
  if (start < 0) return `(${app} not in the report)\n${text}`;
  const indent = (l: string) => l.length - l.trimStart().length;
  const end = lines.findIndex((l, i) => i > start && l.trim() !== '' && indent(l) <= indent(lines[start]!));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}
