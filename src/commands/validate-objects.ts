import os from 'node:os';
import { collapseFindings, countBySeverity, finding, sortFindings, type RawFinding } from '../findings.js';
import type { RenderedApp } from '../gitops/applications.js';
import { Locator } from '../gitops/locate.js';
import { identifyObjects, objectKey } from '../gitops/objects.js';
import { externalValueFiles } from '../gitops/render-recipe.js';
import type {
  ApplicationOutput,
  ClusterOutput,
  ComponentOutput,
  OutputObject,
} from '../gitops/rendered-output.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import { ChartRenders } from '../diff/chart-renders.js';
import { componentSource } from '../diff/deep.js';
import { mapLimit } from '../util/concurrency.js';
import { validateRun, type ValidateOptions } from './validate.js';
import { applyRuleSettings } from './validate-check.js';
import type { ClusterRenders } from './validate-render.js';
import type { Discovery } from './validate-discover.js';

/** validate, and what every cluster's Applications deploy (validate --output-dir). */
export interface ValidateObjects {
  /**
   * validate's result, plus one error for each component chart that fails to render as it would in
   * Argo CD (`helm-template`, or `helm-argument`), as diff says of head.
   */
  result: ValidateResult;
  clusters: ClusterOutput[];
}

/** Runs validate, then renders every Application's in-repo chart of every rendered cluster. */
export async function validateObjects(options: ValidateOptions): Promise<ValidateObjects> {
  const charts = options.charts ?? new ChartRenders(options.helm);
  const run = await validateRun({ ...options, charts });
  const concurrency = options.concurrency ?? os.availableParallelism();
  const ctx = { d: run.discovery, r: run.renders, charts, concurrency };
  const clusters: ClusterOutput[] = [];
  const failures: RawFinding[] = [];
  for (const cluster of run.discovery.topology.clusters) {
    clusters.push(await clusterOutput(ctx, cluster.name, failures));
  }
  return { result: withFindings(run.result, failures, run.discovery), clusters };
}

interface Context {
  d: Discovery;
  r: ClusterRenders;
  charts: ChartRenders;
  concurrency: number;
}

async function clusterOutput(ctx: Context, cluster: string, failures: RawFinding[]): Promise<ClusterOutput> {
  if (!ctx.r.rendered.has(cluster)) return { cluster, appOfApps: null, applications: [] };
  const objects = ctx.r.objects.filter((o) => o.cluster.name === cluster);
  const appOfApps = lastOfEach(
    objects
      .filter((o) => o.parent === undefined)
      .map((o) => ({ key: objectKey(o), template: o.template, object: o.object })),
  );
  const byName = new Map<string, RenderedApp>();
  for (const app of ctx.r.apps) if (app.cluster.name === cluster) byName.set(app.name, app);
  const apps = [...byName.values()];
  const outputs = await mapLimit(apps, ctx.concurrency, (app) => applicationOutput(ctx, app));
  const locate = new Locator(ctx.d.files, new Map());
  const applications = apps.map((app, i): ApplicationOutput => {
    const o = outputs[i]!;
    if (o.failure) failures.push(componentFailure(locate, app, o.failure));
    return {
      application: app.name,
      component: app.component,
      parent: app.level?.parent ?? null,
      output: o.output,
    };
  });
  return { cluster, appOfApps, applications };
}

type Failure = { rule: 'helm-template' | 'helm-argument'; chart: string; reason: string };

/** What one Application deploys; `failure` when its component chart fails as in Argo CD. */
async function applicationOutput(
  ctx: Context,
  app: RenderedApp,
): Promise<{ output: ComponentOutput; failure?: Failure }> {
  if (app.nested) {
    if (app.nested.state === 'failed')
      return {
        output: { state: app.nested.failure === 'broken' ? 'broken' : 'unknown', reason: app.nested.reason },
      };
    const level = ctx.r.objects.filter((o) => o.cluster.name === app.cluster.name && o.parent === app.name);
    return {
      output: rendered(level.map((o) => ({ key: objectKey(o), template: o.template, object: o.object }))),
    };
  }
  const source = componentSource(
    app.object,
    ctx.d.files,
    ctx.d.topology.repoURLs,
    app.cluster.controlPlaneNamespace,
  );
  if (!source) return { output: { state: 'unknown', reason: 'the Application has no source' } };
  if (source.kind === 'unrendered') return { output: { state: 'unknown', reason: source.reason } };
  const outside = externalValueFiles(source.recipe)[0];
  if (outside)
    return { output: { state: 'unknown', reason: `value file ${outside.entry} is outside this repository` } };
  const helm = ctx.d.config.helm;
  const r = await ctx.charts.render(ctx.d.files, source.recipe, {
    dependencyBuild: false,
    kubeVersion: helm.kubeVersion,
    apiVersions: helm.apiVersions,
  });
  if (!r.ok) {
    if (r.failure === 'unavailable') return { output: { state: 'unknown', reason: r.reason } };
    return {
      output: { state: 'broken', reason: r.reason },
      failure: { rule: r.rule, chart: source.recipe.chart, reason: r.reason },
    };
  }
  const ids = identifyObjects(
    r.manifests.map((m) => m.object),
    source.recipe.destinationNamespace,
  );
  return {
    output: rendered(
      r.manifests.map((m, i) => ({ key: objectKey(ids[i]!), template: m.source, object: m.object })),
    ),
  };
}

function rendered(objects: readonly KeyedObject[]): ComponentOutput {
  return { state: 'rendered', objects: lastOfEach(objects) };
}

type KeyedObject = OutputObject & { key: string };

/** The objects in render order, of two with one identity the later one only: Argo CD applies that one. */
function lastOfEach(objects: readonly KeyedObject[]): OutputObject[] {
  const last = new Map<string, number>();
  objects.forEach((o, i) => last.set(o.key, i));
  return objects
    .filter((o, i) => last.get(o.key) === i)
    .map(({ template, object }) => ({ template, object }));
}

function componentFailure(locate: Locator, app: RenderedApp, f: Failure): RawFinding {
  return {
    ...finding(
      'error',
      f.rule,
      `component chart ${f.chart} does not render: ${f.reason}`,
      locate.template(app, ['spec', 'source', 'path']),
      app.cluster.name,
    ),
    subject: app.name,
  };
}

/** validate's result with the component charts' failures among its findings. */
function withFindings(result: ValidateResult, raw: readonly RawFinding[], d: Discovery): ValidateResult {
  if (raw.length === 0) return result;
  const findings = sortFindings([...result.findings, ...applyRuleSettings(collapseFindings(raw), d.config)]);
  return { ...result, findings, counts: countBySeverity(findings) };
}
