import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { validate } from '../../src/commands/validate.js';
import type { Finding } from '../../src/findings.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';

const AOA = 'charts/app-of-apps';

/** AppProjects rendered by the example's app-of-apps chart, for the clusters `when` selects. */
function projects(names: string[], when = 'true'): string {
  return `{{- if ${when} }}
{{- range $p := list ${names.map((n) => JSON.stringify(n)).join(' ')} }}
---
apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: {{ $p }}
  namespace: argocd
spec:
  sourceRepos: ["*"]
{{- end }}
{{- end }}
`;
}

const brief = (f: Finding) => [f.severity, f.rule, f.file, f.line, f.cluster];

describe('validate checks every object the app-of-apps chart renders', () => {
  const helm = testHelm();
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());
  const run = async (clusters?: string[]) =>
    (
      await validate({
        repoDir: fx!.dir,
        git: createGit(fx!.dir),
        helm,
        logger: new RecordingLogger(),
        clusters,
      })
    ).findings;

  it('accepts a render whose Applications use the AppProjects it defines', async () => {
    fx = new FixtureRepo();
    fx.write(`${AOA}/templates/projects.yaml`, projects(['platform', 'observability']));
    expect(await run()).toEqual([]);
  });

  it('warns where an Application names a project the render does not define, once for every cluster', async () => {
    fx = new FixtureRepo();
    fx.write(`${AOA}/templates/projects.yaml`, projects(['platform']));
    const findings = await run();
    const line = (after: string) => fx!.lineOf(`${AOA}/values.yaml`, 'project: observability', after);
    expect(findings.map(brief)).toEqual([
      ...['loki:', 'monitoring:', 'promtail:']
        .map((block) => ['warning', 'application-project', `${AOA}/values.yaml`, line(block), null])
        .sort((a, b) => Number(a[3]) - Number(b[3])),
    ]);
    expect(findings[0]!.message).toBe(
      'project "observability" is neither "default" nor an AppProject the app-of-apps chart renders (it renders platform): Argo CD refuses an Application whose project does not exist (4 Applications: dev-01-monitoring, ops-01-monitoring, prod-01-monitoring and 1 more) (clusters: dev-01, ops-01, prod-01, stag-01)',
    );
  });

  it("a cluster that renders no AppProject may use another cluster's; a partial run that cannot see them says nothing", async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/templates/projects.yaml`,
      projects(['platform', 'observability'], 'eq .Values.cluster.name "ops-01"'),
    );
    expect(await run()).toEqual([]);
    fx.write(`${AOA}/templates/projects.yaml`, projects(['platform'], 'eq .Values.cluster.name "ops-01"'));
    const findings = await run();
    expect(findings.map((f) => [f.rule, f.cluster])).toEqual([
      ['application-project', null],
      ['application-project', null],
      ['application-project', null],
    ]);
    expect(findings[0]!.message).toContain(
      'nor an AppProject the app-of-apps chart renders (it renders platform)',
    );
    expect(await run(['dev-01'])).toEqual([]);
  });

  it('checks the project of an ApplicationSet template, unless it is a generator parameter', async () => {
    fx = new FixtureRepo();
    fx.write(`${AOA}/templates/projects.yaml`, projects(['platform', 'observability']));
    const appset = (project: string) => `apiVersion: argoproj.io/v1alpha1
kind: ApplicationSet
metadata:
  name: previews
  namespace: argocd
spec:
  generators:
    - list:
        elements: [{ project: platform }]
  template:
    metadata:
      name: preview
    spec:
      project: ${project}
      source: { repoURL: https://github.com/example-org/gitops-repo.git, path: charts/loki }
      destination: { server: {{ .Values.cluster.server }}, namespace: previews }
`;
    fx.write(`${AOA}/templates/appset.yaml`, appset('previews'));
    const findings = await run();
    expect(findings.map(brief)).toEqual([
      ['warning', 'application-project', `${AOA}/templates/appset.yaml`, 14, null],
    ]);
    expect(findings[0]!.message).toMatch(/^ApplicationSet previews: project "previews" is neither/);
    fx.write(`${AOA}/templates/appset.yaml`, appset(`'{{ "{{" }} .project {{ "}}" }}'`));
    expect(await run()).toEqual([]);
  });

  it('an object without a kind, or without a metadata map, is an error at its template', async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/templates/broken.yaml`,
      'apiVersion: v1\nmetadata:\n  name: no-kind\n---\napiVersion: v1\nkind: ConfigMap\n',
    );
    const findings = await run();
    expect(findings.map(brief)).toEqual([
      ['error', 'object-required-fields', `${AOA}/templates/broken.yaml`, 1, null],
      ['error', 'object-required-fields', `${AOA}/templates/broken.yaml`, 2, null],
    ]);
    expect(findings.map((f) => f.message.replace(/ \(clusters: .*\)$/, ''))).toEqual([
      'ConfigMap rendered with no metadata: Argo CD cannot apply it',
      'an object rendered with no kind: Argo CD cannot apply it',
    ]);
  });

  it('hooks with one generateName are objects of their own; list items are objects with identities', async () => {
    fx = new FixtureRepo();
    const hook =
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: migrate-\n  annotations:\n    argocd.argoproj.io/hook: PreSync\nspec: {}\n';
    fx.write(`${AOA}/templates/hooks.yaml`, `${hook}---\n${hook}`);
    expect(await run()).toEqual([]);
    fx.write(
      `${AOA}/templates/list.yaml`,
      'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: twice }\n  - apiVersion: v1\n    kind: ConfigMap\n    metadata: { name: twice, namespace: argocd }\n',
    );
    const findings = await run();
    expect(findings.map(brief)).toEqual([['error', 'object-unique', `${AOA}/templates/list.yaml`, 6, null]]);
    expect(findings[0]!.message).toMatch(
      /^ConfigMap argocd\/twice is rendered twice by charts\/app-of-apps\/templates\/list.yaml: Argo CD applies only the last of them/,
    );
  });

  it('the same name in two namespaces, or of two kinds, is two objects', async () => {
    fx = new FixtureRepo();
    fx.write(
      `${AOA}/templates/settings.yaml`,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: other\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: settings\n',
    );
    expect(await run()).toEqual([]);
  });
});
