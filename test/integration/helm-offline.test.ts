import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderComponent } from '../../src/diff/deep.js';
import { schemaReferenceProblem } from '../../src/gitops/helm-recipe.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { Helm } from '../../src/helm/helm.js';
import { HELM_MAJORS, helmBinary } from '../helpers/helm.js';

/** A chart whose values.schema.json makes helm fetch a URL: both majors do, unless stopped. */
function chartWithRemoteSchemaRef(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-offline-'));
  mkdirSync(path.join(dir, 'templates'));
  writeFileSync(path.join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: offline\nversion: 0.1.0\n');
  writeFileSync(path.join(dir, 'values.yaml'), 'a: 1\n');
  writeFileSync(
    path.join(dir, 'values.schema.json'),
    JSON.stringify({ type: 'object', properties: { a: { $ref: 'https://schemas.example.com/x.json' } } }),
  );
  writeFileSync(
    path.join(dir, 'templates/cm.yaml'),
    'kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n',
  );
  return dir;
}

describe.each(HELM_MAJORS)('helm %i renders offline', (major) => {
  let chart: string;
  beforeAll(() => (chart = chartWithRemoteSchemaRef()));
  afterAll(() => rmSync(chart, { recursive: true, force: true }));

  it('a URL a chart makes helm fetch goes to a proxy that is not there, whatever the caller set', async () => {
    const helm = new Helm(helmBinary(major), {
      PATH: process.env.PATH,
      HTTPS_PROXY: 'http://proxy.corp:3128',
    });
    const r = await helm.template({
      releaseName: 'x',
      chartDir: chart,
      namespace: '',
      valueFiles: [],
      parameters: [],
    });
    expect(r.ok).toBe(false);
    expect(r.stderr).toContain('proxyconnect tcp: dial tcp 127.0.0.1:9');
    expect(helm.environment(false)).toMatchObject({ HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '' });
    // Dependency builds may reach the network, through the caller's proxy.
    expect(helm.environment(true).HTTPS_PROXY).toBe('http://proxy.corp:3128');
  });
});

describe('a values.schema.json that would make helm read or fetch something else', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'gp-schema-ref-'));
    const chart = path.join(root, 'charts/web');
    mkdirSync(path.join(chart, 'templates'), { recursive: true });
    mkdirSync(path.join(chart, 'charts/sub'), { recursive: true });
    writeFileSync(path.join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
    writeFileSync(
      path.join(chart, 'templates/cm.yaml'),
      'kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n',
    );
    writeFileSync(path.join(chart, 'charts/sub/Chart.yaml'), 'apiVersion: v2\nname: sub\nversion: 0.1.0\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const files = () => new RepoFiles(root, defaultYamlLimits);
  const schema = (where: string, body: unknown) =>
    writeFileSync(
      path.join(root, where),
      `{\n  "type": "object",\n  "properties": ${JSON.stringify(body)}\n}\n`,
    );

  it.each([
    ['charts/web/values.schema.json', { a: { $ref: 'file:///etc/passwd' } }, '$ref "file:///etc/passwd"'],
    [
      'charts/web/values.schema.json',
      { a: { $ref: 'http://127.0.0.1:8080/s.json' } },
      '$ref "http://127.0.0.1:8080/s.json"',
    ],
    ['charts/web/values.schema.json', { a: { $ref: '../../outside.json' } }, '$ref "../../outside.json"'],
    [
      'charts/web/charts/sub/values.schema.json',
      { a: { $dynamicRef: 'file:///x' } },
      '$dynamicRef "file:///x"',
    ],
  ])('%s with %j is refused, helm never runs', async (where, body, what) => {
    rmSync(path.join(root, 'charts/web/values.schema.json'), { force: true });
    rmSync(path.join(root, 'charts/web/charts/sub/values.schema.json'), { force: true });
    schema(where, body);
    expect(schemaReferenceProblem(files(), 'charts/web')).toEqual({
      file: where,
      line: 3,
      message: `${what} in ${where} is not read: only "#…" references within the schema are`,
    });
    const helm = new Helm(helmBinary());
    const r = await renderComponent(
      helm,
      files(),
      {
        chart: 'charts/web',
        releaseName: 'web',
        namespace: 'web',
        destinationNamespace: 'web',
        valueFiles: [],
        inline: null,
        parameters: [],
        fileParameters: [],
        skipCrds: false,
        skipSchemaValidation: false,
        skipTests: false,
        kubeVersion: null,
        apiVersions: [],
        overrideFiles: [],
        overriddenBy: null,
        problems: [],
      },
      { dependencyBuild: false, kubeVersion: null, apiVersions: [] },
    );
    expect(r).toEqual({
      ok: false,
      failure: 'broken',
      rule: 'helm-argument',
      reason: `not rendered: ${what} in ${where} is not read: only "#…" references within the schema are`,
    });
    expect(helm.invocations).toEqual([]);
  });

  it('references within the schema and known metaschemas are fine', () => {
    rmSync(path.join(root, 'charts/web/charts/sub/values.schema.json'), { force: true });
    writeFileSync(
      path.join(root, 'charts/web/values.schema.json'),
      JSON.stringify({
        $schema: 'http://json-schema.org/draft-07/schema#',
        definitions: { s: { type: 'string' } },
        properties: { a: { $ref: '#/definitions/s' } },
      }),
    );
    expect(schemaReferenceProblem(files(), 'charts/web')).toBeNull();
  });
});
