import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TemplateRequest } from '../../src/ports/helm.js';

/**
 * A chart that reads every input a render cache key must cover: a helpers file, a vendored subchart,
 * a `.helmignore`d file, a file reached through a symlink out of the chart (`.Files.Get`), values
 * files, inline values, `--set`, `--set-file`, the release's name and namespace, the kube version, API
 * versions, a CRD (`--include-crds`), a test hook (`--skip-tests`) and a values schema.
 */
export interface ProbeChart {
  root: string;
  chart: string;
  cacheDir: string;
  request: TemplateRequest;
  read(rel: string): string;
  write(rel: string, text: string): void;
  cleanup(): void;
}

const FILES: Record<string, string> = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: probe\nversion: 0.1.0\n',
  'chart/values.yaml': 'greeting: hello\nreplicas: 1\nsub:\n  colour: blue\n',
  'chart/values.schema.json': '{"type":"object","properties":{"replicas":{"type":"integer"}}}\n',
  'chart/.helmignore': 'ignored.txt\n',
  'chart/ignored.txt': 'not rendered\n',
  'chart/templates/_helpers.tpl': '{{- define "probe.name" -}}probe{{- end -}}\n',
  'chart/templates/cm.yaml': [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    '  name: {{ include "probe.name" . }}',
    '  namespace: {{ .Release.Namespace }}',
    'data:',
    '  release: {{ .Release.Name | quote }}',
    '  greeting: {{ .Values.greeting | quote }}',
    '  kube: {{ .Capabilities.KubeVersion.Version | quote }}',
    '  api: {{ .Capabilities.APIVersions.Has "example.com/v1" | quote }}',
    '  fromFile: {{ .Values.fromFile | quote }}',
    '  inline: {{ .Values.inline | quote }}',
    '  param: {{ .Values.param | quote }}',
    '  linked: {{ .Files.Get "linked.txt" | quote }}',
    '',
  ].join('\n'),
  'chart/templates/tests/test.yaml': [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: probe-test',
    '  annotations: { helm.sh/hook: test }',
    'spec: { containers: [{ name: t, image: busybox }] }',
    '',
  ].join('\n'),
  'chart/crds/crd.yaml': [
    'apiVersion: apiextensions.k8s.io/v1',
    'kind: CustomResourceDefinition',
    'metadata: { name: probes.example.com }',
    'spec:',
    '  group: example.com',
    '  names: { kind: Probe, plural: probes }',
    '  scope: Namespaced',
    '  versions: [{ name: v1, served: true, storage: true, schema: { openAPIV3Schema: { type: object } } }]',
    '',
  ].join('\n'),
  'chart/charts/sub/Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.1.0\n',
  'chart/charts/sub/values.yaml': 'colour: red\n',
  'chart/charts/sub/templates/cm.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: sub }\ndata: { colour: {{ .Values.colour | quote }} }\n',
  'outside/linked.txt': 'one',
  'outside/other.txt': 'two',
  'values-a.yaml': 'greeting: hi\n',
  'set-file.txt': 'from a file',
};

export function probeChart(): ProbeChart {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-cache-probe-'));
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  for (const [rel, text] of Object.entries(FILES)) write(rel, text);
  symlinkSync('../outside/linked.txt', path.join(root, 'chart/linked.txt'));
  const chart = path.join(root, 'chart');
  const request: TemplateRequest = {
    releaseName: 'probe',
    chartDir: chart,
    namespace: 'ns1',
    valueFiles: [path.join(root, 'values-a.yaml')],
    inlineValues: 'inline: x\n',
    parameters: [{ name: 'param', value: 'p1' }],
    fileParameters: [{ name: 'fromFile', path: path.join(root, 'set-file.txt') }],
    kubeVersion: '1.30.0',
    apiVersions: ['example.com/v1'],
    skipCrds: false,
    skipSchemaValidation: false,
    skipTests: false,
  };
  return {
    root,
    chart,
    cacheDir: path.join(root, 'cache'),
    request,
    read: (rel) => readFileSync(path.join(root, rel), 'utf8'),
    write,
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
