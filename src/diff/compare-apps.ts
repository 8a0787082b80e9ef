import type { RenderedApp } from '../gitops/applications.js';
import { mapLimit } from '../util/concurrency.js';
import type { CompareContext, Comparison } from './compare-model.js';
import { comparePair } from './compare-pair.js';
import { planDeep, renderComponent, type ComponentRender, type DeepPlan } from './deep.js';
import { resourcesOf } from './deep-resources.js';
import { failedLevels, levelDeep } from './levels.js';
import { maskedRisks } from './masked-risks.js';
import type { AppChange, DeepResult } from './model.js';
import { pairRenames } from './renames.js';

type Obj = Record<string, unknown>;
type Renders = { base?: ComponentRender; head?: ComponentRender };

interface DeepJob {
  key: string;
  side: 'base' | 'head';
  run: () => Promise<ComponentRender>;
}

/** What deep mode decided for each Application before rendering: its plan, or its nested level's result. */
interface Planned {
  plans: Map<string, DeepPlan>;
  levels: Map<string, DeepResult>;
  jobs: DeepJob[];
  chartsSkipped: number;
}

const NOT_APPLICABLE: DeepResult = { state: 'not-applicable' };

const appKey = (a: RenderedApp) => `${a.namespace}/${a.name}`;

/** Compares a cluster's Applications at base and head, with their in-repo charts in deep mode. */
export async function compareApps(
  before: RenderedApp[],
  after: RenderedApp[],
  ctx: CompareContext,
): Promise<Comparison> {
  const b = new Map(before.map((a) => [appKey(a), a]));
  const h = new Map(after.map((a) => [appKey(a), a]));
  const keys = [...new Set([...b.keys(), ...h.keys()])].sort();
  const planned = planApps(keys, b, h, { apps: before, objects: [] }, { apps: after, objects: [] }, ctx);
  const renders = await runJobs(planned.jobs, ctx.concurrency);
  const out: Omit<Comparison, 'chartsRendered' | 'chartsSkipped'> = {
    changes: [],
    unknown: [],
    headFailures: [],
    risks: [],
  };
  for (const k of keys) compareApp(b.get(k), h.get(k), planned, renders.get(k), ctx, out);
  pairRenames(out.changes, b, h);
  for (const change of out.changes) {
    const k = `${change.namespace}/${change.name}`;
    out.risks.push(...maskedRisks(change, b.get(k)?.object, h.get(k)?.object, ctx.secretSalt));
  }
  return { ...out, chartsRendered: planned.jobs.length, chartsSkipped: planned.chartsSkipped };
}

/** Each Application's deep plan (a nested level decides its own), and the chart renders it needs. */
function planApps(
  keys: readonly string[],
  b: ReadonlyMap<string, RenderedApp>,
  h: ReadonlyMap<string, RenderedApp>,
  before: Parameters<typeof failedLevels>[0],
  after: Parameters<typeof failedLevels>[1],
  ctx: CompareContext,
): Planned {
  const out: Planned = { plans: new Map(), levels: new Map(), jobs: [], chartsSkipped: 0 };
  const failed = failedLevels(before, after);
  for (const k of keys) {
    const sides = levelDeep(b.get(k), h.get(k), failed);
    if (sides.kind === 'level') out.levels.set(k, sides.result);
    if (sides.kind === 'level' || !ctx.deep) continue;
    const { before: ba, after: ha } = sides;
    const name = (ha ?? ba)!.name;
    const plan = planDeep(
      ba && { app: ba.object, name },
      ha && { app: ha.object, name },
      ctx.base,
      ctx.head,
      ctx.changedFiles,
    );
    if (!plan) continue;
    out.plans.set(k, plan);
    if (plan.kind === 'decided') {
      if (plan.byInputs) out.chartsSkipped++;
      continue;
    }
    out.jobs.push(...deepJobs(k, plan, ctx));
  }
  return out;
}

/** The component chart renders of a plan to render: one per side that has a recipe. */
function deepJobs(key: string, plan: Extract<DeepPlan, { kind: 'render' }>, ctx: CompareContext): DeepJob[] {
  return (['base', 'head'] as const).flatMap((side) => {
    const recipe = plan[side];
    const tree = ctx[side];
    if (!recipe) return [];
    const run = () => {
      const options = { dependencyBuild: ctx.dependencyBuild, ...tree.helm };
      return ctx.charts
        ? ctx.charts.render(tree.files, recipe, options)
        : renderComponent(ctx.helm, tree.files, recipe, options);
    };
    return [{ key, side, run }];
  });
}

async function runJobs(jobs: readonly DeepJob[], concurrency: number): Promise<Map<string, Renders>> {
  const results = await mapLimit(jobs, concurrency, (j) => j.run());
  const renders = new Map<string, Renders>();
  jobs.forEach((j, i) => renders.set(j.key, { ...renders.get(j.key), [j.side]: results[i] }));
  return renders;
}

/** One Application: its field changes and deep result, what is unknown of it, its chart failing at head. */
function compareApp(
  ba: RenderedApp | undefined,
  ha: RenderedApp | undefined,
  planned: Planned,
  rendered: Renders | undefined,
  ctx: CompareContext,
  out: Omit<Comparison, 'chartsRendered' | 'chartsSkipped'>,
): void {
  const app = (ha ?? ba)!;
  const k = appKey(app);
  const pair = comparePair(
    ba?.object as Obj | undefined,
    ha?.object as Obj | undefined,
    `${app.name}.yaml`,
    ctx,
  );
  const plan = planned.plans.get(k);
  const renders = plan?.kind === 'render' ? (rendered ?? {}) : null;
  const deep = deepResult(planned.levels.get(k), plan, renders, ctx);
  const atHead = renders?.head;
  if (ha && plan?.kind === 'render' && plan.head && atHead && !atHead.ok && atHead.failure === 'broken')
    out.headFailures.push({ app: ha, chart: plan.head.chart, rule: atHead.rule, reason: atHead.reason });
  const deepChanged =
    (deep.state === 'rendered' && deep.resources.length > 0) ||
    ((deep.state === 'rendered' || deep.state === 'unknown') && deep.dependencies.length > 0);
  const shown = pair.status ?? (deepChanged ? 'modified' : null);
  if (deep.state === 'unknown')
    out.unknown.push({ application: app.name, reason: unknownReason(deep.reason, plan, shown !== null) });
  // Deep mode says unknown of an Application at both refs only when what Argo CD renders for it
  // changed (its inputs or its render request): a change whose resources are unknown, not only an
  // error of the cluster.
  const status = shown ?? (deep.state === 'unknown' && ba && ha ? 'modified' : null);
  if (!status) return;
  const change: AppChange = {
    kind: 'Application',
    cluster: ctx.cluster,
    name: app.name,
    namespace: app.namespace,
    status,
    fields: pair.fields,
    unified: pair.unified,
    deep,
    ...(app.level ? { parent: app.level.parent } : {}),
  };
  out.changes.push(change);
}

/** A nested level's result, deep mode's decision, or the compared resources of its chart's renders. */
function deepResult(
  level: DeepResult | undefined,
  plan: DeepPlan | undefined,
  renders: Renders | null,
  ctx: CompareContext,
): DeepResult {
  if (level) return level;
  if (!plan) return NOT_APPLICABLE;
  return plan.kind === 'decided' ? plan.result : resourcesOf(renders!, plan.dependencies, ctx);
}

function unknownReason(reason: string, plan: DeepPlan | undefined, shown: boolean): string {
  if (plan?.kind !== 'render') return reason;
  return shown
    ? `its resources did not render (${reason})`
    : `its chart's inputs changed and it did not render (${reason})`;
}
