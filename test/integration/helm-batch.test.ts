import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/gen-repo.mjs';
import { validate, validateRun } from '../../src/commands/validate.js';
import { componentRecipe } from '../../src/diff/deep.js';
import { createGit } from '../../src/git/git.js';
import { templateRequest } from '../../src/gitops/render.js';
import type { TemplateRequest, TemplateResult } from '../../src/ports/helm.js';
import { FIXTURES_DIR, fixtureNames } from '../helpers/fixture-history.js';
import { EXAMPLE_REPO, FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm, type HelmMajor } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/**
 * Batched rendering (src/helm/batch.ts): templateMany renders several requests of one chart in one
 * helm process, and each result is what a render alone returns, byte for byte; where that is not
 * proven, or the batch fails, the requests render alone.
 */

const AOA = 'charts/app-of-apps';
const CLUSTERS = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];

/** What validate renders on a tree (the app-of-apps charts and nested levels), and its Applications' charts. */
async function requestsOf(dir: string): Promise<TemplateRequest[]> {
  const helm = testHelm();
  const run = await validateRun({ repoDir: dir, git: createGit(dir), helm, logger: new RecordingLogger() });
  const { files, topology, config } = run.discovery;
  const components = run.renders.apps.flatMap((app) => {
    const r = componentRecipe(app.object, files, topology.repoURLs, app.cluster.controlPlaneNamespace);
    return r && 'recipe' in r && r.recipe.problems.length === 0
      ? [templateRequest(files, r.recipe, config.helm)]
      : [];
  });
  return [...helm.renders, ...components];
}

/** A result as compared: the temp path of inline values (one per render) made the same. */
function comparable(r: TemplateResult) {
  const temp = /\S*gp-values-[^/\s]+\/inline-values\.yaml/g;
  return { ok: r.ok, stdout: r.stdout, stderr: r.ok ? '' : r.stderr.replace(temp, '<inline>') };
}

/** Each request alone, then all of them through templateMany: the results, and how many processes each took. */
async function bothWays(reqs: readonly TemplateRequest[], concurrency = 2, major?: HelmMajor) {
  const alone = testHelm(major);
  const single: TemplateResult[] = [];
  for (const req of reqs) single.push(await alone.template(req));
  const many = testHelm(major);
  const batched = await many.templateMany(reqs, concurrency);
  return {
    single: single.map(comparable),
    batched: batched.map(comparable),
    processes: { single: alone.invocations.length, batched: many.invocations.length },
    served: many.renders.length,
  };
}

/** The example's four clusters as requests of its app-of-apps chart, in a copy `fx`. */
function exampleRequests(fx: FixtureRepo, clusters = CLUSTERS): TemplateRequest[] {
  return clusters.map((c, i) => ({
    releaseName: `${c}-apps`,
    chartDir: fx.path(AOA),
    namespace: i % 2 ? 'argocd' : '',
    valueFiles: [fx.path(`${AOA}/values.${c}.yaml`)],
    parameters: [],
  }));
}

const trees = [
  { name: 'examples/gitops-repo', dir: EXAMPLE_REPO },
  ...fixtureNames().map((name) => ({ name, dir: path.join(FIXTURES_DIR, name, 'repo') })),
];

describe.each(HELM_MAJORS.map((m) => [m] as const))('templateMany with Helm %i', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it.each(trees.map((t) => [t.name, t] as const))(
    'renders every request of %s exactly as it renders alone',
    async (_name, tree) => {
      fx = new FixtureRepo(tree.dir);
      const reqs = await requestsOf(fx.dir);
      expect(reqs.length).toBeGreaterThan(0);
      const r = await bothWays(reqs, 2, major);
      expect(r.batched).toEqual(r.single);
      expect(r.served).toBe(reqs.length);
      expect(r.processes.batched).toBeLessThanOrEqual(r.processes.single);
      // The example's four clusters share processes: fewer helm runs than renders.
      if (tree.dir === EXAMPLE_REPO) expect(r.processes.batched).toBeLessThan(r.processes.single);
    },
  );

  it("joins the clusters' values into one file only where that reads the same: kept block scalars, anchors, no final newline", async () => {
    fx = new FixtureRepo();
    const inline = (body: string) => `\nmonitoring:\n  source:\n    helm:\n      values:\n${body}`;
    // dev-01 ends in its inline values: a `|+` scalar keeps the blank lines before the next cluster's key.
    fx.append(`${AOA}/values.dev-01.yaml`, '          banner: |+\n            kept\n\n\n');
    // No final newline: a `|+` scalar at the end of the file holds no line break.
    fx.append(`${AOA}/values.stag-01.yaml`, inline('        banner: |+\n          no final newline'));
    // The same anchor name in two clusters' files, each its own.
    fx.append(
      `${AOA}/values.prod-01.yaml`,
      `\nanchors:\n  a: &x {from: prod}${inline('        from: *x\n')}`,
    );
    fx.append(
      `${AOA}/values.ops-01.yaml`,
      `\nanchors:\n  a: &x {from: ops}${inline('        from: *x\n        gone: null\n')}`,
    );
    const r = await bothWays(exampleRequests(fx), 2, major);
    expect(r.batched).toEqual(r.single);
    expect(r.processes.batched).toBeLessThan(r.processes.single);
    const out = r.batched.map((b) => b.stdout).join('\n');
    for (const seen of [
      'banner: |+\n            kept\n        \n        \n',
      'no final newline',
      'from: prod',
      'from: ops',
    ])
      expect(out).toContain(seen);
  });

  it('renders a generated fleet of 12 clusters × 3 components in 2 processes (2 at once), as alone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-batch-fleet-'));
    try {
      generateRepo(dir, { clusters: 12, components: 3 });
      const reqs = (await requestsOf(dir)).filter((q) => q.chartDir.endsWith(AOA));
      expect(reqs).toHaveLength(12);
      const r = await bothWays(reqs, 2, major);
      expect(r.batched).toEqual(r.single);
      expect(r.processes).toEqual({ single: 12, batched: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('templateMany falls back to renders alone', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  const FEATURES: [string, (fx: FixtureRepo) => void][] = [
    ['.Chart.Name', (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Chart.Name }}'))],
    ['.Release.Name', (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Release.Name }}'))],
    [
      '.Release.Namespace',
      (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ $.Release.Namespace }}')),
    ],
    ['.Template.Name', (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Template.Name }}'))],
    [
      '.Files',
      (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Files.Get "Chart.yaml" | sha256sum }}')),
    ],
    [
      'tpl on values',
      (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ tpl (toJson .Values.cluster) . | b64enc }}')),
    ],
    [
      'a root dumped through a helper',
      (f) => {
        f.write(`${AOA}/templates/_dump.tpl`, '{{ define "dump" }}{{ toJson .r | sha256sum }}{{ end }}');
        f.write(`${AOA}/templates/cm.yaml`, configMap('{{ include "dump" (dict "r" $) }}'));
      },
    ],
    [
      'the root printed whole by its YAML method',
      (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .YAML | sha256sum }}')),
    ],
    [
      'a field of the root read by its PathValue method',
      (f) => f.write(`${AOA}/templates/cm.yaml`, configMap('{{ .PathValue "Release.Name" }}')),
    ],
    [
      'no global in values.yaml (.Values.global would be {})',
      (f) => f.replace(`${AOA}/values.yaml`, 'global:\n  repoURL', 'shared:\n  repoURL'),
    ],
    [
      'a null default in values.yaml (a batch drops it)',
      (f) => {
        f.append(`${AOA}/values.yaml`, '\nextra:\n');
        f.write(`${AOA}/templates/cm.yaml`, configMap('{{ keys .Values | sortAlpha | join "," }}'));
      },
    ],
  ];

  it.each(FEATURES)('for a chart using %s, with the same results', async (_what, change) => {
    fx = new FixtureRepo();
    change(fx);
    const r = await bothWays(exampleRequests(fx));
    expect(r.batched).toEqual(r.single);
    expect(r.single.every((s) => s.ok)).toBe(true);
    expect(r.processes).toEqual({ single: 4, batched: 4 });
  });

  it('for a chart including a template by a name only a batch has: it fails alone, as Argo CD renders it', async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/templates/cm.yaml`,
      configMap('{{ include "gp-batch/charts/c1/templates/velero.yaml" $ }}'),
    );
    const r = await bothWays(exampleRequests(fx));
    expect(r.batched).toEqual(r.single);
    expect(r.single.every((s) => !s.ok && s.stderr.includes('no template'))).toBe(true);
    expect(r.processes).toEqual({ single: 4, batched: 4 });
  });

  it('while the same chart without it is batched (the control)', async () => {
    fx = new FixtureRepo();
    fx.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Values.cluster.name }}'));
    const r = await bothWays(exampleRequests(fx), 1);
    expect(r.batched).toEqual(r.single);
    expect(r.processes).toEqual({ single: 4, batched: 1 });
  });

  it('for a chart rewritten in place since this helm scanned it (the scan is kept only while its files are)', async () => {
    fx = new FixtureRepo();
    const helm = testHelm();
    await helm.templateMany(exampleRequests(fx), 1);
    expect(helm.invocations).toHaveLength(1);
    fx.write(`${AOA}/templates/cm.yaml`, configMap('{{ .Chart.Name }}'));
    const again = await helm.templateMany(exampleRequests(fx), 1);
    expect(helm.invocations).toHaveLength(5);
    expect(again.every((r) => r.ok && r.stdout.includes('value: "app-of-apps"'))).toBe(true);
  });

  it('for a cluster that fails inside a batch: each one renders alone, its error its own', async () => {
    fx = new FixtureRepo();
    fx.replace(`${AOA}/values.ops-01.yaml`, 'name: ops-01', 'name: ""');
    const r = await bothWays(exampleRequests(fx), 1);
    expect(r.batched).toEqual(r.single);
    expect(r.batched.map((b) => b.ok)).toEqual([true, true, true, false]);
    expect(r.batched[3]!.stderr).toContain('cluster.name is required');
    // One batch of four, failed, then each of the four alone.
    expect(r.processes).toEqual({ single: 4, batched: 5 });
  });

  it('for values that could leave their alias, and renders the others together', async () => {
    fx = new FixtureRepo();
    // YAML (helm's go-yaml) also breaks lines at CR, LS and NEL: nested under its alias, the rest of such a
    // comment line would start a key of the wrapper's own, `c0`, the values of the first cluster of the batch.
    const escape = (lineBreak: string) => `# note${lineBreak}c0: {cluster: {name: hijacked}}\n`;
    for (const c of ['nel', 'bytes'])
      fx.write(`${AOA}/values.${c}.yaml`, fx.read(`${AOA}/values.prod-01.yaml`));
    const hostile = {
      // Keys named like aliases, flags and templates as values: plain data under the alias.
      'dev-01': 'c1:\n  evil: true\nc0: "--values=/etc/passwd"\nnote: "{{ .Release.Name }} }}"\n',
      'stag-01': escape('\r'),
      'prod-01': escape('\u2028'),
      nel: escape('\u0085'),
      'ops-01': 'c0:\n  cluster:\n    name: hijacked\n',
    };
    for (const [c, text] of Object.entries(hostile)) fx.append(`${AOA}/values.${c}.yaml`, `\n${text}`);
    // Bytes that are not UTF-8: helm reads them as they are, not as replacement characters.
    appendFileSync(fx.path(`${AOA}/values.bytes.yaml`), Buffer.from([0x6e, 0x3a, 0x20, 0xff, 0x0a]));
    const r = await bothWays(exampleRequests(fx, [...CLUSTERS, 'nel', 'bytes']), 1);
    expect(r.batched).toEqual(r.single);
    expect(r.batched.slice(0, 5).every((b) => b.ok && !b.stdout.includes('hijacked'))).toBe(true);
    // dev-01 and ops-01 in one process, the four others alone.
    expect(r.processes).toEqual({ single: 6, batched: 5 });
  });

  it('for requests with --set parameters or a chart directory that does not exist', async () => {
    fx = new FixtureRepo();
    const [dev, stag, prod, ops] = exampleRequests(fx);
    const reqs = [
      { ...dev!, parameters: [{ name: 'cluster.env', value: 'set-by-parameter' }] },
      stag!,
      { ...prod!, chartDir: fx.path('charts/missing') },
      ops!,
    ];
    const r = await bothWays(reqs, 1);
    expect(r.batched).toEqual(r.single);
    expect(r.batched.map((b) => b.ok)).toEqual([true, true, false, true]);
    // A chart directory that is not there is said without running helm.
    expect(r.processes).toEqual({ single: 3, batched: 2 });
  });
});

describe('validate renders its clusters through templateMany', () => {
  it('20 clusters of one app-of-apps chart: one helm template process (one at a time)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-batch-fleet-'));
    try {
      generateRepo(dir, { clusters: 20, components: 2 });
      const helm = testHelm();
      const result = await validate({
        repoDir: dir,
        git: createGit(dir),
        helm,
        logger: new RecordingLogger(),
        concurrency: 1,
      });
      expect(result.findings).toEqual([]);
      expect(result.clusters.filter((c) => c.rendered && c.applications === 2)).toHaveLength(20);
      expect(helm.invocations).toHaveLength(1);
      expect(helm.renders).toHaveLength(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('validate renders the first nested app-of-apps level of every cluster at once', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('four clusters whose platform Application is itself an app-of-apps: two helm processes for eight renders', async () => {
    fx = new FixtureRepo();
    fx.append(
      `${AOA}/values.yaml`,
      '\nplatform:\n  enable: true\n  project: platform\n  namespace: platform\n  source:\n    path: charts/platform\n',
    );
    fx.write(
      `${AOA}/templates/platform.yaml`,
      '{{- include "app-of-apps.application" (dict "root" $ "key" "platform" "name" "platform") }}\n',
    );
    fx.write('charts/platform/Chart.yaml', 'apiVersion: v2\nname: platform\nversion: 0.1.0\n');
    fx.write('charts/platform/values.yaml', 'cluster: ""\nrevision: ""\n');
    fx.write('charts/platform/templates/child.yaml', CHILD_APPLICATION);
    const revisions = ['HEAD', 'staging', 'stable', 'stable'];
    CLUSTERS.forEach((c, i) =>
      fx!.write(`charts/platform/values.${c}.yaml`, `cluster: ${c}\nrevision: ${revisions[i]}\n`),
    );
    const helm = testHelm();
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm,
      logger: new RecordingLogger(),
      concurrency: 1,
    });
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const platform = helm.renders.filter((r) => r.chartDir.endsWith('charts/platform'));
    // One render per cluster (the example names each component's release after it).
    expect(platform.map((r) => r.valueFiles.at(-1)!.replace(/.*values\./, '')).sort()).toEqual(
      CLUSTERS.map((c) => `${c}.yaml`).sort(),
    );
    expect(helm.renders).toHaveLength(8);
    expect(helm.invocations).toHaveLength(2);
    const again = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    expect(again).toEqual(result);
  });
});

const CHILD_APPLICATION = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ .Values.cluster }}-platform-child
  namespace: argocd
  labels:
    cluster: {{ .Values.cluster }}
spec:
  project: platform
  source:
    repoURL: https://github.com/example-org/gitops-repo.git
    path: charts/cert-manager
    targetRevision: {{ .Values.revision }}
  destination:
    server: https://kubernetes.default.svc
    namespace: platform-child
`;

function configMap(value: string): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\n  namespace: argocd\ndata:\n  value: {{ quote (${value.replace(/^\{\{ | \}\}$/g, '')}) }}\n`;
}
