/**
 * The narrow chart key (src/helm/chart-file-reads.ts): where no template of a chart can read its other
 * files, a render is keyed by the files helm gives meaning to and the names of the others, so editing
 * another cluster's values file in the chart directory serves this cluster from the cache; anything
 * helm reads still renders again, and a chart that may read its files through `.Files` is keyed by
 * its whole tree. Every result is what an uncached helm renders. Real helm, real files.
 */
import { chmodSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { treeDigest } from '../../src/helm/content-digest.js';
import type { Helm } from '../../src/helm/helm.js';
import { CachingHelm } from '../../src/helm/render-cache.js';
import { RenderStore } from '../../src/helm/render-store.js';
import type { TemplateRequest } from '../../src/ports/helm.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';
const CLUSTERS = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];
const PROD_SERVER = 'server: https://prod-01.k8s.example.com';

const CRD = [
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata: { name: probes.example.com }',
  'spec:',
  '  group: example.com',
  '  names: { kind: Probe, plural: probes }',
  '  scope: Namespaced',
  '  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]',
  '',
].join('\n');

let fx: FixtureRepo;
let cacheDir: string;
beforeEach(() => {
  fx = new FixtureRepo();
  // A file no template reads, to be removed.
  fx.write(`${AOA}/README.md`, 'The app-of-apps chart.\n');
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gp-narrow-cache-'));
});
afterEach(() => {
  fx.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The example's clusters as requests of its app-of-apps chart, each with its values file in the chart. */
function requests(): TemplateRequest[] {
  return CLUSTERS.map((c) => ({
    releaseName: `${c}-apps`,
    chartDir: fx.path(AOA),
    namespace: 'argocd',
    valueFiles: [fx.path(`${AOA}/values.${c}.yaml`)],
    parameters: [],
  }));
}

/** One run over the shared cache directory: its results, and which requests its helm rendered. */
async function run(reqs = requests()) {
  const inner = testHelm();
  const helm = new CachingHelm(inner, { store: new RenderStore(cacheDir), logger: new RecordingLogger() });
  const results = await helm.templateMany(reqs, 2);
  return { results, rendered: renderedBy(inner), helm, inner };
}

const renderedBy = (h: Helm) => h.renders.map((r) => r.releaseName);

/** Each request rendered by a helm of its own, no cache: what every served result must equal. */
async function uncached(reqs = requests()) {
  const helm = testHelm();
  const out = [];
  for (const r of reqs) out.push(await helm.template(r));
  return out.map((r) => ({ ok: r.ok, stdout: r.stdout }));
}

const comparable = (results: { ok: boolean; stdout: string }[]) =>
  results.map((r) => ({ ok: r.ok, stdout: r.stdout }));

describe('a chart whose templates cannot read its other files', () => {
  it('is keyed narrowly (the control)', async () => {
    expect((await treeDigest(fx.path(AOA))).whole).toBeNull();
  });

  it.each([
    ['', () => {}],
    [' (with a .helmignore)', (f: FixtureRepo) => f.write(`${AOA}/.helmignore`, '*.md\n')],
  ])(
    "editing another cluster's values file in the chart directory%s: the others are served, that one renders again",
    async (_, setup) => {
      setup(fx);
      const first = await run();
      expect(first.rendered.sort()).toEqual(CLUSTERS.map((c) => `${c}-apps`).sort());
      expect(first.results.every((r) => r.ok)).toBe(true);
      fx.replace(`${AOA}/values.prod-01.yaml`, PROD_SERVER, 'server: https://prod-01b.k8s.example.com');
      const second = await run();
      // Its own values file is in its key (a values file's digest): prod-01 alone renders again.
      expect(second.rendered).toEqual(['prod-01-apps']);
      expect(second.helm.stats).toMatchObject({ asked: 4, hits: 3, misses: 1 });
      expect(second.inner.invocations).toHaveLength(1);
      expect(comparable(second.results)).toEqual(await uncached());
      expect(second.results[2]!.stdout).toContain('prod-01b');
      expect(second.results[2]!.stdout).not.toBe(first.results[2]!.stdout);
      // dev-01 alone: no helm process at all.
      const dev = await run([requests()[0]!]);
      expect(dev.inner.invocations).toHaveLength(0);
    },
  );

  it('a --set-file file in the chart directory is in the key of the render that reads it', async () => {
    const req = { ...requests()[0]!, fileParameters: [{ name: 'note', path: fx.path(`${AOA}/note.txt`) }] };
    fx.write(`${AOA}/note.txt`, 'one');
    await run([req]);
    fx.write(`${AOA}/note.txt`, 'two');
    const second = await run([req]);
    expect(second.rendered).toEqual(['dev-01-apps']);
    expect(comparable(second.results)).toEqual(await uncached([req]));
  });

  const changes: [string, (f: FixtureRepo) => void][] = [
    ['a template', (f) => f.replace(`${AOA}/templates/velero.yaml`, '"velero")', '"velero2")')],
    [
      'the helpers file',
      (f) => f.replace(`${AOA}/templates/_application.tpl`, 'namespace: argocd', 'namespace: argo'),
    ],
    ['Chart.yaml', (f) => f.replace(`${AOA}/Chart.yaml`, 'version: 0.1.0', 'version: 0.1.1')],
    ['values.yaml', (f) => f.append(`${AOA}/values.yaml`, '\nextra: 1\n')],
    [
      'a new file under templates/',
      (f) =>
        f.write(
          `${AOA}/templates/cm.yaml`,
          'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: argocd }\n',
        ),
    ],
    ['a new file in the chart directory', (f) => f.write(`${AOA}/values.prod-02.yaml`, 'cluster: {}\n')],
    ['a file removed from the chart directory', (f) => f.remove(`${AOA}/README.md`)],
    [
      'a file renamed',
      (f) => {
        f.write(`${AOA}/NOTES.md`, f.read(`${AOA}/README.md`));
        f.remove(`${AOA}/README.md`);
      },
    ],
    ['the mode of a file no template reads', (f) => chmodSync(f.path(`${AOA}/README.md`), 0o600)],
    ['a new .helmignore', (f) => f.write(`${AOA}/.helmignore`, 'README.md\n')],
    ['a new CRD under crds/', (f) => f.write(`${AOA}/crds/crd.yaml`, CRD)],
  ];

  it.each(changes)('changing %s renders every cluster again, as an uncached helm does', async (_, change) => {
    await run();
    change(fx);
    const second = await run();
    expect(second.rendered.sort()).toEqual(CLUSTERS.map((c) => `${c}-apps`).sort());
    expect(second.helm.stats.hits).toBe(0);
    expect(comparable(second.results)).toEqual(await uncached());
  });
});

/** A ConfigMap whose value is `expr` (a template expression), hashed. */
const configMap = (expr: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: files-{{ .Values.cluster.name }}, namespace: argocd }\ndata:\n  read: {{ ${expr} | sha256sum | quote }}\n`;

const PROD = 'values.prod-01.yaml';

describe.each<[string, Record<string, string>, RegExp]>([
  ['.Files.Get', { 'cm.yaml': configMap(`.Files.Get "${PROD}"`) }, /\.Files may read/],
  [
    '.Files.Get through $ (in a range)',
    {
      'cm.yaml': configMap('"x"').replace(
        / {2}read: .*\n/,
        `{{- range list 1 }}\n  read: {{ $.Files.Get "${PROD}" | sha256sum | quote }}\n{{- end }}\n`,
      ),
    },
    /cm.yaml:6: \.Files may read/,
  ],
  [
    '.Files.Get through a variable',
    { 'cm.yaml': `{{ $r := . }}${configMap(`$r.Files.Get "${PROD}"`)}` },
    /\.Files/,
  ],
  [
    '.Files.Get in a helper given .',
    {
      '_f.tpl': `{{ define "f" }}{{ .Files.Get "${PROD}" }}{{ end }}`,
      'cm.yaml': configMap('include "f" .'),
    },
    /_f.tpl:1: \.Files may read/,
  ],
  [
    '.Files.Get in a helper given $ in a dict',
    {
      '_f.tpl': `{{ define "f" }}{{ .root.Files.Get "${PROD}" }}{{ end }}`,
      'cm.yaml': configMap('include "f" (dict "root" $)'),
    },
    /_f.tpl:1: \.Files may read/,
  ],
  [
    '.Files.Get in a helper included by a computed name',
    {
      '_f.tpl': `{{ define "f" }}{{ .Files.Get "${PROD}" }}{{ end }}`,
      'cm.yaml': configMap('include (print "f") .'),
    },
    // Any template may be the one named, so each is followed with the root: the example's helper,
    // which reads `.root` of its data, refuses first.
    /_(f|application).tpl:\d+: /,
  ],
  [
    '.Files.Get in a tpl given the root',
    { 'cm.yaml': configMap(`tpl "{{ .Files.Get \\"${PROD}\\" }}" .`) },
    /tpl/,
  ],
  ['the root printed whole by its YAML method', { 'cm.yaml': configMap('.YAML') }, /\.YAML/],
])('a chart whose templates use %s', (_, templates, reason) => {
  beforeEach(() => {
    for (const [name, text] of Object.entries(templates)) fx.write(`${AOA}/templates/${name}`, text);
  });

  it('is keyed by its whole tree: editing any file of the chart renders every cluster again, as helm does', async () => {
    expect((await treeDigest(fx.path(AOA))).whole).toMatch(reason);
    const first = await run();
    expect(first.results.every((r) => r.ok)).toBe(true);
    fx.replace(`${AOA}/values.prod-01.yaml`, PROD_SERVER, 'server: https://prod-01b.k8s.example.com');
    const second = await run();
    expect(second.rendered.sort()).toEqual(CLUSTERS.map((c) => `${c}-apps`).sort());
    expect(comparable(second.results)).toEqual(await uncached());
    // What dev-01 read of prod-01's file changed with it: the cached render would have been stale.
    expect(second.results[0]!.stdout).not.toBe(first.results[0]!.stdout);
    fx.write(`${AOA}/README.md`, 'edited\n');
    const third = await run();
    expect(third.rendered).toHaveLength(4);
    expect(comparable(third.results)).toEqual(await uncached());
  });
});

describe.each<[string, (f: FixtureRepo) => void, RegExp]>([
  [
    'a symlink in the chart',
    (f) => symlinkSync('values.dev-01.yaml', f.path(`${AOA}/values.dev-alias.yaml`)),
    /is a symlink/,
  ],
  [
    'a subchart under charts/',
    (f) => {
      f.write(`${AOA}/charts/sub/Chart.yaml`, 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
      f.write(
        `${AOA}/charts/sub/templates/_s.tpl`,
        '{{ define "s" }}{{ .Files.Get "values.prod-01.yaml" }}{{ end }}',
      );
    },
    /charts\//,
  ],
  [
    'a file over 1 MiB no template reads',
    (f) => f.write(`${AOA}/big.txt`, 'x'.repeat(1024 * 1024 + 1)),
    /big.txt is over/,
  ],
  [
    'a template this check does not read',
    (f) => f.write(`${AOA}/templates/c.yaml`, '{{ $u := 1i }}'),
    /number/,
  ],
])('a chart with %s', (_, setup, reason) => {
  it("is keyed by its whole tree: another cluster's values file edited renders every cluster again", async () => {
    setup(fx);
    expect((await treeDigest(fx.path(AOA))).whole).toMatch(reason);
    await run();
    fx.replace(`${AOA}/values.prod-01.yaml`, PROD_SERVER, 'server: https://prod-01b.k8s.example.com');
    const second = await run();
    expect(second.rendered).toHaveLength(4);
    expect(comparable(second.results)).toEqual(await uncached());
  });
});
