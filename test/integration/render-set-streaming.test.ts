import { describe, expect, it } from 'vitest';
import { validate } from '../../src/commands/validate.js';
import { createGit } from '../../src/git/git.js';
import type { HelmPort, TemplateResult } from '../../src/ports/helm.js';
import { EXAMPLE_REPO } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

/**
 * renderClusterSet reads each cluster's output as soon as helm gives it, while the other renders
 * still run: a helm port that gives the first result, then waits for it to be read before it gives
 * the others, is read from before templateMany is done. Real helm renders the results.
 */

/** `result` with a `read` that says when a reading looked at it (and serves nothing: stdout is read). */
function watched(result: TemplateResult, onRead: () => void): TemplateResult {
  return Object.defineProperty({ ...result }, 'read', {
    get() {
      onRead();
      return undefined;
    },
  });
}

/** At most `turns` turns of the event loop for `done()` to be true. */
async function within(turns: number, done: () => boolean): Promise<boolean> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setImmediate(r));
  return done();
}

function firstThenRest(inner: HelmPort, seen: { firstReadEarly: boolean | null }): HelmPort {
  return {
    get invocations() {
      return inner.invocations;
    },
    get renders() {
      return inner.renders;
    },
    version: () => inner.version(),
    template: (req) => inner.template(req),
    dependencyBuild: (dir, repos) => inner.dependencyBuild(dir, repos),
    templateMany: async (reqs, concurrency, onResult) => {
      const results = await inner.templateMany(reqs, concurrency);
      let read = false;
      const out = results.map((r, i) => (i === 0 ? watched(r, () => (read = true)) : r));
      onResult?.(0, out[0]!);
      if (seen.firstReadEarly === null && reqs.length > 1) seen.firstReadEarly = await within(50, () => read);
      out.slice(1).forEach((r, i) => onResult?.(i + 1, r));
      return out;
    },
  };
}

describe('renderClusterSet', () => {
  it('reads an output while the other renders of the set are still running, with the same verdict', async () => {
    const plain = await validate({
      repoDir: EXAMPLE_REPO,
      git: createGit(EXAMPLE_REPO),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    const seen = { firstReadEarly: null as boolean | null };
    const streamed = await validate({
      repoDir: EXAMPLE_REPO,
      git: createGit(EXAMPLE_REPO),
      helm: firstThenRest(testHelm(), seen),
      logger: new RecordingLogger(),
    });
    expect(seen.firstReadEarly).toBe(true);
    expect(streamed.findings).toEqual(plain.findings);
    expect(streamed.clusters).toEqual(plain.clusters);
    expect(streamed.clusters.every((c) => c.rendered && c.applications > 0)).toBe(true);
  });

  it("throws helm's failure once what it read early has settled, and reads nothing after it threw", async () => {
    let readAfter = false;
    let late: Promise<void> | undefined;
    const inner = testHelm();
    const failing: HelmPort = {
      ...firstThenRest(inner, { firstReadEarly: true }),
      templateMany: async (reqs, concurrency, onResult) => {
        const results = await inner.templateMany(reqs, concurrency);
        // The first result's reading fails; then helm fails; then a late result arrives anyway.
        const broken = Object.defineProperty({ ...results[0]! }, 'read', {
          get() {
            throw new Error('reading failed');
          },
        });
        onResult?.(0, broken);
        late = (async () => {
          await new Promise((r) => setTimeout(r, 20));
          onResult?.(
            1,
            watched(results[1]!, () => (readAfter = true)),
          );
        })();
        throw new Error('helm gone');
      },
    };
    await expect(
      validate({
        repoDir: EXAMPLE_REPO,
        git: createGit(EXAMPLE_REPO),
        helm: failing,
        logger: new RecordingLogger(),
      }),
    ).rejects.toThrow('helm gone');
    await late;
    await within(50, () => readAfter);
    expect(readAfter).toBe(false);
  });
});
