// A synthetic GitOps repo in the seed layout of examples/gitops-repo, at fleet scale: N clusters (one bootstrap
// Application each, argocd-bootstrap-apps/<cluster>.yaml) and M components (one block each in
// charts/app-of-apps/values.yaml, one template rendering its Application, one in-repo chart under
// charts/<component>/ with values.yaml and values.<cluster>.yaml). Every cluster renders M Applications.
// The content is a function of (N, M) only: the same arguments write the same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED = path.join(root, 'examples', 'gitops-repo');
const AOA = 'charts/app-of-apps';
const REPO_URL = 'https://github.com/example-org/fleet-gitops.git';

/** The environments the clusters cycle through (the seed's: dev, staging, two prod), and their revisions. */
const ENVS = [
  { env: 'dev', prefix: 'dev', revision: 'HEAD' },
  { env: 'staging', prefix: 'stag', revision: 'staging' },
  { env: 'prod', prefix: 'prod', revision: 'stable' },
  { env: 'prod', prefix: 'prod', revision: 'stable' },
];

/**
 * The clusters and components of an N × M repo.
 * @param {number} clusters
 * @param {number} components
 */
export function fleetLayout(clusters, components) {
  if (!(clusters >= 1 && components >= 1))
    throw new Error(`need at least 1 × 1, got ${clusters} × ${components}`);
  const pad = (i, width) => String(i).padStart(width, '0');
  return {
    clusters: Array.from({ length: clusters }, (_, i) => {
      const e = ENVS[i % ENVS.length];
      return { name: `${e.prefix}-${pad(i + 1, 3)}`, env: e.env, revision: e.revision };
    }),
    components: Array.from({ length: components }, (_, i) => ({
      key: `component${pad(i + 1, 2)}`,
      name: `component-${pad(i + 1, 2)}`,
    })),
  };
}

/**
 * Writes an N × M repo into `dir` (which must be empty or missing) and returns its layout.
 * @param {string} dir
 * @param {{ clusters: number, components: number }} size
 */
export function generateRepo(dir, size) {
  const layout = fleetLayout(size.clusters, size.components);
  const write = (file, text) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('.github/gitops-promotion.yaml', configYaml(layout));
  write(`${AOA}/Chart.yaml`, readFileSync(path.join(SEED, AOA, 'Chart.yaml'), 'utf8'));
  write(
    `${AOA}/templates/_application.tpl`,
    readFileSync(path.join(SEED, AOA, 'templates/_application.tpl'), 'utf8'),
  );
  write(`${AOA}/values.yaml`, baseValues(layout));
  for (const c of layout.clusters) {
    write(`argocd-bootstrap-apps/${c.name}.yaml`, bootstrapYaml(c));
    write(`${AOA}/values.${c.name}.yaml`, clusterValues(c));
  }
  for (const [i, comp] of layout.components.entries()) {
    write(
      `${AOA}/templates/${comp.name}.yaml`,
      `{{- include "app-of-apps.application" (dict "root" $ "key" "${comp.key}" "name" "${comp.name}") }}\n`,
    );
    writeComponentChart(write, comp, i, layout.clusters);
  }
  return layout;
}

function configYaml(layout) {
  const [first, second] = layout.components;
  const dependsOn = second ? `dependsOn:\n  ${second.key}: [${first.key}]\n` : '';
  return `# gitops-promotion configuration of a generated fleet (bench/gen-repo.mjs)\n${dependsOn}defaultBranch: dev\n`;
}

function bootstrapYaml(c) {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${c.name}-bootstrap-apps
  namespace: argocd
  labels:
    cluster: ${c.name}
    env: ${c.env}
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
    path: ${AOA}
    targetRevision: ${c.revision}
    helm:
      releaseName: ${c.name}-apps
      valueFiles:
        - values.${c.name}.yaml
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
`;
}

function baseValues(layout) {
  const blocks = layout.components.map(
    (comp, i) => `${comp.key}:
  enable: true
  project: platform
  namespace: ${comp.name}
  annotations:
    argocd.argoproj.io/sync-wave: "${(i % 5) * 5 - 10}"
  source:
    path: charts/${comp.name}
`,
  );
  return `# Base values of the app-of-apps chart: one block per component.
cluster:
  name: ""
  env: ""
  server: ""

global:
  repoURL: ${REPO_URL}
  targetRevision: HEAD

${blocks.join('\n')}`;
}

function clusterValues(c) {
  return `cluster:
  name: ${c.name}
  env: ${c.env}
  server: https://${c.name}.k8s.example.com

global:
  targetRevision: ${c.revision}
`;
}

/** charts/<component>/: a Deployment, a Service and a ConfigMap, values.yaml and one values file per cluster. */
function writeComponentChart(write, comp, index, clusters) {
  const dir = `charts/${comp.name}`;
  write(
    `${dir}/Chart.yaml`,
    `apiVersion: v2\nname: ${comp.name}\ndescription: generated component ${index + 1}\ntype: application\nversion: 0.1.0\nappVersion: "1.0.${index}"\n`,
  );
  write(`${dir}/templates/deployment.yaml`, DEPLOYMENT);
  write(`${dir}/templates/service.yaml`, SERVICE);
  write(`${dir}/templates/configmap.yaml`, CONFIGMAP);
  write(`${dir}/values.yaml`, componentValues(comp, index));
  for (const c of clusters)
    write(`${dir}/values.${c.name}.yaml`, `clusterName: ${c.name}\nreplicas: ${c.env === 'prod' ? 3 : 1}\n`);
}

/** The component's base values; `tag` is what a component bump changes. */
export function componentValues(comp, index, tag = `1.0.${index}`) {
  return `clusterName: ""
replicas: 1
image:
  repository: registry.example.com/${comp.name}
  tag: "${tag}"
resources:
  requests:
    cpu: 50m
    memory: 64Mi
logLevel: info
`;
}

const LABELS = `    app.kubernetes.io/name: {{ .Chart.Name }}
    app.kubernetes.io/instance: {{ .Release.Name }}`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
  namespace: {{ .Release.Namespace }}
  labels:
${LABELS}
spec:
  replicas: {{ .Values.replicas }}
  selector:
    matchLabels:
  ${LABELS.replaceAll('\n', '\n  ')}
  template:
    metadata:
      labels:
    ${LABELS.replaceAll('\n', '\n    ')}
      annotations:
        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
    spec:
      containers:
        - name: app
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          args:
            - --log-level={{ .Values.logLevel }}
          ports:
            - name: http
              containerPort: 8080
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}
  namespace: {{ .Release.Namespace }}
  labels:
${LABELS}
spec:
  selector:
${LABELS}
  ports:
    - name: http
      port: 80
      targetPort: http
`;

const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}
  namespace: {{ .Release.Namespace }}
  labels:
${LABELS}
data:
  cluster: {{ required "clusterName is required" .Values.clusterName | quote }}
  logLevel: {{ .Values.logLevel | quote }}
`;

/**
 * The edits the benchmarks diff, each written into a generated repo's `dir`. `baseValues`: a base values change
 * every cluster renders (the first component's sync wave); `clusterValues`: one cluster's values file (a label on
 * its first component); `componentBump`: the first component chart's image tag (every cluster's resources).
 */
export const EDITS = {
  baseValues(dir) {
    const file = path.join(dir, AOA, 'values.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('argocd.argoproj.io/sync-wave: "-10"', 'argocd.argoproj.io/sync-wave: "-12"');
    if (edited === text) throw new Error('baseValues: no sync wave to change');
    writeFileSync(file, edited);
  },
  clusterValues(dir, layout, cluster) {
    const file = path.join(dir, AOA, `values.${cluster}.yaml`);
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n${layout.components[0].key}:\n  labels:\n    tier: canary\n`,
    );
  },
  componentBump(dir, layout) {
    const comp = layout.components[0];
    writeFileSync(path.join(dir, 'charts', comp.name, 'values.yaml'), componentValues(comp, 0, '1.1.0'));
  },
};
