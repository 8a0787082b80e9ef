/**
 * Review finding: a values.schema.json that starts with a UTF-8 byte order mark is not JSON to
 * JSON.parse, so the reference check skips it ("helm says what is wrong with it"), but helm reads it
 * and follows its file:// $ref out of the chart. Real helm.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { schemaReferenceProblem } from '../../src/gitops/helm-recipe.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { testHelm } from '../helpers/helm.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gp-schema-bom-'));
  const chart = path.join(root, 'charts/web');
  mkdirSync(path.join(chart, 'templates'), { recursive: true });
  writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
  writeFileSync(path.join(chart, 'values.yaml'), 'a: 1\n');
  writeFileSync(
    path.join(chart, 'templates/cm.yaml'),
    'kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n',
  );
  writeFileSync(path.join(root, 'outside.json'), '{"type":"object","properties":{"a":{"type":"string"}}}\n');
  writeFileSync(
    path.join(chart, 'values.schema.json'),
    `\uFEFF{"$ref": "file://${path.join(root, 'outside.json')}"}\n`,
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('a schema with a byte order mark whose $ref helm follows out of the chart is refused like one without', async () => {
  // helm reads it: the outside schema's verdict (a must be a string) is what fails the render.
  const r = await testHelm().template({
    releaseName: 'x',
    chartDir: path.join(root, 'charts/web'),
    namespace: '',
    valueFiles: [],
    parameters: [],
  });
  expect(r.ok).toBe(false);
  expect(r.stderr).toContain("at '/a': got number, want string");
  expect(schemaReferenceProblem(new RepoFiles(root, defaultYamlLimits), 'charts/web')).not.toBeNull();
});
