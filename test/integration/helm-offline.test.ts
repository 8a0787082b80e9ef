import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
