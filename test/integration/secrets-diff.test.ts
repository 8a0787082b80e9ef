import { afterEach, describe, expect, it } from 'vitest';
import type { DiffReport, ResourceChange } from '../../src/diff/model.js';
import { maskValue } from '../../src/diff/secrets.js';
import { renderDiffJson, renderDiffText } from '../../src/report/diff-text.js';
import { renderDiffMarkdown } from '../../src/report/diff-markdown.js';
import { runDiff, type Scenario } from '../helpers/diff-scenario.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { commitAll, initRepo, isolatedGitEnv } from '../helpers/git.js';

// The salt runDiff uses: the hashes a report shows are known.
const m = (v: string) => maskValue(v, 'golden-salt');
const [OLD, NEW] = ['CANARY_OLD_5b1c', 'CANARY_NEW_77ae'];
const TEMPLATE = 'charts/external-dns/templates/secret.yaml';

/** external-dns renders its Secret and a ConfigMap inside a kind: List, and a Secret in a SecretList. */
const LIST_TEMPLATE = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata:
      name: {{ .Release.Name }}-credentials
      namespace: {{ .Release.Namespace }}
    type: Opaque
    stringData:
      CF_API_TOKEN: {{ .Values.credentials.apiToken | quote }}
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: {{ .Release.Name }}-db
      namespace: {{ .Release.Namespace }}
    data:
      DATABASE_URL: {{ printf "postgres://app:%s@db:5432/app" .Values.credentials.apiToken | quote }}
---
apiVersion: v1
kind: SecretList
items:
  - apiVersion: v1
    kind: Secret
    metadata:
      name: {{ .Release.Name }}-extra
      namespace: {{ .Release.Namespace }}
    data:
      token: {{ .Values.credentials.apiToken | b64enc | quote }}
`;

function twoStep(before: (fx: FixtureRepo) => void, after: (fx: FixtureRepo) => void): Scenario {
  const fx = new FixtureRepo();
  const env = isolatedGitEnv();
  before(fx);
  const base = initRepo(fx.dir, env);
  after(fx);
  return { fx, env, base, head: commitAll(fx.dir, env, 'change') };
}

function everyOutput(report: DiffReport): string {
  return [renderDiffText(report), renderDiffMarkdown(report), renderDiffJson(report)].join('\n');
}

describe('diff masks secrets inside lists, with a real helm render', () => {
  let s: Scenario | undefined;
  afterEach(() => s?.fx.cleanup());

  it('a Secret in a kind: List and a SecretList, a URL password in a ConfigMap of the List', async () => {
    const token = (v: string) => (fx: FixtureRepo) =>
      fx.replace(
        'charts/external-dns/values.yaml',
        /apiToken: \S+/.exec(fx.read('charts/external-dns/values.yaml'))![0],
        `apiToken: ${v}`,
      );
    s = twoStep((fx) => {
      fx.write(TEMPLATE, LIST_TEMPLATE);
      token(OLD)(fx);
    }, token(NEW));
    const report = await runDiff(s, { clusters: ['dev-01'] });
    const out = everyOutput(report);
    expect(out).not.toContain(OLD);
    expect(out).not.toContain(NEW);
    expect(out).not.toContain(Buffer.from(OLD).toString('base64'));
    expect(out).not.toContain(Buffer.from(NEW).toString('base64'));

    const app = report.clusters
      .find((c) => c.name === 'dev-01')!
      .apps.find((a) => a.name === 'dev-01-external-dns')!;
    expect(app.deep.state).toBe('rendered');
    const resources = (app.deep as { resources: ResourceChange[] }).resources;
    // Each item is a resource of its own, as Argo CD deploys it: no List, no SecretList.
    expect(
      resources.map((r) => ({ kind: r.kind, name: r.name, status: r.status, fields: r.fields })),
    ).toEqual([
      {
        kind: 'ConfigMap',
        name: 'external-dns-db',
        status: 'modified',
        fields: [
          {
            path: 'data.DATABASE_URL',
            old: `postgres://app:${m(OLD)}@db:5432/app`,
            new: `postgres://app:${m(NEW)}@db:5432/app`,
          },
        ],
      },
      {
        kind: 'Secret',
        name: 'external-dns-credentials',
        status: 'modified',
        fields: [{ path: 'stringData.CF_API_TOKEN', old: m(OLD), new: m(NEW) }],
      },
      {
        kind: 'Secret',
        name: 'external-dns-extra',
        status: 'modified',
        fields: [
          {
            path: 'data.token',
            old: m(Buffer.from(OLD).toString('base64')),
            new: m(Buffer.from(NEW).toString('base64')),
          },
        ],
      },
    ]);
    expect(resources[1]!.unified).toContain(`-  CF_API_TOKEN: ${m(OLD)}\n+  CF_API_TOKEN: ${m(NEW)}`);
  });

  it('an Application the app-of-apps renders inside a kind: List is still that Application', async () => {
    const monitoring = 'charts/app-of-apps/templates/monitoring.yaml';
    s = twoStep(
      () => {},
      (fx) =>
        fx.write(
          monitoring,
          `apiVersion: v1\nkind: List\nitems:\n  -\n${fx
            .read(monitoring)
            .trim()
            .replace(/^\{\{-/, '{{')
            .replace(/\}\}$/, '| nindent 4 }}')}\n`,
        ),
    );
    const report = await runDiff(s, { clusters: ['dev-01'] });
    expect(report.validation.errors).toBe(0);
    // Same Application at both refs: nothing changes (before flattening, it read as removed).
    expect(report.clusters.find((c) => c.name === 'dev-01')!.apps).toEqual([]);
  });
});
