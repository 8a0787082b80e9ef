/**
 * Hostile review of the narrow chart key (src/helm/chart-file-reads.ts, template-flow.ts
 * fileReadRefusal) and of the batch check (template-flow.ts batchRefusal): Go's text/template lets a
 * template declare or assign the variable `$` itself (`{{ $ := .root }}`, `{{ $ = .root }}`: parse.go
 * takes any itemVariable, `$` included, as a declaration; exec.go's push/setVar rebind it). In a
 * helper called with `(dict "root" $)`, `$` is then the root context again, while template-flow.ts
 * still reads `$` as the helper's data (ctx.dollar), a dict whose field `Files` it takes for plain
 * data. Real helm 4 and 3, real files: each served render must equal what an uncached helm prints.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { treeDigest } from '../../src/helm/content-digest.js';
import { CachingHelm } from '../../src/helm/render-cache.js';
import { RenderStore } from '../../src/helm/render-store.js';
import type { TemplateRequest, TemplateResult } from '../../src/ports/helm.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm, type HelmMajor } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';
const CLUSTERS = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];
const PROD = 'values.prod-01.yaml';
const PROD_SERVER = 'server: https://prod-01.k8s.example.com';

let fx: FixtureRepo;
let cacheDir: string;
beforeEach(() => {
  fx = new FixtureRepo();
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'gp-review-key-'));
});
afterEach(() => {
  fx.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

function requests(): TemplateRequest[] {
  return CLUSTERS.map((c) => ({
    releaseName: `${c}-apps`,
    chartDir: fx.path(AOA),
    namespace: 'argocd',
    valueFiles: [fx.path(`${AOA}/values.${c}.yaml`)],
    parameters: [],
  }));
}

const comparable = (results: TemplateResult[]) => results.map((r) => ({ ok: r.ok, stdout: r.stdout }));

/** One run over the shared cache directory, with a fresh CachingHelm (as a later CI run builds). */
async function cached(major: HelmMajor) {
  const helm = new CachingHelm(testHelm(major), {
    store: new RenderStore(cacheDir),
    logger: new RecordingLogger(),
  });
  return comparable(await helm.templateMany(requests(), 2));
}

/** Each request alone, no cache: what every served result must equal. */
async function uncached(major: HelmMajor) {
  const helm = testHelm(major);
  const out: TemplateResult[] = [];
  for (const r of requests()) out.push(await helm.template(r));
  return comparable(out);
}

const configMap = (expr: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: files-{{ .Values.cluster.name }}, namespace: argocd }\ndata:\n  read: {{ ${expr} | sha256sum | quote }}\n`;

/** A helper given the root in a dict, as the example's own _application.tpl is, that rebinds `$` to it. */
const HELPERS: [string, string][] = [
  ['declared', `{{- define "cfg" -}}{{- $ := .root -}}{{ $.Files.Get "${PROD}" }}{{- end -}}`],
  ['assigned', `{{- define "cfg" -}}{{- $ = .root -}}{{ $.Files.Get "${PROD}" }}{{- end -}}`],
  [
    'assigned inside a range',
    `{{- define "cfg" -}}{{- range list 1 -}}{{- $ = $.root -}}{{- end -}}{{ $.Files.Get "${PROD}" }}{{- end -}}`,
  ],
  [
    'declared, read by the root context method PathValue',
    `{{- define "cfg" -}}{{- $ := .root -}}{{ ($.PathValue "Files").Get "${PROD}" }}{{- end -}}`,
  ],
  [
    'declared, then handed on as the data of another helper',
    `{{- define "cfg" -}}{{- $ := .root -}}{{ include "read" $ }}{{- end -}}` +
      `{{- define "read" -}}{{ .Files.Get "${PROD}" }}{{- end -}}`,
  ],
];

describe.each(HELM_MAJORS.map((m) => [m] as const))('with Helm %i', (major) => {
  describe.each(HELPERS)('a helper that reads .Files through `$` %s from its dict', (_, helper) => {
    beforeEach(() => {
      fx.write(`${AOA}/templates/_cfg.tpl`, helper);
      fx.write(`${AOA}/templates/cfg.yaml`, configMap('include "cfg" (dict "root" $)'));
    });

    it('is keyed by its whole tree (its templates may read the chart files)', async () => {
      expect((await treeDigest(fx.path(AOA))).whole).not.toBeNull();
    });

    it("after another cluster's values file is edited, every cluster is served what helm renders now", async () => {
      const first = await cached(major);
      expect(first.every((r) => r.ok)).toBe(true);
      // The control: helm itself does read prod-01's file into dev-01's render.
      fx.replace(`${AOA}/${PROD}`, PROD_SERVER, 'server: https://prod-01b.k8s.example.com');
      const now = await uncached(major);
      expect(now[0]!.stdout).not.toBe(first[0]!.stdout);
      expect(await cached(major)).toEqual(now);
    });
  });
});
