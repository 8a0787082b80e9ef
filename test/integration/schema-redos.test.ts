import { afterEach, describe, expect, it } from 'vitest';
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
    const result = await validate({ repoDir: fx.dir, helm: testHelm(), logger: new RecordingLogger() });
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
