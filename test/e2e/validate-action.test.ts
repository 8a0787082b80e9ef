import { existsSync, readFileSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { helmBinary } from '../helpers/helm.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

const describeBundles = describeWithNode24();

describeBundles.each(['actions/validate', '.'])(
  'validate through the committed bundle of %s',
  (actionDir) => {
    let fx: FixtureRepo | undefined;
    afterEach(() => fx?.cleanup());

    it('passes the example repo: outputs, JSON report, summary with the matrix', async () => {
      fx = new FixtureRepo();
      const run = await runAction(actionDir, { workspace: fx.dir, inputs: { helm: helmBinary() } });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(0);
      expect(run.stdout).not.toContain('::error');
      expect(run.outputs.errors).toBe('0');
      expect(run.outputs.warnings).toBe('0');
      expect(existsSync(run.outputs.report!)).toBe(true);
      const report = JSON.parse(readFileSync(run.outputs.report!, 'utf8')) as {
        counts: unknown;
        findings: unknown[];
      };
      expect(report.counts).toEqual({ error: 0, warning: 0, notice: 0 });
      expect(report.findings).toEqual([]);
      expect(run.summary).toContain('✅ **validation passed**: 0 errors, 0 warnings, 0 notices');
      expect(run.summary).toContain('| `velero` | ❌ | ❌ | `stable` | `stable` |');
      expect(run.summary).toContain('| `promtail` | `HEAD` | `staging` | ❌ | `stable` |');
    });

    it('annotates the first 10 errors, lists all 12 in the summary, fails the step', async () => {
      fx = new FixtureRepo();
      // Unknown keys in the base values.yaml are errors of the built-in schema (not of the inferred shape).
      fx.append('.github/gitops-promotion.yaml', 'valuesSchema: builtin\n');
      const typos = Array.from({ length: 11 }, (_, i) => `  typo${String(i).padStart(2, '0')}: 1\n`).join('');
      fx.replace(
        'charts/app-of-apps/values.yaml',
        'loki:\n  enable: true\n',
        `loki:\n  enable: true\n${typos}`,
      );
      fx.replace(
        'charts/app-of-apps/values.prod-01.yaml',
        'velero:\n  enable: true',
        'velero:\n  enable: "yes"',
      );
      const run = await runAction(actionDir, { workspace: fx.dir, inputs: { helm: helmBinary() } });
      expect(run.exitCode).toBe(1);
      const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
      expect(annotations).toHaveLength(10);
      const velero = fx.lineOf('charts/app-of-apps/values.prod-01.yaml', 'enable: "yes"');
      expect(annotations[0]).toBe(
        `::error file=charts/app-of-apps/values.prod-01.yaml,line=${velero},col=11,title=values-schema (prod-01)::velero.enable must be boolean, got string "yes"`,
      );
      const typoLine = fx.lineOf('charts/app-of-apps/values.yaml', 'typo00');
      expect(annotations[1]).toBe(
        `::error file=charts/app-of-apps/values.yaml,line=${typoLine},col=3,title=values-schema::loki.typo00 is not allowed here (unknown field) (clusters: dev-01, ops-01, prod-01, stag-01)`,
      );
      expect(annotations[9]).toContain('loki.typo08 is not allowed here');
      expect(run.stdout).not.toContain('typo09');
      expect(run.stdout).toContain('2 more findings are listed in the job summary.');
      expect(run.stdout).toContain('::error::validation found 12 errors');
      expect(run.outputs.errors).toBe('12');
      expect(run.summary).toContain(
        'GitHub shows the first 10 findings as annotations; all 12 are listed here.',
      );
      expect(run.summary).toContain('loki.typo09 is not allowed here');
      expect(run.summary).toContain('loki.typo10 is not allowed here');
    });

    it("holds the values to the chart's own values.schema.json (ajv and its formats load from the bundle)", async () => {
      fx = new FixtureRepo();
      fx.write(
        'charts/app-of-apps/values.schema.json',
        JSON.stringify({
          $schema: 'https://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: {
            cluster: { type: 'object', properties: { server: { type: 'string', format: 'uri' } } },
          },
        }),
      );
      fx.replace(
        'charts/app-of-apps/values.dev-01.yaml',
        'server: https://dev-01.k8s.example.com',
        'server: not a uri',
      );
      const run = await runAction(actionDir, { workspace: fx.dir, inputs: { helm: helmBinary() } });
      expect(run.stderr).toBe('');
      expect(run.exitCode).toBe(1);
      const line = fx.lineOf('charts/app-of-apps/values.dev-01.yaml', 'server: not a uri');
      expect(run.stdout.split('\n').filter((l) => l.startsWith('::error '))).toEqual([
        `::error file=charts/app-of-apps/values.dev-01.yaml,line=${line},col=11,title=values-schema (dev-01)::cluster.server must match format "uri"`,
      ]);
    });

    it('fails with a clear message and no stack trace when helm cannot be found', async () => {
      fx = new FixtureRepo();
      const run = await runAction(actionDir, { workspace: fx.dir, env: { PATH: '/usr/bin:/bin' } });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('::error::helm was not found');
      expect(run.stdout).toContain('azure/setup-helm');
      expect(run.stdout).not.toMatch(/\n\s+at /);
      expect(run.outputs).toEqual({});
    });
  },
);
