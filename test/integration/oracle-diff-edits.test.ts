import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixtureHistory, commitStep } from '../helpers/fixture-history.js';
import { git } from '../helpers/git.js';
import { oracleCase, snapshotter } from '../helpers/oracle-compare.js';
import { applyEdit, EDIT_KINDS, type Edit } from '../helpers/repo-edits.js';

/**
 * The differential test of oracle-diff.test.ts as a property: from the last commit of a fixture, a
 * random sequence of edits (test/helpers/repo-edits.ts: a value, a template, a Chart.yaml version, the
 * order of value files, a deleted template, a new ConfigMap), each committed; after every edit and
 * across the whole sequence, what `diff` reports changed equals what the oracle's `helm template`
 * shows. A fixed seed and a bounded number of runs; no shrinking (each run renders real charts).
 */
const counted = { cases: 0, keys: 0, runs: 0 };
afterAll(() =>
  console.log(
    `oracle (generated edits): ${counted.cases} cases in ${counted.runs} runs, ${counted.keys} keys compared`,
  ),
);

/** Starting points of the generated edits: three layouts with in-repo charts, values layers and non-Application objects. */
const PROPERTY_FIXTURES = ['projects-and-configmaps', 'layered-env-values', 'git-ssh-bootstrap'];

const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(...EDIT_KINDS),
  pick: fc.nat({ max: 1000 }),
});

describe('oracle: generated edits', () => {
  it(
    'diff equals the oracle after every edit and across the whole sequence',
    { timeout: 120_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...PROPERTY_FIXTURES),
          fc.array(editArb, { minLength: 1, maxLength: 3 }),
          async (name, edits) => {
            const h = buildFixtureHistory(name);
            try {
              const run = ++counted.runs;
              const snapshot = snapshotter(h);
              git(h.dir, h.env, 'checkout', '-q', h.defaultBranch);
              const shas = [h.commits.at(-1)!.sha];
              const done: string[] = [];
              edits.forEach((e, i) => {
                const message = applyEdit(h.dir, e, run * 10 + i);
                if (!message) return;
                done.push(message);
                shas.push(commitStep(h.dir, h.env, h.commits.length + i, message));
              });
              const cases: [string, string, string][] = shas.slice(1).map((s, i) => [done[i]!, shas[i]!, s]);
              if (shas.length > 2) cases.push(['the whole sequence', shas[0]!, shas.at(-1)!]);
              for (const [edit, base, head] of cases) {
                const c = await oracleCase(h, snapshot, base, head);
                counted.cases++;
                counted.keys += c.keys;
                expect({ fixture: name, edit, ...c.engine }).toEqual({ fixture: name, edit, ...c.oracle });
              }
            } finally {
              h.cleanup();
            }
          },
        ),
        { seed: 20260307, numRuns: 8, endOnFailure: true },
      );
    },
  );
});
