import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureHistory, fixtureNames, type FixtureHistory } from '../helpers/fixture-history.js';
import { oracleCase, snapshotter } from '../helpers/oracle-compare.js';

/**
 * The differential test of issue 8: for every fixture repo (test/fixtures/<name>/) and every commit
 * pair of its history, what `diff` reports changed — (cluster, kind, namespace, name) at the
 * app-of-apps level, (cluster, application, kind, namespace, name) in deep mode, the components it
 * cannot render, the clusters it cannot compare — equals what a plain `helm template` of each
 * cluster at both commits shows, with Argo CD's recipe written in the test (argo-source-render.ts). The
 * same over generated edits is oracle-diff-edits.test.ts (a file of its own: the two run in parallel).
 */
const counted = { cases: 0, keys: 0 };
afterAll(() => console.log(`oracle: ${counted.cases} fixture commit pairs, ${counted.keys} keys compared`));

/** Consecutive commits, and first → last. */
function pairs(h: FixtureHistory): [string, string, string][] {
  const c = h.commits;
  const out = c
    .slice(1)
    .map((x, i) => [`${c[i]!.step} → ${x.step}`, c[i]!.sha, x.sha] as [string, string, string]);
  if (c.length > 2) out.push([`${c[0]!.step} → ${c.at(-1)!.step}`, c[0]!.sha, c.at(-1)!.sha]);
  return out;
}

describe.each(fixtureNames())('oracle: %s', (name) => {
  const h = buildFixtureHistory(name);
  const snapshot = snapshotter(h);
  afterAll(() => h.cleanup());

  const kinds: unknown[] = [];

  it.each(pairs(h))('%s', async (_label, base, head) => {
    const c = await oracleCase(h, snapshot, base, head);
    kinds.push(...c.appKinds);
    counted.cases++;
    counted.keys += c.keys;
    expect(c.engine).toEqual(c.oracle);
  });

  it('every entry of clusters[].apps in those diffs says kind: Application', () => {
    expect(kinds.filter((k) => k !== 'Application')).toEqual([]);
  });
});
