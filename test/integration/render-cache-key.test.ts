/**
 * The render cache key covers everything helm's output depends on: each part changed between two runs
 * sharing a cache directory makes the second run render again (its helm runs), with exactly what an
 * uncached helm renders, never the first run's output. Real helm, real files.
 */
import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateRequest } from '../../src/ports/helm.js';
import { CachingHelm } from '../../src/helm/render-cache.js';
import { RenderStore } from '../../src/helm/render-store.js';
import { Helm } from '../../src/helm/helm.js';
import { readManifests } from '../../src/gitops/manifests.js';
import { helmBinary, testHelm, type HelmMajor } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { probeChart, type ProbeChart } from '../helpers/render-cache-chart.js';

let p: ProbeChart;
beforeEach(() => {
  p = probeChart();
});
afterEach(() => p.cleanup());

/** One run: a new cache over the probe's cache directory, with its own helm to count what ran. */
function run(major?: HelmMajor) {
  const inner = major ? testHelm(major) : testHelm();
  const helm = new CachingHelm(inner, { store: new RenderStore(p.cacheDir), logger: new RecordingLogger() });
  return { inner, helm };
}

const templates = (h: Helm) => h.invocations.filter((a) => a[0] === 'template').length;

async function fresh(req: TemplateRequest, major?: HelmMajor) {
  return (major ? testHelm(major) : testHelm()).template(req);
}

it('an unchanged request is served from the cache directory, with no helm process, as helm renders it', async () => {
  const first = run();
  const rendered = await first.helm.template(p.request);
  expect(rendered.ok).toBe(true);
  expect(templates(first.inner)).toBe(1);
  const second = run();
  const served = await second.helm.template(p.request);
  expect(templates(second.inner)).toBe(0);
  expect(second.helm.stats).toMatchObject({ asked: 1, hits: 1, misses: 0 });
  const stdout = (await fresh(p.request)).stdout;
  // The entry keeps the render's objects too: the same as reading its output.
  expect(served).toEqual({
    ok: true,
    stdout,
    stderr: rendered.stderr,
    args: [],
    read: readManifests(stdout),
  });
});

type Change = (p: ProbeChart) => TemplateRequest | void;

/** [what changes, the change, whether helm's output changes with it (else only the key must)]. */
const CHANGES: [string, Change, boolean][] = [
  [
    'a byte of a template',
    (p) =>
      p.write(
        'chart/templates/cm.yaml',
        p.read('chart/templates/cm.yaml').replace('kind: ConfigMap', 'kind: ConfigMaq'),
      ),
    true,
  ],
  [
    'the helpers file',
    (p) => p.write('chart/templates/_helpers.tpl', '{{- define "probe.name" -}}probf{{- end -}}\n'),
    true,
  ],
  ['a subchart file', (p) => p.write('chart/charts/sub/values.yaml', 'colour: green\n'), false],
  [
    'a subchart template',
    (p) =>
      p.write(
        'chart/charts/sub/templates/cm.yaml',
        'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: sub2 }\n',
      ),
    true,
  ],
  ['a values file', (p) => p.write('values-a.yaml', 'greeting: ho\n'), true],
  ['a --set-file file', (p) => p.write('set-file.txt', 'from another file'), true],
  [
    'the chart values.yaml',
    (p) => p.write('chart/values.yaml', 'greeting: hey\nsub:\n  colour: blue\n'),
    false,
  ],
  ['a .helmignored file', (p) => p.write('chart/ignored.txt', 'still not rendered\n'), false],
  ['a file mode', (p) => chmodSync(path.join(p.chart, 'templates/cm.yaml'), 0o600), false],
  ['the content a symlink leads to', (p) => p.write('outside/linked.txt', 'uno'), true],
  ['a symlink target', (p) => relink(p, '../outside/other.txt'), true],
  ['inline values', (p) => ({ ...p.request, inlineValues: 'inline: y\n' }), true],
  ['no inline values', (p) => ({ ...p.request, inlineValues: null }), true],
  ['a --set value', (p) => ({ ...p.request, parameters: [{ name: 'param', value: 'p2' }] }), true],
  [
    '--set becoming --set-string',
    (p) => ({ ...p.request, parameters: [{ name: 'param', value: 'p1', forceString: true }] }),
    false,
  ],
  ['the namespace', (p) => ({ ...p.request, namespace: 'ns2' }), true],
  ['the release name', (p) => ({ ...p.request, releaseName: 'probe2' }), true],
  ['the kube version', (p) => ({ ...p.request, kubeVersion: '1.31.0' }), true],
  ['the API versions', (p) => ({ ...p.request, apiVersions: [] }), true],
  ['skipCrds', (p) => ({ ...p.request, skipCrds: true }), true],
  ['skipTests', (p) => ({ ...p.request, skipTests: true }), true],
  ['skipSchemaValidation', (p) => ({ ...p.request, skipSchemaValidation: true }), false],
  [
    'the order of the values files',
    (p) => ({ ...p.request, valueFiles: [p.request.valueFiles[0]!, path.join(p.chart, 'values.yaml')] }),
    false,
  ],
];

describe.each(CHANGES)('changing %s', (_, change, changesOutput) => {
  it('renders again in the next run: never the previous output', async () => {
    const before = await run().helm.template(p.request);
    expect(before.ok).toBe(true);
    const req = change(p) ?? p.request;
    const after = run();
    const got = await after.helm.template(req);
    expect(templates(after.inner)).toBe(1);
    expect(after.helm.stats).toMatchObject({ hits: 0, misses: 1 });
    const expected = await fresh(req);
    expect(got.ok).toBe(expected.ok);
    expect(got.stdout).toBe(expected.stdout);
    if (changesOutput) expect(got.stdout).not.toBe(before.stdout);
    // And the changed render is what the cache serves from then on.
    const again = run();
    expect((await again.helm.template(req)).stdout).toBe(expected.stdout);
    expect(templates(again.inner)).toBe(0);
  });
});

describe('the helm version', () => {
  it('is part of the key: Helm 4.1.4 and 3.17.3 never serve each other', async () => {
    const versions = await Promise.all([4, 3].map((m) => new Helm(helmBinary(m as HelmMajor)).version()));
    expect(versions[0]).toMatch(/^v4\.1\.4/);
    expect(versions[1]).toMatch(/^v3\.17\.3/);
    const v4 = run(4);
    await v4.helm.template(p.request);
    const v3 = run(3);
    const got3 = await v3.helm.template(p.request);
    expect(templates(v3.inner)).toBe(1);
    expect(got3.stdout).toBe((await fresh(p.request, 3)).stdout);
    for (const major of [4, 3] as const) {
      const again = run(major);
      expect((await again.helm.template(p.request)).stdout).toBe((await fresh(p.request, major)).stdout);
      expect(templates(again.inner)).toBe(0);
    }
  });
});

function relink(p: ProbeChart, to: string): void {
  rmSync(path.join(p.chart, 'linked.txt'));
  symlinkSync(to, path.join(p.chart, 'linked.txt'));
}
