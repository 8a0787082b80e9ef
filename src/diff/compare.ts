import { stringify } from 'yaml';
import type { Helm } from '../helm/helm.js';
import { isApplication, type ApplicationObject, type RenderedApp } from '../gitops/applications.js';
import { objectKey, type RenderedObject } from '../gitops/objects.js';
import { normalizeRepoURL } from '../gitops/topology.js';
import { mapLimit } from '../util/concurrency.js';
import type { ChartRenders } from './chart-renders.js';
import {
  planDeep,
  renderComponent,
  type ComponentRender,
  type DeepPlan,
  type DeepSide,
  type RenderedResource,
} from './deep.js';
import { applyIgnores, type ignoreRules } from './ignore.js';
import { failedLevels, levelDeep } from './levels.js';
import type {
  AppChange,
  ChangeStatus,
  DeepResult,
  DependencyChange,
  ObjectChange,
  ResourceChange,
  Risk,
} from './model.js';
import { diffObjects } from './object-diff.js';
import { appRisks } from './risks.js';
import { maskSecrets } from './secrets.js';
import { unifiedDiff } from './unified.js';

/** One ref's tree as the comparison needs it. */
export type Side = DeepSide;

export interface CompareContext {
  cluster: string;
  base: Side;
  head: Side;
  helm: Helm;
  deep: boolean;
  dependencyBuild: boolean;
  rules: ReturnType<typeof ignoreRules>;
  /** Ignored changes by rule, accumulated across the whole diff. */
  ignored: Record<string, number>;
  concurrency: number;
  /** Key of the secret hashes of this report. */
  secretSalt: string;
  /** Files whose git object differs between the refs (changedFiles of the two listings). */
  changedFiles: ReadonlySet<string>;
  /** The chart renders of this diff (shared with the nested app-of-apps levels); default: render each. */
  charts?: ChartRenders;
}

export interface Comparison {
  changes: AppChange[];
  /**
   * Applications deep mode could not compare (their chart's inputs changed and did not render, a
   * source outside the repository whose Application changed, plain manifests that changed), whether
   * or not their own fields changed: not proven, so the comparison is incomplete.
   */
  unknown: { application: string; reason: string }[];
  /** Component charts that fail to render at head as they would in Argo CD: errors of the pull request. */
  headFailures: {
    app: RenderedApp;
    chart: string;
    rule: 'helm-template' | 'helm-argument';
    reason: string;
  }[];
  risks: Risk[];
  chartsRendered: number;
  chartsSkipped: number;
}

type Obj = Record<string, unknown>;

/** A before/after pair, masked and with ignored fields removed: field changes and a unified YAML diff. */
export function comparePair(
  before: Obj | undefined,
  after: Obj | undefined,
  label: string,
  ctx: Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>,
): { status: ChangeStatus | null; fields: ReturnType<typeof diffObjects>; unified: string } {
  const [a, b] = applyIgnores(
    before && maskSecrets(before, ctx.secretSalt),
    after && maskSecrets(after, ctx.secretSalt),
    ctx.rules,
    ctx.ignored,
  );
  const fields = a && b ? diffObjects(a, b) : [];
  const status: ChangeStatus | null = !a ? 'added' : !b ? 'removed' : fields.length > 0 ? 'modified' : null;
  const text = (o: Obj | undefined) => (o ? stringify(o, { lineWidth: 0 }) : '');
  const unified = status
    ? unifiedDiff(text(a), text(b), a ? `a/${label}` : '/dev/null', b ? `b/${label}` : '/dev/null')
    : '';
  return { status, fields, unified };
}

interface DeepJob {
  key: string;
  side: 'base' | 'head';
  run: () => Promise<ComponentRender>;
}

const NOT_APPLICABLE: DeepResult = { state: 'not-applicable' };

/** Compares a cluster's Applications at base and head, with their in-repo charts in deep mode. */
export async function compareApps(
  before: RenderedApp[],
  after: RenderedApp[],
  ctx: CompareContext,
): Promise<Comparison> {
  const key = (a: RenderedApp) => `${a.namespace}/${a.name}`;
  const b = new Map(before.map((a) => [key(a), a]));
  const h = new Map(after.map((a) => [key(a), a]));
  const keys = [...new Set([...b.keys(), ...h.keys()])].sort();
  const plans = new Map<string, DeepPlan>();
  const levels = new Map<string, DeepResult>();
  const failed = failedLevels({ apps: before, objects: [] }, { apps: after, objects: [] });
  const jobs: DeepJob[] = [];
  let chartsSkipped = 0;
  for (const k of keys) {
    const sides = levelDeep(b.get(k), h.get(k), failed);
    if (sides.kind === 'level') levels.set(k, sides.result);
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
    plans.set(k, plan);
    if (plan.kind === 'decided') {
      if (plan.byInputs) chartsSkipped++;
      continue;
    }
    for (const side of ['base', 'head'] as const) {
      const recipe = plan[side];
      const tree = ctx[side];
      if (recipe)
        jobs.push({
          key: k,
          side,
          run: () => {
            const options = { dependencyBuild: ctx.dependencyBuild, ...tree.helm };
            return ctx.charts
              ? ctx.charts.render(tree.files, recipe, options)
              : renderComponent(ctx.helm, tree.files, recipe, options);
          },
        });
    }
  }
  const results = await mapLimit(jobs, ctx.concurrency, (j) => j.run());
  const renders = new Map<string, { base?: ComponentRender; head?: ComponentRender }>();
  jobs.forEach((j, i) => renders.set(j.key, { ...renders.get(j.key), [j.side]: results[i] }));

  const changes: AppChange[] = [];
  const unknown: Comparison['unknown'] = [];
  const headFailures: Comparison['headFailures'] = [];
  const risks: Risk[] = [];
  for (const k of keys) {
    const ba = b.get(k);
    const ha = h.get(k);
    const app = (ha ?? ba)!;
    const pair = comparePair(
      ba?.object as Obj | undefined,
      ha?.object as Obj | undefined,
      `${app.name}.yaml`,
      ctx,
    );
    const plan = plans.get(k);
    const rendered = plan?.kind === 'render' ? (renders.get(k) ?? {}) : null;
    const deep: DeepResult =
      levels.get(k) ??
      (!plan
        ? NOT_APPLICABLE
        : plan.kind === 'decided'
          ? plan.result
          : resourcesOf(rendered!, plan.dependencies, ctx));
    const atHead = rendered?.head;
    if (ha && plan?.kind === 'render' && plan.head && atHead && !atHead.ok && atHead.failure === 'broken')
      headFailures.push({ app: ha, chart: plan.head.chart, rule: atHead.rule, reason: atHead.reason });
    const deepChanged =
      (deep.state === 'rendered' && deep.resources.length > 0) ||
      ((deep.state === 'rendered' || deep.state === 'unknown') && deep.dependencies.length > 0);
    const shown = pair.status ?? (deepChanged ? 'modified' : null);
    if (deep.state === 'unknown')
      unknown.push({
        application: app.name,
        reason:
          plan?.kind !== 'render'
            ? deep.reason
            : shown
              ? `its resources did not render (${deep.reason})`
              : `its chart's inputs changed and it did not render (${deep.reason})`,
      });
    // Deep mode says unknown of an Application at both refs only when what Argo CD renders for it
    // changed (its inputs or its render request): a change whose resources are unknown, not only an
    // error of the cluster.
    const status = shown ?? (deep.state === 'unknown' && ba && ha ? 'modified' : null);
    if (!status) continue;
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
    changes.push(change);
  }
  pairRenames(changes, b, h);
  for (const change of changes) {
    const k = `${change.namespace}/${change.name}`;
    risks.push(...maskedRisks(change, b.get(k)?.object, h.get(k)?.object, ctx.secretSalt));
  }
  return { changes, unknown, headFailures, risks, chartsRendered: jobs.length, chartsSkipped };
}

/**
 * Compares every object but the Applications (compareApps has those) that a cluster's app-of-apps
 * chart renders at base and head, matched by Argo CD's identity. Of two objects with one identity
 * Argo CD applies the later one, and so does this (validate reports the pair).
 */
export function compareObjects(
  before: readonly RenderedObject[],
  after: readonly RenderedObject[],
  ctx: Pick<CompareContext, 'rules' | 'ignored' | 'secretSalt'>,
): ObjectChange[] {
  const others = (list: readonly RenderedObject[]) =>
    new Map(list.filter((o) => !isApplication(o.object)).map((o) => [objectKey(o), o]));
  const b = others(before);
  const h = others(after);
  const changes: ObjectChange[] = [];
  for (const k of [...new Set([...b.keys(), ...h.keys()])]) {
    const ob = b.get(k);
    const oh = h.get(k);
    const o = (oh ?? ob)!;
    const label = `${o.kind || 'object'}/${o.namespace ? `${o.namespace}/` : ''}${o.name || 'unnamed'}.yaml`;
    const pair = comparePair(ob?.object, oh?.object, label, ctx);
    if (!pair.status) continue;
    const { kind, apiVersion, namespace, name } = o;
    changes.push({
      kind,
      apiVersion,
      namespace,
      name,
      status: pair.status,
      fields: pair.fields,
      unified: pair.unified,
    });
  }
  const order = (c: ObjectChange) => [c.kind, c.namespace, c.name, c.apiVersion].join('\0');
  return changes.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}

/** A change's risks, computed from masked copies: risk messages quote fields (a server URL may carry a password). */
export function maskedRisks(
  change: AppChange,
  before: ApplicationObject | undefined,
  after: ApplicationObject | undefined,
  salt: string,
): Risk[] {
  const masked = (o: ApplicationObject | undefined) =>
    o && (maskSecrets(o as Obj, salt) as ApplicationObject);
  return appRisks(change, masked(before), masked(after));
}

/** Marks a removed and an added Application that deploy the same source to the same place as a rename. */
function pairRenames(
  changes: AppChange[],
  before: Map<string, RenderedApp>,
  after: Map<string, RenderedApp>,
): void {
  // Every source (single or multi-source) and the destination, field by field (key order aside).
  const identity = (a: RenderedApp | undefined) => {
    if (!a) return '';
    const spec = a.object.spec ?? {};
    const sources = (spec.sources ?? (spec.source ? [spec.source] : [])).map((src) => [
      src.repoURL ? normalizeRepoURL(src.repoURL) : null,
      src.path ?? null,
      src.chart ?? null,
    ]);
    const d = spec.destination ?? {};
    return sources.length === 0
      ? ''
      : JSON.stringify([sources, d.server ?? null, d.name ?? null, d.namespace ?? null]);
  };
  const added = changes.filter((c) => c.status === 'added');
  for (const removed of changes.filter((c) => c.status === 'removed')) {
    const id = identity(before.get(`${removed.namespace}/${removed.name}`));
    if (!id) continue;
    const match = added.find((a) => !a.renamedFrom && identity(after.get(`${a.namespace}/${a.name}`)) === id);
    if (!match) continue;
    match.renamedFrom = removed.name;
    removed.renamedTo = match.name;
  }
}

function resourcesOf(
  r: { base?: ComponentRender; head?: ComponentRender },
  dependencies: DependencyChange[],
  ctx: CompareContext,
): DeepResult {
  const failed = (['head', 'base'] as const).find((side) => r[side] && !r[side].ok);
  const failure = failed && r[failed];
  if (failure && !failure.ok)
    return { state: 'unknown', reason: `at ${failed}: ${failure.reason}`, dependencies };
  const none = new Map<string, RenderedResource>();
  const before = r.base && r.base.ok ? r.base.resources : none;
  const after = r.head && r.head.ok ? r.head.resources : none;
  const resources: ResourceChange[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const order = (k: string) => {
    const o = (after.get(k) ?? before.get(k))!;
    return [o.kind, o.namespace, o.name, o.group].join('\0');
  };
  for (const key of keys.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0))) {
    const { kind, namespace, name } = (after.get(key) ?? before.get(key))!;
    const pair = comparePair(before.get(key)?.object, after.get(key)?.object, `${kind}/${name}.yaml`, ctx);
    if (pair.status)
      resources.push({
        kind,
        namespace,
        name,
        status: pair.status,
        fields: pair.fields,
        unified: pair.unified,
      });
  }
  return { state: 'rendered', resources, dependencies };
}
