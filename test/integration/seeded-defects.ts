import type { FixtureRepo } from '../helpers/fixture-repo.js';

export interface Expected {
  severity?: 'error' | 'warning';
  rule: string;
  file: string;
  /** Null when nobody can say which line (helm does not say which template line wrote its output). */
  line: number | null;
  cluster: string | null;
  /** A part of the message that must be there. */
  says: string;
}

export interface Defect {
  name: string;
  seed(fx: FixtureRepo): void;
  expect(fx: FixtureRepo): Expected;
}

const AOA = 'charts/app-of-apps';
const TPL = `${AOA}/templates/_application.tpl`;
const CONFIG = '.github/gitops-promotion.yaml';

/** Every kind of defect validate must report: once, with the right rule, file and line. */
export const DEFECTS: Defect[] = [
  {
    name: 'YAML syntax error in a cluster values file',
    seed: (fx) => fx.append(`${AOA}/values.dev-01.yaml`, '\nextra: [1, 2\n'),
    expect: (fx) => ({
      rule: 'yaml-syntax',
      file: `${AOA}/values.dev-01.yaml`,
      line: fx.lineOf(`${AOA}/values.dev-01.yaml`, 'extra:') + 1,
      cluster: null,
      says: 'Flow sequence',
    }),
  },
  {
    name: 'duplicate key',
    seed: (fx) => fx.append(`${AOA}/values.stag-01.yaml`, '\nglobal:\n  targetRevision: staging\n'),
    expect: (fx) => ({
      rule: 'yaml-duplicate-key',
      file: `${AOA}/values.stag-01.yaml`,
      line: fx.read(`${AOA}/values.stag-01.yaml`).split('\n').lastIndexOf('global:') + 1,
      cluster: null,
      says: 'unique',
    }),
  },
  {
    name: 'tab in indentation',
    seed: (fx) => fx.replace(`${AOA}/values.prod-01.yaml`, '  enable: true', '\tenable: true'),
    expect: (fx) => ({
      rule: 'yaml-tab',
      file: `${AOA}/values.prod-01.yaml`,
      line: fx.lineOf(`${AOA}/values.prod-01.yaml`, '\tenable'),
      cluster: null,
      says: 'Tabs',
    }),
  },
  {
    name: 'alias bomb',
    // Six levels of ten aliases (10^6 leaves): the default budget of 200,000 expanded nodes is crossed
    // at level l5. (Four levels of nine, 6,561 leaves, were refused by the old count of 100 aliases;
    // they are a small document for a node budget, as hundreds of ordinary aliases are.)
    seed: (fx) =>
      fx.append(
        `${AOA}/values.ops-01.yaml`,
        `\nlol:\n  l0: &l0 [${Array(10).fill('"x"').join(', ')}]\n${[1, 2, 3, 4, 5]
          .map(
            (i) =>
              `  l${i}: &l${i} [${Array(10)
                .fill(`*l${i - 1}`)
                .join(', ')}]\n`,
          )
          .join('')}`,
      ),
    expect: (fx) => ({
      rule: 'yaml-alias-limit',
      file: `${AOA}/values.ops-01.yaml`,
      line: fx.lineOf(`${AOA}/values.ops-01.yaml`, '  l5: &l5'),
      cluster: null,
      says: 'aliases expand to more than 200000 nodes (limits.maxExpandedNodes)',
    }),
  },
  {
    name: 'values file over the size limit',
    seed: (fx) => fx.append(`${AOA}/values.ops-01.yaml`, `\n# ${'x'.repeat(1024 * 1024)}\n`),
    expect: () => ({
      rule: 'yaml-file-too-large',
      file: `${AOA}/values.ops-01.yaml`,
      line: 1,
      cluster: null,
      says: 'over the limit of 1048576 bytes',
    }),
  },
  {
    // The chart has no values.schema.json and the config does not ask for the built-in schema: the
    // value is held to the shape of the chart's own values.yaml (a boolean there), as a warning.
    name: 'wrong type in a cluster values file',
    seed: (fx) =>
      fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: "yes"'),
    expect: (fx) => ({
      severity: 'warning',
      rule: 'values-shape',
      file: `${AOA}/values.prod-01.yaml`,
      line: fx.lineOf(`${AOA}/values.prod-01.yaml`, 'enable: "yes"'),
      cluster: null,
      says: `velero.enable is a string here, but a boolean in ${AOA}/values.yaml:${fx.lineOf(`${AOA}/values.yaml`, 'enable: false', 'velero:')}`,
    }),
  },
  {
    name: 'wrong type in a cluster values file (valuesSchema: builtin)',
    seed: (fx) => {
      fx.append(CONFIG, 'valuesSchema: builtin\n');
      fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: "yes"');
    },
    expect: (fx) => ({
      rule: 'values-schema',
      file: `${AOA}/values.prod-01.yaml`,
      line: fx.lineOf(`${AOA}/values.prod-01.yaml`, 'enable: "yes"'),
      cluster: 'prod-01',
      says: 'velero.enable must be boolean, got string "yes"',
    }),
  },
  {
    name: 'mistyped component key in a cluster values file',
    seed: (fx) => fx.append(`${AOA}/values.stag-01.yaml`, '\ncertManger:\n  enable: false\n'),
    expect: (fx) => ({
      severity: 'warning',
      rule: 'values-shape',
      file: `${AOA}/values.stag-01.yaml`,
      line: fx.lineOf(`${AOA}/values.stag-01.yaml`, 'certManger:'),
      cluster: null,
      says: `certManger is not a key of ${AOA}/values.yaml and no template reads it: did you mean \`certManager\` (${AOA}/values.yaml:${fx.lineOf(`${AOA}/values.yaml`, 'certManager:')})?`,
    }),
  },
  {
    // The base values.yaml is what the inferred shape comes from: only a schema can hold it to more.
    name: 'unknown key in the base values (every cluster; valuesSchema: builtin)',
    seed: (fx) => {
      fx.append(CONFIG, 'valuesSchema: builtin\n');
      fx.replace(`${AOA}/values.yaml`, 'loki:\n  enable: true', 'loki:\n  enabled: true\n  enable: true');
    },
    expect: (fx) => ({
      rule: 'values-schema',
      file: `${AOA}/values.yaml`,
      line: fx.lineOf(`${AOA}/values.yaml`, 'enabled: true'),
      cluster: null,
      says: 'loki.enabled is not allowed here',
    }),
  },
  {
    name: 'helm template failure',
    seed: (fx) =>
      fx.write(
        `${AOA}/templates/loki.yaml`,
        '{{- include "app-of-apps.application" (dict "root" $ "key" "loki" "name" .Values.loki.nope.deeper) }}\n',
      ),
    expect: () => ({
      rule: 'helm-template',
      file: `${AOA}/templates/loki.yaml`,
      line: 1,
      cluster: null,
      says: 'nil pointer',
    }),
  },
  {
    name: 'unknown field in the rendered Application (syncPolicy.automatic)',
    seed: (fx) => fx.replace(TPL, '    automated:\n', '    automatic:\n'),
    expect: (fx) => ({
      rule: 'application-schema',
      file: TPL,
      line: fx.lineOf(TPL, 'automatic:'),
      cluster: null,
      says: 'spec.syncPolicy.automatic is not allowed here',
    }),
  },
  {
    name: 'Application name rendered twice',
    seed: (fx) =>
      fx.write(
        `${AOA}/templates/loki-copy.yaml`,
        '{{- include "app-of-apps.application" (dict "root" $ "key" "promtail" "name" "loki") }}\n',
      ),
    expect: () => ({
      rule: 'application-name-unique',
      file: `${AOA}/templates/loki-copy.yaml`,
      line: 1,
      cluster: null,
      says: 'Application name "<cluster>-loki" is also rendered by charts/app-of-apps/templates/loki.yaml',
    }),
  },
  {
    name: 'null entry in helm.valueFiles',
    seed: (fx) =>
      fx.replace(
        TPL,
        '        - values.{{ $clusterName }}.yaml\n',
        '        - values.{{ $clusterName }}.yaml\n        - {{ $helm.extraValueFile }}\n',
      ),
    expect: (fx) => ({
      rule: 'value-files-empty',
      file: TPL,
      line: fx.lineOf(TPL, 'valueFiles:'),
      cluster: null,
      says: 'spec.source.helm.valueFiles[2] is null',
    }),
  },
  {
    name: 'source path that does not exist',
    seed: (fx) => fx.append(`${AOA}/values.stag-01.yaml`, '\nloki:\n  source:\n    path: charts/lokii\n'),
    expect: (fx) => ({
      rule: 'path-missing',
      file: `${AOA}/values.stag-01.yaml`,
      line: fx.lineOf(`${AOA}/values.stag-01.yaml`, 'charts/lokii'),
      cluster: 'stag-01',
      says: 'source path "charts/lokii" does not exist',
    }),
  },
  {
    name: 'component values file that does not exist',
    seed: (fx) => fx.remove('charts/loki/values.prod-01.yaml'),
    expect: (fx) => ({
      rule: 'path-missing',
      file: TPL,
      line: fx.lineOf(TPL, 'valueFiles:'),
      cluster: 'prod-01',
      says: 'values file charts/loki/values.prod-01.yaml does not exist',
    }),
  },
  {
    name: 'sync-wave that is not an integer',
    seed: (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'argocd.argoproj.io/sync-wave: "5"',
        'argocd.argoproj.io/sync-wave: "five"',
      ),
    expect: (fx) => ({
      rule: 'sync-wave-format',
      file: `${AOA}/values.yaml`,
      line: fx.lineOf(`${AOA}/values.yaml`, '"five"'),
      cluster: null,
      says: 'sync-wave "five" is not an integer string',
    }),
  },
  {
    name: 'dependency in the same wave',
    seed: (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'argocd.argoproj.io/sync-wave: "5"',
        'argocd.argoproj.io/sync-wave: "10"',
      ),
    expect: (fx) => ({
      rule: 'sync-wave-order',
      file: `${AOA}/values.yaml`,
      line: fx.lineOf(`${AOA}/values.yaml`, 'sync-wave', 'promtail:'),
      cluster: null,
      says: 'promtail (wave 10) depends on loki (wave 10)',
    }),
  },
  {
    name: 'Application name off the <cluster>-<component> pattern',
    seed: (fx) =>
      fx.replace(`${AOA}/templates/argo-rollouts.yaml`, '"name" "argo-rollouts"', '"name" "argo.rollouts"'),
    expect: () => ({
      rule: 'application-name-pattern',
      file: `${AOA}/templates/argo-rollouts.yaml`,
      line: 1,
      cluster: null,
      says: 'Application name "<cluster>-argo.rollouts" does not match',
    }),
  },
  {
    name: 'cluster label missing',
    seed: (fx) => fx.replace(TPL, '    cluster: {{ $clusterName }}\n', ''),
    expect: (fx) => ({
      rule: 'application-cluster-label',
      file: TPL,
      line: fx.lineOf(TPL, '  labels:'),
      cluster: null,
      says: 'label "cluster: <cluster>" is missing',
    }),
  },
  {
    name: 'destination of another cluster',
    seed: (fx) =>
      fx.replace(
        `${AOA}/values.dev-01.yaml`,
        'https://dev-01.k8s.example.com',
        'https://prod-01.k8s.example.com',
      ),
    expect: (fx) => ({
      rule: 'destination-mismatch',
      file: `${AOA}/values.dev-01.yaml`,
      line: fx.lineOf(`${AOA}/values.dev-01.yaml`, 'server:'),
      cluster: 'dev-01',
      says: 'destination.server https://prod-01.k8s.example.com is cluster prod-01, not dev-01',
    }),
  },
  {
    name: 'prod cluster bootstrap following the dev branch',
    seed: (fx) =>
      fx.replace('argocd-bootstrap-apps/prod-01.yaml', 'targetRevision: stable', 'targetRevision: HEAD'),
    expect: (fx) => ({
      rule: 'target-revision-env',
      file: 'argocd-bootstrap-apps/prod-01.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/prod-01.yaml', 'targetRevision'),
      cluster: 'prod-01',
      says: 'never follows the dev branch',
    }),
  },
  {
    name: 'children tracking another revision than their bootstrap',
    seed: (fx) => fx.replace(`${AOA}/values.prod-01.yaml`, 'targetRevision: stable', 'targetRevision: HEAD'),
    expect: (fx) => ({
      rule: 'bootstrap-revision-mismatch',
      file: `${AOA}/values.prod-01.yaml`,
      line: fx.lineOf(`${AOA}/values.prod-01.yaml`, 'targetRevision'),
      cluster: 'prod-01',
      says: 'tracks HEAD = dev (the default branch), but its bootstrap Application tracks stable',
    }),
  },
  {
    name: 'cluster values file missing',
    seed: (fx) =>
      fx.replace('argocd-bootstrap-apps/ops-01.yaml', '- values.ops-01.yaml', '- values.ops-1.yaml'),
    expect: (fx) => ({
      rule: 'cluster-values-missing',
      file: 'argocd-bootstrap-apps/ops-01.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/ops-01.yaml', 'values.ops-1.yaml'),
      cluster: 'ops-01',
      says: 'values file charts/app-of-apps/values.ops-1.yaml of cluster ops-01 does not exist',
    }),
  },
  {
    name: 'a cluster whose valueFiles are all shared files (none of its own)',
    seed: (fx) => {
      fx.write(`${AOA}/values.shared.yaml`, fx.read(`${AOA}/values.dev-01.yaml`));
      fx.replace('argocd-bootstrap-apps/dev-01.yaml', '- values.dev-01.yaml', '- values.shared.yaml');
    },
    expect: () => ({
      severity: 'warning',
      rule: 'cluster-values-missing',
      file: 'argocd-bootstrap-apps/dev-01.yaml',
      line: 1,
      cluster: 'dev-01',
      says: 'cluster dev-01 renders with no values file of its own',
    }),
  },
  {
    name: 'a multi-source cluster whose $values/… file is in a directory of no cluster',
    seed: (fx) => {
      fx.write('environments/common/apps.yaml', fx.read(`${AOA}/values.dev-01.yaml`));
      fx.write(
        'argocd-bootstrap-apps/dev-01.yaml',
        multiSourceBootstrap('$values/environments/common/apps.yaml'),
      );
    },
    expect: () => ({
      severity: 'warning',
      rule: 'cluster-values-missing',
      file: 'argocd-bootstrap-apps/dev-01.yaml',
      line: 1,
      cluster: 'dev-01',
      says: 'cluster dev-01 renders with no values file of its own',
    }),
  },
  {
    name: 'values file of no cluster',
    seed: (fx) => fx.write(`${AOA}/values.dev-02.yaml`, 'cluster:\n  name: dev-02\n'),
    expect: () => ({
      severity: 'warning',
      rule: 'orphan-values-file',
      file: `${AOA}/values.dev-02.yaml`,
      line: 1,
      cluster: null,
      says: 'values.dev-02.yaml belongs to no cluster',
    }),
  },
  {
    name: 'bootstrap Application without a chart path',
    seed: (fx) => fx.replace('argocd-bootstrap-apps/stag-01.yaml', '    path: charts/app-of-apps\n', ''),
    expect: () => ({
      rule: 'bootstrap-invalid',
      file: 'argocd-bootstrap-apps/stag-01.yaml',
      line: 1,
      cluster: null,
      says: 'has no spec.source.path',
    }),
  },
  {
    // Argo CD reads a key written twice (its YAML reader is not strict), the last value winning: the
    // object is kept, and the rest of the cluster checked; before, the whole cluster was one
    // helm-template error and nothing of it was checked.
    name: 'helm output with a key twice in one object',
    seed: (fx) =>
      fx.write(
        `${AOA}/templates/extra.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n',
      ),
    expect: () => ({
      rule: 'manifest-duplicate-key',
      file: `${AOA}/templates/extra.yaml`,
      line: null,
      cluster: null,
      says: `helm rendered a key twice (${AOA}/templates/extra.yaml, document 1): key "name" is written twice in one mapping (Argo CD keeps the last value)`,
    }),
  },
  {
    // Helm accepts it (it reads only each document's head); Argo CD refuses a list item that is no object.
    name: 'helm output Argo CD cannot read (a list item that is not an object)',
    seed: (fx) =>
      fx.write(
        `${AOA}/templates/extra.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: List\nitems:\n  - just text\n',
      ),
    expect: () => ({
      rule: 'manifest-invalid',
      file: `${AOA}/templates/extra.yaml`,
      line: null,
      cluster: null,
      says: `helm rendered a document Argo CD cannot read (${AOA}/templates/extra.yaml, document 2): items[0] of a list must be an object, got a string`,
    }),
  },
  {
    name: 'bootstrap valueFiles that is not a list',
    seed: (fx) =>
      fx.replace(
        'argocd-bootstrap-apps/dev-01.yaml',
        'valueFiles:\n        - values.dev-01.yaml',
        'valueFiles: values.dev-01.yaml',
      ),
    expect: (fx) => ({
      rule: 'bootstrap-invalid',
      file: 'argocd-bootstrap-apps/dev-01.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/dev-01.yaml', 'valueFiles:'),
      cluster: null,
      says: 'must be array',
    }),
  },
  {
    name: 'empty entry in the bootstrap valueFiles',
    seed: (fx) =>
      fx.replace(
        'argocd-bootstrap-apps/ops-01.yaml',
        '- values.ops-01.yaml',
        '- values.ops-01.yaml\n        - ""',
      ),
    expect: (fx) => ({
      rule: 'value-files-empty',
      file: 'argocd-bootstrap-apps/ops-01.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/ops-01.yaml', '- ""'),
      cluster: 'ops-01',
      says: 'empty entry',
    }),
  },
  {
    name: 'sync-wave with a space (Argo CD reads it as wave 0)',
    seed: (fx) =>
      fx.replace(
        `${AOA}/values.yaml`,
        'argocd.argoproj.io/sync-wave: "5"',
        'argocd.argoproj.io/sync-wave: " 5"',
      ),
    expect: (fx) => ({
      rule: 'sync-wave-format',
      file: `${AOA}/values.yaml`,
      line: fx.lineOf(`${AOA}/values.yaml`, '" 5"'),
      cluster: null,
      says: 'sync-wave " 5" is not an integer string',
    }),
  },
  {
    name: 'Application name Kubernetes rejects (uppercase)',
    seed: (fx) => fx.replace(`${AOA}/templates/loki.yaml`, '"name" "loki"', '"name" "Loki"'),
    expect: (fx) => ({
      rule: 'application-name-pattern',
      file: `${AOA}/templates/loki.yaml`,
      line: fx.lineOf(`${AOA}/templates/loki.yaml`, '"Loki"'),
      cluster: null,
      says: 'is not a valid Kubernetes name',
    }),
  },
  {
    name: 'dependsOn naming a component that does not exist (the dependent)',
    seed: (fx) => fx.replace(CONFIG, 'envoyGateway:', 'envoyGatway:'),
    expect: (fx) => ({
      rule: 'sync-wave-order',
      file: CONFIG,
      line: fx.lineOf(CONFIG, 'envoyGatway:'),
      cluster: null,
      says: 'dependsOn names "envoyGatway", which is no component',
    }),
  },
  {
    name: 'dependsOn naming a component that does not exist (a dependency)',
    seed: (fx) => fx.replace(CONFIG, '[loki]', '[lokii]'),
    expect: (fx) => ({
      rule: 'sync-wave-order',
      file: CONFIG,
      line: fx.lineOf(CONFIG, '[lokii]'),
      cluster: null,
      says: 'dependsOn names "lokii", which is no component',
    }),
  },
  {
    name: 'multi-source bootstrap valueFiles $values/… naming a file the repo does not have',
    seed: (fx) =>
      fx.write('argocd-bootstrap-apps/dev-01.yaml', multiSourceBootstrap(`$values/${AOA}/values.dev-1.yaml`)),
    expect: (fx) => ({
      rule: 'cluster-values-missing',
      file: 'argocd-bootstrap-apps/dev-01.yaml',
      line: fx.lineOf('argocd-bootstrap-apps/dev-01.yaml', '$values/'),
      cluster: 'dev-01',
      says: `${AOA}/values.dev-1.yaml`,
    }),
  },
  {
    name: 'multi-source valueFiles $values/… naming a file the repo does not have',
    seed: (fx) => fx.write(`${AOA}/templates/redis.yaml`, multiSourceApp('charts/redis/values-missing.yaml')),
    expect: (fx) => ({
      rule: 'path-missing',
      file: `${AOA}/templates/redis.yaml`,
      line: fx.lineOf(`${AOA}/templates/redis.yaml`, '$values/'),
      cluster: null,
      says: 'values file charts/redis/values-missing.yaml ($values/charts/redis/values-missing.yaml) does not exist',
    }),
  },
  {
    name: 'unknown key naming its cluster in that cluster values file (one finding, not one with and one without the cluster)',
    // A schema's finding (valuesSchema: builtin): reported once, with its cluster, though both the
    // file alone and the merged values break it.
    seed: (fx) => {
      fx.append(CONFIG, 'valuesSchema: builtin\n');
      fx.replace(`${AOA}/values.dev-01.yaml`, '  env: dev\n', '  env: dev\n  extra-dev-01: 1\n');
    },
    expect: (fx) => ({
      rule: 'values-schema',
      file: `${AOA}/values.dev-01.yaml`,
      line: fx.lineOf(`${AOA}/values.dev-01.yaml`, 'extra-dev-01'),
      cluster: 'dev-01',
      says: 'cluster.extra-dev-01 is not allowed here',
    }),
  },
  {
    name: 'an object the app-of-apps chart renders without a name',
    seed: (fx) =>
      fx.write(
        `${AOA}/templates/settings.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    a: b\ndata: {}\n',
      ),
    expect: () => ({
      rule: 'object-required-fields',
      file: `${AOA}/templates/settings.yaml`,
      line: 3,
      cluster: null,
      says: 'ConfigMap rendered with no metadata.name: Argo CD cannot apply it',
    }),
  },
  {
    name: 'an object rendered twice by two templates (one identity)',
    seed: (fx) => {
      fx.write(
        `${AOA}/templates/settings.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n',
      );
      fx.write(
        `${AOA}/templates/settings-copy.yaml`,
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: argocd\ndata:\n  a: "2"\n',
      );
    },
    expect: () => ({
      rule: 'object-unique',
      file: `${AOA}/templates/settings.yaml`,
      line: 4,
      cluster: null,
      says: 'ConfigMap argocd/settings is also rendered by charts/app-of-apps/templates/settings-copy.yaml: Argo CD applies only the last of them',
    }),
  },
];

/** An Application of a Helm repository chart with its values from this repo (`ref: values`). */
export function multiSourceApp(valuesFile: string): string {
  return `{{- $c := .Values.cluster }}
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ $c.name }}-redis
  namespace: argocd
  labels:
    cluster: {{ $c.name }}
    env: {{ $c.env }}
    component: redis
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  sources:
    - repoURL: https://charts.example.com/stable
      chart: redis
      targetRevision: 19.0.0
      helm:
        valueFiles:
          - $values/${valuesFile}
    - repoURL: https://github.com/example-org/gitops-repo.git
      targetRevision: {{ .Values.global.targetRevision | quote }}
      ref: values
  destination:
    server: {{ $c.server }}
    namespace: redis
`;
}

/** dev-01's bootstrap Application with its values from a `ref: values` source of the same repository. */
export function multiSourceBootstrap(valuesFile: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: dev-01-bootstrap-apps
  namespace: argocd
  labels:
    cluster: dev-01
    env: dev
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: default
  sources:
    - repoURL: https://github.com/example-org/gitops-repo.git
      path: charts/app-of-apps
      targetRevision: HEAD
      helm:
        releaseName: dev-01-apps
        valueFiles:
          - ${valuesFile}
    - repoURL: git@github.com:example-org/gitops-repo.git
      targetRevision: HEAD
      ref: values
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
`;
}
