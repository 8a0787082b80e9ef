import { rmSync, symlinkSync } from 'node:fs';
import { createGit } from '../../src/git/git.js';
import { afterEach, describe, expect, it } from 'vitest';
import { withTree } from '../../src/commands/with-tree.js';
import { validate } from '../../src/commands/validate.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

describe("a chart's values.schema.json with a catastrophic pattern", () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('is matched in linear time: validate ends with the finding instead of hanging', async () => {
    fx = new FixtureRepo();
    fx.write(
      'charts/app-of-apps/values.schema.json',
      JSON.stringify({
        type: 'object',
        properties: {
          cluster: {
            type: 'object',
            properties: { name: { type: 'string', pattern: '^([a-z0-9-]+)+\\.$' } },
          },
        },
      }),
    );
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'name: dev-01', `name: dev-01-${'a'.repeat(40)}`);
    const started = Date.now();
    const result = await validate({
      repoDir: fx.dir,
      git: createGit(fx.dir),
      helm: testHelm(),
      logger: new RecordingLogger(),
    });
    // With JavaScript's backtracking engine this takes hours; give it a generous bound.
    expect(Date.now() - started).toBeLessThan(30_000);
    const file = 'charts/app-of-apps/values.dev-01.yaml';
    expect(
      result.findings.some(
        (f) => f.rule === 'values-schema' && f.file === file && f.message.includes('pattern'),
      ),
    ).toBe(true);
  }, 60_000);
});

describe('a pattern RE2 cannot run', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('makes the schema unusable (as for helm), never a backtracking match', async () => {
    fx = new FixtureRepo();
    fx.write(
      'charts/app-of-apps/values.schema.json',
      JSON.stringify({
        type: 'object',
        properties: { cluster: { type: 'object', properties: { name: { pattern: '^(?=a)(a+)+$' } } } },
      }),
    );
    await expect(
      validate({ repoDir: fx.dir, git: createGit(fx.dir), helm: testHelm(), logger: new RecordingLogger() }),
    ).rejects.toThrow(
      /^values schema charts\/app-of-apps\/values.schema.json is not a usable JSON schema: pattern "\^\(\?=a\)\(a\+\)\+\$" is not RE2 syntax/,
    );
  });
});

describe('validate --repo through a symlink', () => {
  it('validates the directory the link points at', async () => {
    const fx = new FixtureRepo();
    const link = `${fx.dir}-link`;
    symlinkSync(fx.dir, link);
    const result = await withTree(link, undefined, createGit(link), (dir) =>
      validate({ repoDir: dir, git: createGit(dir), helm: testHelm(), logger: new RecordingLogger() }),
    );
    expect(result.counts.error).toBe(0);
    expect(result.clusters.every((c) => c.rendered)).toBe(true);
    rmSync(link);
    fx.cleanup();
  });
});
