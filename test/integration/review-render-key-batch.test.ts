/**
 * Hostile review of the batch check (src/helm/batch-chart.ts through template-flow.ts batchRefusal):
 * a helper given `(dict "root" $)` that rebinds `$` to it (`{{ $ := .root }}`, legal Go
 * text/template) reads the root context's methods through `$`, which the check takes for the dict
 * the helper was given. `.PathValue "Release.Name"` is then the batch wrapper's release in a batch,
 * each request's own alone. Real helm 4 and 3: a batched result must be what a render alone prints.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateRequest, TemplateResult } from '../../src/ports/helm.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm, type HelmMajor } from '../helpers/helm.js';

const AOA = 'charts/app-of-apps';
const CLUSTERS = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];

const comparable = (r: TemplateResult) => ({ ok: r.ok, stdout: r.stdout });

async function bothWays(reqs: readonly TemplateRequest[], major: HelmMajor) {
  const alone = testHelm(major);
  const single: TemplateResult[] = [];
  for (const req of reqs) single.push(await alone.template(req));
  const many = testHelm(major);
  const batched = await many.templateMany(reqs, 1);
  return { single: single.map(comparable), batched: batched.map(comparable) };
}

function requests(fx: FixtureRepo): TemplateRequest[] {
  return CLUSTERS.map((c, i) => ({
    releaseName: `${c}-apps`,
    chartDir: fx.path(AOA),
    namespace: i % 2 ? 'argocd' : '',
    valueFiles: [fx.path(`${AOA}/values.${c}.yaml`)],
    parameters: [],
  }));
}

const configMap = (expr: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\n  namespace: argocd\ndata:\n  value: {{ quote (${expr}) }}\n`;

describe.each(HELM_MAJORS.map((m) => [m] as const))('templateMany with Helm %i', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it.each([
    ['declared', '{{- $ := .root -}}'],
    ['assigned', '{{- $ = .root -}}'],
  ])(
    'a helper reading the release name through `$` %s from its dict: the same results as alone',
    async (_, rebind) => {
      fx = new FixtureRepo();
      fx.write(
        `${AOA}/templates/_release.tpl`,
        `{{- define "release" -}}${rebind}{{ $.PathValue "Release.Name" }}{{- end -}}`,
      );
      fx.write(`${AOA}/templates/cm.yaml`, configMap('include "release" (dict "root" $)'));
      const r = await bothWays(requests(fx), major);
      expect(r.single.every((s) => s.ok)).toBe(true);
      expect(r.single[0]!.stdout).toContain('value: "dev-01-apps"');
      expect(r.batched).toEqual(r.single);
    },
  );
});
