import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { renderDiffJson, renderDiffText } from '../../src/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { runDiff, scenario, type Scenario } from '../helpers/diff-scenario.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';
const MARKER = 'HOST_FILE_CONTENT_7f3a';

/** Every form a diff is written in: nothing outside the repository may show up in any. */
function everyOutput(report: Awaited<ReturnType<typeof runDiff>>): string {
  return [renderDiffText(report), renderDiffMarkdown(report), renderDiffJson(report)].join('\n');
}

describe('diff and validate never read outside the repository', () => {
  let s: Scenario | undefined;
  let fx: FixtureRepo | undefined;
  let host: string | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    fx?.cleanup();
    if (host) rmSync(host, { recursive: true, force: true });
    s = fx = host = undefined;
  });

  function hostFile(): string {
    host = mkdtempSync(path.join(os.tmpdir(), 'gp-host-'));
    const file = path.join(host, 'host.yaml');
    writeFileSync(file, `leak: ${MARKER}\n`);
    return file;
  }

  it("a component's valueFiles climbing out of the repo are missing, never read", async () => {
    const file = hostFile();
    s = scenario((f) => {
      f.append(
        'charts/monitoring/templates/configmap.yaml',
        '  leak: {{ .Values.leak | default "none" | quote }}\n',
      );
      f.replace(
        `${AOA}/values.yaml`,
        '    path: charts/monitoring\n',
        `    path: charts/monitoring\n    helm:\n      valueFiles:\n        - ${'../'.repeat(12)}${file.slice(1)}\n`,
      );
    });
    const report = await runDiff(s);
    expect(everyOutput(report)).not.toContain(MARKER);
    expect(report.validation.findings.map((f) => f.rule)).toContain('path-missing');
  });

  it('a symlink out of the repository is refused by validate and by diff, before helm follows it', async () => {
    const file = hostFile();
    fx = new FixtureRepo();
    symlinkSync(file, path.join(fx.dir, 'charts/monitoring/values.dev-01.yaml.link'));
    const message =
      'symlinks point outside the repository or into .git (Argo CD refuses to render it): charts/monitoring/values.dev-01.yaml.link';
    await expect(
      validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger: new RecordingLogger() }),
    ).rejects.toThrow(message);
    s = scenario((f) => symlinkSync(file, path.join(f.dir, 'charts/monitoring/values.dev-01.yaml.link')));
    await expect(runDiff(s)).rejects.toThrow(message);
  });

  it('a symlink that leaves the repository only as the kernel resolves it (`..` after a link) is refused too', async () => {
    // `l` leads to the repository root; `leak` climbs from there: textually (`l/..` cancels) it stays
    // inside, but the kernel takes `..` from where `l` leads, past the root, to the host file.
    const file = hostFile();
    const dir = 'deep/a/b/c/d/e/f/g/h/i/j/k';
    const plant = (root: string) => {
      mkdirSync(path.join(root, dir), { recursive: true });
      symlinkSync('../'.repeat(12), path.join(root, dir, 'l'));
      symlinkSync(`l/${'../'.repeat(12)}${file.slice(1)}`, path.join(root, dir, 'leak.yaml'));
    };
    fx = new FixtureRepo();
    plant(fx.dir);
    const message = `symlinks point outside the repository or into .git (Argo CD refuses to render it): ${dir}/leak.yaml`;
    await expect(
      validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger: new RecordingLogger() }),
    ).rejects.toThrow(message);
    s = scenario((f) => plant(f.dir));
    await expect(runDiff(s)).rejects.toThrow(message);
  });
});

describe('diff never prints a secret value', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('inline helm values, helm parameters, container env, secret-looking keys, schema messages', async () => {
    const secrets = ['INLINE_SECRET_1', 'PARAM_SECRET_2', 'ENV_SECRET_3', 'AWS_SECRET_4', 'SCHEMA_SECRET_5'];
    s = scenario((f) => {
      f.replace(
        `${AOA}/values.dev-01.yaml`,
        '          retention: 2d\n',
        `          retention: 2d\n        apiToken: ${secrets[0]}\n      parameters:\n        - name: db.password\n          value: ${secrets[1]}\n`,
      );
      f.replace(
        'charts/monitoring/templates/deployment.yaml',
        '        - name: prometheus\n',
        `        - name: prometheus\n          env:\n            - name: DB_PASSWORD\n              value: ${secrets[2]}\n            - name: AWS_SECRET_ACCESS_KEY\n              value: ${secrets[3]}\n`,
      );
      f.write(
        `${AOA}/values.schema.json`,
        JSON.stringify({
          type: 'object',
          properties: { global: { type: 'object', properties: { apiToken: { type: 'integer' } } } },
        }),
      );
      f.replace(`${AOA}/values.dev-01.yaml`, 'global:\n', `global:\n  apiToken: ${secrets[4]}\n`);
    });
    const report = await runDiff(s);
    const out = everyOutput(report);
    for (const secret of secrets) expect(out).not.toContain(secret);
    // What changed is still visible.
    expect(out).toContain('DB_PASSWORD');
    expect(out).toContain('(secret, salted sha256 ');
    expect(report.validation.findings.map((f) => f.message)).toContain(
      'global.apiToken must be integer, got a string',
    );
  });
});

/** A scenario whose base is the example with `before` applied, and whose head also has `after`. */
function twoStep(before: (fx: FixtureRepo) => void, after: (fx: FixtureRepo) => void): Scenario {
  const fx = new FixtureRepo();
  const env = isolatedGitEnv();
  before(fx);
  const base = initRepo(fx.dir, env);
  after(fx);
  return { fx, env, base, head: commitAll(fx.dir, env, 'change') };
}

describe('diff notices every change that changes a render', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());
  const CONFIG = '.github/gitops-promotion.yaml';

  it('a reordered valueFiles list (the last file wins)', async () => {
    s = twoStep(
      (fx) => {
        fx.write('charts/monitoring/a.yaml', 'prometheus:\n  retention: 11d\n');
        fx.write('charts/monitoring/b.yaml', 'prometheus:\n  retention: 12d\n');
        fx.replace(
          `${AOA}/values.yaml`,
          '    path: charts/monitoring\n',
          '    path: charts/monitoring\n    helm:\n      valueFiles: [a.yaml, b.yaml]\n',
        );
      },
      (fx) =>
        fx.replace(`${AOA}/values.yaml`, 'valueFiles: [a.yaml, b.yaml]', 'valueFiles: [b.yaml, a.yaml]'),
    );
    // stag-01: dev-01 sets its retention inline, and inline values beat value files.
    const report = await runDiff(s, { clusters: ['stag-01'] });
    expect(renderDiffText(report)).toContain(
      'spec.template.spec.containers[name=prometheus].args[1]: "--storage.tsdb.retention.time=12d" → "--storage.tsdb.retention.time=11d"',
    );
  });

  it("a component's values file outside every chart directory", async () => {
    s = twoStep(
      (fx) => {
        fx.write('shared/monitoring.yaml', 'prometheus:\n  scrapeInterval: 45s\n');
        fx.replace(
          `${AOA}/values.yaml`,
          '    path: charts/monitoring\n',
          '    path: charts/monitoring\n    helm:\n      valueFiles: [../../shared/monitoring.yaml]\n',
        );
      },
      (fx) => fx.write('shared/monitoring.yaml', 'prometheus:\n  scrapeInterval: 50s\n'),
    );
    const report = await runDiff(s);
    expect(report.changedClusters).toEqual(['dev-01', 'stag-01', 'ops-01', 'prod-01']);
    expect(renderDiffText(report)).toContain('scrape_interval: 45s');
  });

  it('a template and a values file that are links to files in no chart, and a linked directory of templates', async () => {
    const cm = (name: string, v: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  v: "${v}"\n`;
    s = twoStep(
      (fx) => {
        fx.write('shared/extra.yaml', cm('extra', 'one'));
        fx.write('shared/more/more.yaml', cm('more', 'one'));
        fx.write('shared/tuning.yaml', 'prometheus:\n  scrapeInterval: 45s\n');
        symlinkSync('../../../shared/extra.yaml', fx.path('charts/monitoring/templates/extra.yaml'));
        symlinkSync('../../shared/more', fx.path('charts/monitoring/more'));
        symlinkSync('../../shared/tuning.yaml', fx.path('charts/monitoring/tuning.yaml'));
        fx.write('charts/monitoring/templates/more.yaml', `{{ .Files.Get "more/more.yaml" }}`);
        fx.replace(
          `${AOA}/values.yaml`,
          '    path: charts/monitoring\n',
          '    path: charts/monitoring\n    helm:\n      valueFiles: [tuning.yaml]\n',
        );
      },
      (fx) => {
        fx.write('shared/extra.yaml', cm('extra', 'two'));
        fx.write('shared/more/more.yaml', cm('more', 'two'));
        fx.write('shared/tuning.yaml', 'prometheus:\n  scrapeInterval: 50s\n');
      },
    );
    const text = renderDiffText(await runDiff(s, { clusters: ['stag-01'] }));
    expect(text).toContain('      ~ ConfigMap monitoring/extra\n          data.v: "one" → "two"\n');
    expect(text).toContain('      ~ ConfigMap monitoring/more\n          data.v: "one" → "two"\n');
    expect(text).toMatch(/scrape_interval: 45s.*→ "global:\\n {2}scrape_interval: 50s/);
  });

  it('a config change alone re-validates head', async () => {
    s = scenario((fx) => fx.append(CONFIG, "applicationName: '^zzz-{cluster}$'\n"));
    const report = await runDiff(s);
    expect(report.validation.errors).toBeGreaterThan(0);
    expect(new Set(report.validation.findings.map((f) => f.rule))).toEqual(
      new Set(['application-name-pattern']),
    );
  });

  it('helm.kubeVersion in the config re-renders component charts, each side with its own', async () => {
    s = twoStep(
      (fx) =>
        fx.write(
          'charts/loki/templates/capabilities.yaml',
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: capabilities\ndata:\n  kube: {{ .Capabilities.KubeVersion.Version | quote }}\n',
        ),
      (fx) => fx.append(CONFIG, 'helm:\n  kubeVersion: "1.30.4"\n'),
    );
    const report = await runDiff(s, { clusters: ['dev-01'] });
    expect(renderDiffText(report)).toMatch(/data\.kube: "v1\.\d+\.\d+" → "v1\.30\.4"/);
  });
});
