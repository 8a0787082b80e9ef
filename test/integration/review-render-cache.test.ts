/**
 * Review findings on the render cache (each test fails on main as merged): a schema reference out of the
 * chart that the volatile scan does not see (a JSON escape, $dynamicRef) serves a stale verdict, and
 * prune follows a symlinked store root out of the cache directory. Real helm, real files.
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CachingHelm } from '../../src/helm/render-cache.js';
import { RENDER_CACHE_FORMAT } from '../../src/helm/render-key.js';
import { RenderStore } from '../../src/helm/render-store.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { probeChart, type ProbeChart } from '../helpers/render-cache-chart.js';

let p: ProbeChart;
beforeEach(() => {
  p = probeChart();
});
afterEach(() => p.cleanup());

function run() {
  const inner = testHelm();
  return {
    inner,
    helm: new CachingHelm(inner, { store: new RenderStore(p.cacheDir), logger: new RecordingLogger() }),
  };
}

describe.each([
  ['a JSON-escaped "$ref" key', (file: string) => `{"\\u0024ref": "file://${file}"}\n`],
  ['"$dynamicRef"', (file: string) => `{"$dynamicRef": "file://${file}"}\n`],
])('a values schema reaching a file outside the chart through %s', (_, schema) => {
  it('is never served once that file changes: the verdict is the one helm gives now', async () => {
    const outside = path.join(p.root, 'outside/schema.json');
    p.write('outside/schema.json', '{"type":"object"}\n');
    p.write('chart/values.schema.json', schema(outside));
    const first = await run().helm.template(p.request);
    expect(first.ok).toBe(true);
    // The outside schema now refuses the chart's values: helm itself fails.
    p.write('outside/schema.json', '{"type":"object","properties":{"replicas":{"type":"string"}}}\n');
    const fresh = await testHelm().template(p.request);
    expect(fresh.ok).toBe(false);
    const second = await run().helm.template(p.request);
    expect(second.ok).toBe(fresh.ok);
  });
});

it('prune never removes anything outside the cache directory (a store root that is a symlink)', async () => {
  const victim = path.join(p.root, 'victim');
  mkdirSync(victim);
  writeFileSync(path.join(victim, 'precious.txt'), 'keep me\n');
  mkdirSync(p.cacheDir);
  // What a restored cache (a tar someone else wrote) may hold.
  symlinkSync(victim, path.join(p.cacheDir, `helm-renders-v${RENDER_CACHE_FORMAT}`));
  const r = run();
  expect((await r.helm.template(p.request)).ok).toBe(true);
  await r.helm.finish();
  expect(existsSync(path.join(victim, 'precious.txt'))).toBe(true);
});

describe.each([
  [
    'a "}}" inside a string of the action',
    { 'chart/templates/now.yaml': 'now: {{ print "}}" now | quote }}\n' },
  ],
  [
    'a YAML escape in a value the chart renders with tpl',
    {
      'chart/templates/now.yaml': 'now: {{ tpl .Values.clock . | quote }}\n',
      'chart/values.yaml': 'greeting: hello\nreplicas: 1\nsub:\n  colour: blue\nclock: "{{ \\x6eow }}"\n',
    },
  ],
])('a template that calls now through %s', (_, files) => {
  it('is not served from the cache: its render changes from one run to the next', async () => {
    for (const [rel, text] of Object.entries(files)) p.write(rel, text);
    const first = await run().helm.template(p.request);
    expect(first.ok).toBe(true);
    const second = run();
    await second.helm.template(p.request);
    expect(second.helm.stats.hits).toBe(0);
  });
});
