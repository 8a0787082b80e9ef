import { objectKey, type RenderedObject } from '../gitops/objects.js';
import { compareApps } from '../diff/compare-apps.js';
import type { Comparison } from '../diff/compare-model.js';
import { compareObjects } from '../diff/compare-objects.js';
import { headRenderError } from '../diff/head-findings.js';
import { failedLevels, withoutFailedLevels, type SideObjects } from '../diff/levels.js';
import { hasEntries, type ClusterDiff, type Risk } from '../diff/model.js';
import { bootstrapChange } from './diff-bootstrap.js';
import type { HeadGaps } from './diff-gaps.js';
import type { Plan } from './diff-plan.js';
import { sameTopLevel, type BaseRender, type HeadRenders } from './diff-renders.js';
import { nestedAt, sideOf, type DiffRun } from './diff-run.js';
import { outsideValueFiles, unreadableDocuments } from './diff-uncompared.js';

/** One cluster's diff: its bootstrap Application, then its Applications and objects when it is to be compared. */

export interface ClusterOutcome {
  diff: ClusterDiff;
  risks: Risk[];
  headFailures: Comparison['headFailures'];
  /** Its inputs are equal at both refs and nothing outside them concerns it: not rendered for the diff. */
  skipped: boolean;
  chartsSkipped: number;
  /** It is to be compared and did not render at head: its first error says why (headRenderError). */
  unrenderedAtHead: boolean;
}

export interface Rendered {
  gaps: HeadGaps;
  base: readonly BaseRender[];
  head: HeadRenders;
}

export async function compareCluster(run: DiffRun, p: Plan, rendered: Rendered): Promise<ClusterOutcome> {
  const out: ClusterOutcome = {
    diff: emptyDiff(p),
    risks: [],
    headFailures: [],
    skipped: false,
    chartsSkipped: 0,
    unrenderedAtHead: false,
  };
  const cd = out.diff;
  const bootstrap = bootstrapChange(p, run.masking);
  if (bootstrap) {
    cd.apps.push(bootstrap.change);
    cd.counts[bootstrap.change.status]++;
    cd.status = 'changed';
    out.risks.push(...bootstrap.risks);
  }
  if (!p.changed && !p.needsApps) return { ...out, skipped: true };
  const baseRender = rendered.base.find((r) => r.cluster === p.name);
  const why = whyNotCompared(p, rendered, baseRender);
  cd.errors.push(...why.errors);
  out.unrenderedAtHead = why.unrenderedAtHead;
  if (cd.errors.length > 0) {
    cd.status = 'unknown';
    return out;
  }
  await compareRenders(run, p, baseRender, rendered.head, out);
  cd.status = clusterStatus(p, cd);
  return out;
}

function emptyDiff(p: Plan): ClusterDiff {
  return {
    name: p.name,
    env: p.head?.env ?? p.base?.env ?? null,
    status: 'unchanged',
    apps: [],
    objects: [],
    counts: { added: 0, removed: 0, modified: 0 },
    compared: null,
    errors: [],
  };
}

/**
 * Why a cluster to compare cannot be: hidden by a broken bootstrap at head, or not rendered at a side
 * (at head first: `unrenderedAtHead`).
 */
function whyNotCompared(
  p: Plan,
  rendered: Rendered,
  baseRender: BaseRender | undefined,
): { errors: string[]; unrenderedAtHead: boolean } {
  const hiddenBy = rendered.gaps.hidden.get(p.name);
  if (hiddenBy) return { errors: [hiddenBy], unrenderedAtHead: false };
  const errors: string[] = [];
  const unrenderedAtHead = !!p.head && !rendered.head.renders.rendered.has(p.name);
  if (unrenderedAtHead) errors.push(headRenderError(rendered.head.validated.findings, p.name));
  if (baseRender && !baseRender.ok) errors.push(`cannot render at base: ${baseRender.error}`);
  return { errors, unrenderedAtHead };
}

/** Compares a cluster's Applications (and, deep, their charts) and other objects at both refs. */
async function compareRenders(
  run: DiffRun,
  p: Plan,
  baseRender: BaseRender | undefined,
  head: HeadRenders,
  out: ClusterOutcome,
): Promise<void> {
  const cd = out.diff;
  const atHead = { apps: head.apps.get(p.name) ?? [], objects: head.objects.get(p.name) ?? [] };
  const atBase = p.changed
    ? { apps: baseRender?.apps ?? [], objects: baseRender?.objects ?? [] }
    : await sameTopLevel(atHead, nestedAt(run, run.base, p.base!));
  // What a nested level that did not render would render at the other side is not compared.
  const failed = failedLevels(atBase, atHead);
  const after = withoutFailedLevels(atHead, failed);
  const before = withoutFailedLevels(atBase, failed);
  const compared = await compareApps(before.apps, after.apps, compareContext(run, p.name));
  out.headFailures.push(...compared.headFailures);
  out.chartsSkipped += compared.chartsSkipped;
  cd.apps.push(...compared.changes);
  cd.errors.push(...compared.unknown.map((u) => `${u.application}: ${u.reason}`));
  // A document helm rendered but nobody can read holds objects of unknown identity: not compared.
  if (p.changed)
    cd.errors.push(
      ...unreadableDocuments(baseRender?.unreadable, head.renders.unreadable.get(p.name)),
      ...outsideValueFiles([run.base, p.base], [run.head, p.head]),
    );
  out.risks.push(...compared.risks);
  for (const a of compared.changes) cd.counts[a.status]++;
  compareOtherObjects(run, before, after, cd);
}

function compareContext(run: DiffRun, cluster: string) {
  return {
    cluster,
    base: sideOf(run.base),
    head: sideOf(run.head),
    helm: run.helm,
    deep: run.policy.deep,
    dependencyBuild: run.dependencyBuild,
    ...run.masking,
    concurrency: run.concurrency,
    changedFiles: run.changed,
    charts: run.charts,
  };
}

function compareOtherObjects(run: DiffRun, before: SideObjects, after: SideObjects, cd: ClusterDiff): void {
  cd.objects = compareObjects(before.objects, after.objects, run.masking);
  for (const o of cd.objects) cd.counts[o.status]++;
  cd.compared = comparedCount(before.objects, after.objects);
}

/** How many distinct objects two renders of a cluster hold together (what was compared). */
function comparedCount(before: readonly RenderedObject[], after: readonly RenderedObject[]): number {
  return new Set([...before, ...after].map(objectKey)).size;
}

function clusterStatus(p: Plan, cd: ClusterDiff): ClusterDiff['status'] {
  if (!p.base) return 'added';
  if (!p.head) return 'removed';
  if (hasEntries(cd)) return 'changed';
  return cd.errors.length > 0 ? 'unknown' : 'unchanged';
}
