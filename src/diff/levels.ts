import type { RenderedApp } from '../gitops/applications.js';
import type { RenderedObject } from '../gitops/objects.js';
import type { DeepResult } from './model.js';

/**
 * Nested app-of-apps levels in the comparison. An Application whose chart is a nested level is an
 * Application of the cluster like any other, but not a deep component: what its chart renders is
 * the cluster's next level, compared as the cluster's own Applications and objects.
 */

export interface SideObjects {
  apps: RenderedApp[];
  objects: RenderedObject[];
}

/** The Applications whose nested level did not render at either side (name → why, at which side). */
export function failedLevels(before: SideObjects, after: SideObjects): Map<string, string> {
  const out = new Map<string, string>();
  for (const [side, list] of [
    ['head', after.apps],
    ['base', before.apps],
  ] as const)
    for (const a of list)
      if (a.nested?.state === 'failed' && !out.has(a.name))
        out.set(
          a.name,
          `its nested app-of-apps chart ${a.nested.chart} did not render at ${side} (${a.nested.reason}): the Applications and objects it renders are not compared`,
        );
  return out;
}

/**
 * Both sides without what a level that did not render at either side would have rendered: what it
 * renders at the other side cannot be called added or removed.
 */
export function withoutFailedLevels(side: SideObjects, failed: ReadonlyMap<string, string>): SideObjects {
  if (failed.size === 0) return side;
  const under = (ancestors: readonly string[] | undefined) => !!ancestors?.some((n) => failed.has(n));
  return {
    apps: side.apps.filter((a) => !under(a.level?.ancestors)),
    objects: side.objects.filter((o) => !under(o.ancestors)),
  };
}

/**
 * How deep mode treats an Application given its nested state at each side: `level`, decided here
 * (a level at every side it exists: nothing to render, its objects are the cluster's; a level that did
 * not render: unknown); else `component`, with the sides that are components (a level at one side
 * is absent there).
 */
export function levelDeep(
  before: RenderedApp | undefined,
  after: RenderedApp | undefined,
  failed: ReadonlyMap<string, string>,
):
  | { kind: 'level'; result: DeepResult }
  | { kind: 'component'; before: RenderedApp | undefined; after: RenderedApp | undefined } {
  const app = (after ?? before)!;
  const why = failed.get(app.name);
  if (why && (before?.nested?.state === 'failed' || after?.nested?.state === 'failed'))
    return { kind: 'level', result: { state: 'unknown', reason: why, dependencies: [] } };
  const b = before?.nested ? undefined : before;
  const a = after?.nested ? undefined : after;
  if (!b && !a && (before?.nested || after?.nested))
    return { kind: 'level', result: { state: 'not-applicable' } };
  return { kind: 'component', before: b, after: a };
}
