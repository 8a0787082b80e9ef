/**
 * The render recipe is Argo CD's: for every point of it (TOOLING.md, "How Argo CD renders a Helm
 * source"), our render of the app-of-apps chart of a cluster and, in deep mode, of a component chart
 * equals what the independent oracle (test/helpers/argo-render.ts) renders with helm, under Helm 4
 * and 3; and each case also checks what the point must show, so that a recipe both get wrong fails.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGit } from '../../src/git/git.js';
import { collectApps } from '../../src/gitops/applications.js';
import { loadClusterValues } from '../../src/gitops/cluster-values.js';
import { loadConfig } from '../../src/gitops/config.js';
import { renderCluster } from '../../src/gitops/render.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { discoverTopology, normalizeRepoURL } from '../../src/gitops/topology.js';
import { componentRecipe, renderComponent } from '../../src/diff/deep.js';
import { argoRenderApplication } from '../helpers/argo-render.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS, testHelm, type HelmMajor } from '../helpers/helm.js';
import { bootstrapApp, PROBE, recipeRepo, REPO_URL, shown, WEB } from '../helpers/recipe-repo.js';

const REV = '0123456789abcdef0123456789abcdef01234567';
type Obj = Record<string, unknown>;

interface Case {
  id: string;
  helm: Obj | null;
  patch?: (app: Obj) => void;
  files?: Record<string, string>;
  /** What the render must show (checked on the oracle's output, which ours must equal). */
  check: (objects: Obj[]) => void;
}

const spec = (app: Obj) => app.spec as Obj;
const probe = (objects: Obj[]) => shown(objects, 'probe')!;
const probeValues = (objects: Obj[]) => probe(objects).values as Obj;
const names = (objects: Obj[]) => objects.map((o) => `${String(o.kind)}/${String((o.metadata as Obj).name)}`);
const ORDER_FILES = Object.fromEntries(
  ['a', 'b', 'c'].map((n) => [`${PROBE}/values-${n}.yaml`, `order: ${n}\n${n}: true\n`]),
);

const CASES: Case[] = [
  {
    id: 'release name from helm.releaseName',
    helm: { releaseName: 'probe-apps' },
    check: (o) => expect(probe(o).release).toBe('probe-apps'),
  },
  {
    id: "release name defaults to the Application's name",
    helm: null,
    check: (o) => expect(probe(o).release).toBe('probe'),
  },
  {
    id: 'an Application outside the control plane namespace: bare release name, <ns>_<name> for ARGOCD_APP_NAME',
    helm: { parameters: [{ name: 'who', value: '$ARGOCD_APP_NAME' }] },
    patch: (app) => ((app.metadata as Obj).namespace = 'team-a'),
    // Argo CD runs in argocd: said, since a bootstrap Application's namespace is otherwise taken for its.
    files: { '.github/gitops-promotion.yaml': 'controlPlaneNamespace: argocd\n' },
    check: (o) => {
      expect(probe(o).release).toBe('probe');
      expect(probeValues(o).who).toBe('team-a_probe');
    },
  },
  {
    id: 'namespace from helm.namespace over the destination',
    helm: { namespace: 'other-ns' },
    check: (o) => expect(probe(o).namespace).toBe('other-ns'),
  },
  {
    id: 'namespace from the destination',
    helm: null,
    check: (o) => expect(probe(o).namespace).toBe('probe-ns'),
  },
  {
    id: 'no namespace at all: no --namespace',
    helm: null,
    patch: (app) => delete (spec(app).destination as Obj).namespace,
    check: (o) => expect(probe(o).namespace).toBe('default'),
  },
  {
    id: 'CRDs and test hooks included by default',
    helm: null,
    check: (o) =>
      expect(names(o)).toEqual(
        expect.arrayContaining(['CustomResourceDefinition/widgets.probe.example.com', 'Pod/probe-test']),
      ),
  },
  {
    id: 'skipCrds drops --include-crds',
    helm: { skipCrds: true },
    check: (o) => expect(names(o)).not.toContain('CustomResourceDefinition/widgets.probe.example.com'),
  },
  {
    id: 'skipTests passes --skip-tests',
    helm: { skipTests: true },
    check: (o) => expect(names(o)).not.toContain('Pod/probe-test'),
  },
  {
    id: 'skipSchemaValidation passes --skip-schema-validation',
    helm: { skipSchemaValidation: true },
    files: { [`${PROBE}/values.schema.json`]: '{"properties": {"base": {"type": "integer"}}}' },
    check: (o) => expect(probeValues(o).base).toBe('from-chart'),
  },
  {
    id: 'parameters: --set typed, --set-string strings, each name its last value, --set-string after --set, commas escaped',
    helm: {
      parameters: [
        { name: 'num', value: '1' },
        { name: 'num', value: '2' },
        { name: 'bool', value: 'TRUE' },
        { name: 's', value: '007', forceString: true },
        { name: 'csv', value: 'a,b,c' },
        { name: 'list', value: '{x,y}' },
        { name: 'escaped', value: 'a\\,b' },
        { name: 'both', value: '1' },
        { name: 'both', value: 'x', forceString: true },
        { name: 'dotted\\.key', value: 'd' },
        { name: 'items[1]', value: 'second' },
      ],
    },
    check: (o) =>
      expect(probeValues(o)).toEqual({
        base: 'from-chart',
        num: 2,
        bool: true,
        s: '007',
        csv: 'a,b,c',
        list: ['x', 'y'],
        escaped: 'a,b',
        both: 'x',
        'dotted.key': 'd',
        items: [null, 'second'],
      }),
  },
  {
    id: 'fileParameters: --set-file, paths like valueFiles (chart-relative, / from the root, build variables, commas)',
    helm: {
      fileParameters: [
        { name: 'tls.cert', path: 'files/cert.pem' },
        { name: 'tls.ca', path: '/shared/ca.txt' },
        { name: 'who', path: 'files/$ARGOCD_APP_NAME.txt' },
        { name: 'comma', path: 'files/a,b.txt' },
      ],
    },
    files: {
      [`${PROBE}/files/cert.pem`]: '-----BEGIN CERT-----\nabc\n',
      'shared/ca.txt': 'true',
      [`${PROBE}/files/probe.txt`]: 'named after the app\n',
      [`${PROBE}/files/a,b.txt`]: 'comma file',
    },
    check: (o) =>
      expect(probeValues(o)).toEqual({
        base: 'from-chart',
        tls: { cert: '-----BEGIN CERT-----\nabc\n', ca: 'true' },
        who: 'named after the app\n',
        comma: 'comma file',
      }),
  },
  {
    id: 'valuesObject wins over values, as the last values file',
    helm: {
      valueFiles: ['values-a.yaml'],
      values: 'base: from-values\nfromString: true\n',
      valuesObject: { base: 'from-object', a: false },
    },
    files: ORDER_FILES,
    check: (o) => expect(probeValues(o)).toEqual({ base: 'from-object', order: 'a', a: false }),
  },
  {
    id: 'values after every values file',
    helm: { valueFiles: ['values-a.yaml'], values: 'order: inline\n' },
    files: ORDER_FILES,
    check: (o) => expect(probeValues(o)).toEqual({ base: 'from-chart', order: 'inline', a: true }),
  },
  {
    id: 'valueFiles: $ref/ from the repository, / from the root, relative to the chart, build variables in each',
    helm: null,
    patch: (app) => {
      const s = spec(app);
      s.sources = [
        {
          ...(s.source as Obj),
          helm: {
            valueFiles: [
              '$values/shared/$ARGOCD_APP_NAME.yaml',
              '/shared/common.yaml',
              'values-$ARGOCD_APP_PROJECT_NAME.yaml',
            ],
          },
        },
        { repoURL: REPO_URL, targetRevision: 'HEAD', ref: 'values' },
      ];
      delete s.source;
    },
    files: {
      'shared/probe.yaml': 'order: ref\nref: true\n',
      'shared/common.yaml': 'order: common\ncommon: true\n',
      [`${PROBE}/values-default.yaml`]: 'order: project\nproject: true\n',
    },
    check: (o) =>
      expect(probeValues(o)).toEqual({
        base: 'from-chart',
        order: 'project',
        ref: true,
        common: true,
        project: true,
      }),
  },
  {
    id: 'valueFiles globs expand in lexical order, an explicitly listed file keeping its own place',
    helm: { valueFiles: ['values-*.yaml', 'values-a.yaml'] },
    files: ORDER_FILES,
    check: (o) =>
      expect(probeValues(o)).toEqual({ base: 'from-chart', order: 'a', a: true, b: true, c: true }),
  },
  {
    id: 'a value file listed twice is passed once, at its first place',
    helm: { valueFiles: ['values-b.yaml', 'values-a.yaml', 'values-b.yaml'] },
    files: ORDER_FILES,
    check: (o) => expect(probeValues(o).order).toBe('a'),
  },
  {
    id: 'ignoreMissingValueFiles drops a missing file and a glob matching nothing',
    helm: { valueFiles: ['nope.yaml', 'none-*.yaml', 'values-a.yaml'], ignoreMissingValueFiles: true },
    files: ORDER_FILES,
    check: (o) => expect(probeValues(o).order).toBe('a'),
  },
  {
    id: 'build variables in parameter values (not names); $$ is $, unknown names and the environment are empty',
    helm: {
      parameters: [
        {
          name: 'vars',
          value:
            '$ARGOCD_APP_NAME|${ARGOCD_APP_NAMESPACE}|$ARGOCD_APP_PROJECT_NAME|$ARGOCD_APP_REVISION|$ARGOCD_APP_REVISION_SHORT|$ARGOCD_APP_REVISION_SHORT_8|$ARGOCD_APP_SOURCE_REPO_URL|$ARGOCD_APP_SOURCE_PATH|$ARGOCD_APP_SOURCE_TARGET_REVISION',
        },
        { name: 'escapes', value: '$$ARGOCD_APP_NAME ${HOME} $PATH $(id) `id`' },
      ],
    },
    check: (o) =>
      expect(probeValues(o)).toEqual({
        base: 'from-chart',
        vars: `probe|probe-ns|default|${REV}|0123456|01234567|${REPO_URL}|${PROBE}|HEAD`,
        escapes: '$ARGOCD_APP_NAME   $(id) `id`',
      }),
  },
  {
    id: '.argocd-source.yaml then .argocd-source-<app>.yaml are merged into the helm block',
    helm: { parameters: [{ name: 'image.tag', value: 'bootstrap' }] },
    files: {
      [`${PROBE}/.argocd-source.yaml`]:
        'helm:\n  releaseName: from-repo-file\n  parameters:\n  - name: image.tag\n    value: repo-file\n',
      [`${PROBE}/.argocd-source-probe.yaml`]:
        'helm:\n  parameters:\n  - name: image.tag\n    value: "1.17"\n    forcestring: true\n',
      [`${PROBE}/.argocd-source-other.yaml`]: 'helm:\n  releaseName: not-this-app\n',
    },
    check: (o) => {
      expect(probe(o).release).toBe('from-repo-file');
      expect(probeValues(o)).toEqual({ base: 'from-chart', image: { tag: '1.17' } });
    },
  },
  {
    id: "the helm block's kubeVersion and apiVersions",
    helm: { kubeVersion: '1.29.0', apiVersions: ['example.com/v1/Widget'] },
    check: (o) => {
      expect(probe(o).kube).toBe('v1.29.0');
      expect(probe(o).widgets).toBe('true');
    },
  },
];

async function renderOurs(fx: FixtureRepo, major: HelmMajor) {
  const config = loadConfig(fx.dir);
  const files = new RepoFiles(fx.dir, config.limits, undefined, undefined, REV);
  const topology = discoverTopology(files, config);
  expect(topology.findings).toEqual([]);
  const cluster = topology.clusters[0]!;
  const values = loadClusterValues(files, cluster);
  const helm = testHelm(major);
  const render = await renderCluster(helm, files, cluster, values, config.helm);
  return { render, cluster, files, helm, values };
}

describe.each(HELM_MAJORS)('the app-of-apps render is Argo CD’s (Helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it.each(CASES)('$id', async (c) => {
    const app = bootstrapApp(c.helm, c.patch);
    fx = recipeRepo(app, c.files);
    const oracle = argoRenderApplication(fx.dir, app, { revision: REV, major });
    expect(oracle.ok, oracle.ok ? '' : oracle.stderr).toBe(true);
    if (!oracle.ok) return;
    c.check(oracle.objects);
    const { render, helm } = await renderOurs(fx, major);
    expect(render.findings).toEqual([]);
    expect(render.manifests.map((m) => m.object)).toEqual(oracle.objects);
    // helm reads the chart's own values.yaml itself: it is never passed.
    expect(helm.invocations.flat().some((a) => a.endsWith(`${PROBE}/values.yaml`))).toBe(false);
  });

  it('a values.schema.json the values break fails both renders; ours says so at the chart', async () => {
    const app = bootstrapApp(null);
    fx = recipeRepo(app, {
      [`${PROBE}/values.schema.json`]: '{"properties": {"base": {"type": "integer"}}}',
    });
    expect(argoRenderApplication(fx.dir, app, { major }).ok).toBe(false);
    const { render } = await renderOurs(fx, major);
    expect(render.ok).toBe(false);
    expect(render.findings.map((f) => f.rule)).toEqual(['helm-template']);
  });

  it('a missing value file (no ignoreMissingValueFiles) fails the render: a finding at its bootstrap line', async () => {
    const { validate } = await import('../../src/commands/validate.js');
    const { RecordingLogger } = await import('../helpers/logger.js');
    for (const entry of ['nope.yaml', 'none-*.yaml']) {
      const app = bootstrapApp({ valueFiles: ['values-a.yaml', entry] });
      fx?.cleanup();
      fx = recipeRepo(app, ORDER_FILES);
      expect(argoRenderApplication(fx.dir, app, { major }).ok).toBe(false);
      const r = await validate({
        repoDir: fx.dir,
        git: createGit(fx.dir),
        helm: testHelm(major),
        logger: new RecordingLogger(),
      });
      expect(r.clusters).toMatchObject([{ name: 'probe', rendered: false, applications: 0 }]);
      const f = r.findings.find((x) => x.rule === 'cluster-values-missing' && x.severity === 'error');
      expect(f).toMatchObject({
        file: 'argocd-bootstrap-apps/probe.yaml',
        line: fx.lineOf('argocd-bootstrap-apps/probe.yaml', entry),
      });
      expect(f!.message).toContain(`${PROBE}/${entry}`);
    }
  });

  it('helm.values that break the chart’s template indentation: a finding at the bootstrap’s helm.values line, no crash', async () => {
    const app = bootstrapApp({ values: 'note: "x\\n  broken: [indent"\n' });
    fx = recipeRepo(app, {
      [`${PROBE}/templates/note.yaml`]:
        '{{- with .Values.note }}\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: note\ndata:\n  note: {{ . }}\n{{- end }}\n',
    });
    expect(argoRenderApplication(fx.dir, app, { major }).ok).toBe(false);
    const { render } = await renderOurs(fx, major);
    expect(render.ok).toBe(false);
    expect(render.findings).toHaveLength(1);
    expect(render.findings[0]).toMatchObject({
      rule: 'helm-template',
      file: 'argocd-bootstrap-apps/probe.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/probe.yaml', 'values: |'),
    });
  });
});

interface DeepCase {
  id: string;
  /** The component's `spec.source.helm` (and its Application's namespace). */
  component: Obj;
  files?: Record<string, string>;
  check: (objects: Obj[]) => void;
}

const web = (objects: Obj[]) => shown(objects, 'web')!;
const webValues = (objects: Obj[]) => web(objects).values as Obj;

const DEEP_CASES: DeepCase[] = [
  {
    id: 'parameters with build variables of the component Application, commas, --set-string',
    component: {
      helm: {
        parameters: [
          {
            name: 'who',
            value: '$ARGOCD_APP_NAME/$ARGOCD_APP_NAMESPACE/$ARGOCD_APP_PROJECT_NAME/$ARGOCD_APP_SOURCE_PATH',
          },
          { name: 'csv', value: 'a,b' },
          { name: 's', value: '007', forceString: true },
          { name: 'rev', value: '${ARGOCD_APP_REVISION_SHORT_8}' },
        ],
      },
    },
    check: (o) => {
      expect(web(o).release).toBe('probe-web');
      expect(webValues(o)).toEqual({
        base: 'from-web-chart',
        who: `probe-web/web/platform/${WEB}`,
        csv: 'a,b',
        s: '007',
        rev: '01234567',
      });
    },
  },
  {
    id: 'valueFiles globs and build variables, fileParameters',
    component: {
      helm: {
        valueFiles: ['values-*.yaml', '/shared/$ARGOCD_APP_NAME.yaml'],
        fileParameters: [{ name: 'x', path: 'files/x.txt' }],
      },
    },
    files: {
      [`${WEB}/values-a.yaml`]: 'order: a\n',
      [`${WEB}/values-b.yaml`]: 'order: b\n',
      'shared/probe-web.yaml': 'shared: true\n',
      [`${WEB}/files/x.txt`]: 'file text',
    },
    check: (o) =>
      expect(webValues(o)).toEqual({ base: 'from-web-chart', order: 'b', shared: true, x: 'file text' }),
  },
  {
    id: 'releaseName, namespace, skipCrds and skipTests',
    component: { helm: { releaseName: 'web-rel', namespace: 'web-ns', skipCrds: true, skipTests: true } },
    check: (o) => {
      expect(web(o).release).toBe('web-rel');
      expect(web(o).namespace).toBe('web-ns');
      expect(names(o)).toEqual(['ConfigMap/web']);
    },
  },
  {
    id: 'an Application in another namespace: <ns>_<name> for ARGOCD_APP_NAME and its .argocd-source file',
    component: { namespace: 'team-b', helm: { parameters: [{ name: 'who', value: '$ARGOCD_APP_NAME' }] } },
    files: {
      [`${WEB}/.argocd-source-team-b_probe-web.yaml`]:
        'helm:\n  parameters:\n  - name: image.tag\n    value: v9\n',
    },
    check: (o) => {
      expect(web(o).release).toBe('probe-web');
      expect(webValues(o)).toEqual({ base: 'from-web-chart', image: { tag: 'v9' } });
    },
  },
  {
    id: '.argocd-source-<app>.yaml of the component, valuesObject over values',
    component: { helm: { values: 'base: from-values\n', valuesObject: { base: 'from-object' } } },
    files: {
      [`${WEB}/.argocd-source-probe-web.yaml`]:
        'helm:\n  parameters:\n  - name: image.tag\n    value: v2\n    forcestring: true\n',
    },
    check: (o) => expect(webValues(o)).toEqual({ base: 'from-object', image: { tag: 'v2' } }),
  },
];

describe.each(HELM_MAJORS)('deep mode renders a component chart as Argo CD does (Helm %i)', (major) => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  it.each(DEEP_CASES)('$id', async (c) => {
    fx = recipeRepo(bootstrapApp({ valuesObject: { component: c.component } }), c.files);
    const { render, cluster, files, helm } = await renderOurs(fx, major);
    expect(render.findings).toEqual([]);
    const app = collectApps(cluster, render.manifests).find((a) => a.name === 'probe-web')!;
    const oracle = argoRenderApplication(fx.dir, app.object as Obj, { revision: REV, major });
    expect(oracle.ok, oracle.ok ? '' : oracle.stderr).toBe(true);
    if (!oracle.ok) return;
    c.check(oracle.objects);
    const recipe = componentRecipe(app.object, files, normalizeRepoURL(REPO_URL));
    expect(recipe && 'recipe' in recipe).toBe(true);
    if (!recipe || !('recipe' in recipe)) return;
    const ours = await renderComponent(helm, files, recipe.recipe, {
      dependencyBuild: false,
      kubeVersion: null,
      apiVersions: [],
    });
    expect(ours.ok, 'reason' in ours ? ours.reason : '').toBe(true);
    if (!ours.ok) return;
    expect([...ours.resources.values()].map((r) => r.object)).toEqual(oracle.objects);
  });
});
