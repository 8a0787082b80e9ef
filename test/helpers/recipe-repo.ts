import { stringify } from 'yaml';
import { FixtureRepo } from './fixture-repo.js';

/**
 * A small GitOps repo for render-recipe tests: one bootstrap Application (`probe`) for the chart
 * charts/probe, whose ConfigMap `probe` shows what helm rendered with (release, namespace, kube and
 * API versions, every value), with a CRD, a helm test hook, and, when `component` is in its values,
 * an Application `probe-web` for the in-repo chart charts/web (same ConfigMap, CRD and test hook).
 */
export const REPO_URL = 'https://github.com/example-org/recipe.git';
export const BOOTSTRAP = 'argocd-bootstrap-apps/probe.yaml';
export const PROBE = 'charts/probe';
export const WEB = 'charts/web';

type Obj = Record<string, unknown>;

const SHOW = `  release: {{ .Release.Name | quote }}
  namespace: {{ .Release.Namespace | quote }}
  kube: {{ .Capabilities.KubeVersion.Version | quote }}
  widgets: {{ .Capabilities.APIVersions.Has "example.com/v1/Widget" | quote }}
  values: {{ toJson .Values | quote }}
`;
const CRD = (group: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.${group}
spec:
  group: ${group}
  names: { kind: Widget, plural: widgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema: { openAPIV3Schema: { type: object } }
`;
const TEST_HOOK = (name: string) => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}-test
  annotations:
    helm.sh/hook: test
spec:
  containers:
    - name: t
      image: busybox
`;

/** The bootstrap Application with `helm` as its source's helm block (and `patch` over the whole). */
export function bootstrapApp(helm: Obj | null, patch: (app: Obj) => void = () => {}): Obj {
  const app: Obj = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'probe', namespace: 'argocd' },
    spec: {
      project: 'default',
      source: {
        repoURL: REPO_URL,
        path: PROBE,
        targetRevision: 'HEAD',
        ...(helm ? { helm } : {}),
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'probe-ns' },
    },
  };
  patch(app);
  return app;
}

export function recipeRepo(app: Obj, files: Record<string, string> = {}): FixtureRepo {
  const fx = new FixtureRepo(null);
  fx.write(BOOTSTRAP, stringify(app));
  fx.write(`${PROBE}/Chart.yaml`, 'apiVersion: v2\nname: probe\nversion: 0.1.0\n');
  fx.write(`${PROBE}/values.yaml`, 'base: from-chart\n');
  fx.write(
    `${PROBE}/templates/probe.yaml`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: probe\ndata:\n${SHOW}`,
  );
  fx.write(`${PROBE}/templates/tests/test.yaml`, TEST_HOOK('probe'));
  fx.write(`${PROBE}/crds/widget.yaml`, CRD('probe.example.com'));
  fx.write(
    `${PROBE}/templates/web.yaml`,
    `{{- with .Values.component }}
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: probe-web
  namespace: {{ .namespace | default "argocd" }}
spec:
  project: platform
  source:
    repoURL: ${REPO_URL}
    path: ${WEB}
    targetRevision: {{ .targetRevision | default "HEAD" | quote }}
    {{- with .helm }}
    helm:
      {{- toYaml . | nindent 6 }}
    {{- end }}
  destination:
    server: https://kubernetes.default.svc
    namespace: web
{{- end }}
`,
  );
  fx.write(`${WEB}/Chart.yaml`, 'apiVersion: v2\nname: web\nversion: 0.1.0\n');
  fx.write(`${WEB}/values.yaml`, 'base: from-web-chart\n');
  fx.write(
    `${WEB}/templates/web.yaml`,
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n${SHOW}`,
  );
  fx.write(`${WEB}/templates/tests/test.yaml`, TEST_HOOK('web'));
  fx.write(`${WEB}/crds/widget.yaml`, CRD('web.example.com'));
  for (const [file, text] of Object.entries(files)) fx.write(file, text);
  return fx;
}

/** The `data` of the ConfigMap `name` among rendered objects, its values parsed. */
export function shown(objects: readonly Obj[], name: string): Record<string, unknown> | undefined {
  const cm = objects.find(
    (o) => o.kind === 'ConfigMap' && (o.metadata as { name?: string } | undefined)?.name === name,
  );
  if (!cm) return undefined;
  const data = cm.data as Record<string, string>;
  return { ...data, values: JSON.parse(data.values!) as unknown };
}
