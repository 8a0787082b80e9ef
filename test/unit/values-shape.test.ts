import { describe, expect, it } from 'vitest';
import { closestKey } from '../../src/gitops/closest-key.js';
import type { HelmParameter } from '../../src/gitops/set-parameters.js';
import type { TemplateReads } from '../../src/gitops/template-reads.js';
import {
  checkParameter,
  compareWithShape,
  inferShape,
  type ValuesShape,
} from '../../src/gitops/values-shape.js';
import { parseYaml } from '../../src/gitops/yaml-source.js';

const BASE = 'chart/values.yaml';
const root = (file: string, text: string) => parseYaml(file, text).documents[0]!.root!;
const noReads: TemplateReads = { names: new Set(), wholePaths: new Set() };

function shapeOf(
  text: string,
  reads: TemplateReads = noReads,
  freeRoots: string[] = ['global'],
): ValuesShape {
  return inferShape(root(BASE, text), BASE, reads, new Set(freeRoots));
}

/** [line, message] of each warning for `overlay` (a cluster values file) against `base`. */
function warnings(base: string, overlay: string, reads?: TemplateReads): [number | null, string][] {
  return compareWithShape(shapeOf(base, reads), root('values-dev.yaml', overlay)).map((f) => {
    expect([f.severity, f.rule, f.file]).toEqual(['warning', 'values-shape', 'values-dev.yaml']);
    return [f.line, f.message];
  });
}

const APP_OF_APPS = [
  'cluster:',
  '  name: ""',
  'certManager:',
  '  enable: true',
  '  namespace: cert-manager',
  '  annotations:',
  '    argocd.argoproj.io/sync-wave: "-10"',
  '  source:',
  '    path: charts/cert-manager',
  'loki:',
  '  enable: false',
  '  replicas: 1',
  '  tolerations: []',
  '  resources: {}',
  '  extra:',
  '  ports: [80]',
  '',
].join('\n');

describe('the shape of a chart values.yaml, for charts without a values.schema.json', () => {
  it('a key the base does not have is one warning at that key, suggesting the close key and its line', () => {
    expect(warnings(APP_OF_APPS, 'certManger:\n  enable: false\n')).toEqual([
      [
        1,
        'certManger is not a key of chart/values.yaml and no template reads it: did you mean `certManager` (chart/values.yaml:3)?',
      ],
    ]);
    expect(
      warnings(APP_OF_APPS, 'cert-manager:\n  enable: true\nCertManager: {}\nloki:\n  enabel: true\n'),
    ).toEqual([
      [1, expect.stringContaining('did you mean `certManager` (chart/values.yaml:3)?')],
      [3, expect.stringContaining('did you mean `certManager` (chart/values.yaml:3)?')],
      [
        5,
        'loki.enabel is not a key of loki in chart/values.yaml:10 and no template reads it: did you mean `enable` (chart/values.yaml:11)?',
      ],
    ]);
  });

  it('without a close key, the warning names the map of the base that lacks it', () => {
    expect(warnings(APP_OF_APPS, 'loki:\n  typo00: 1\nsomethingElse: 2\n')).toEqual([
      [2, 'loki.typo00 is not a key of loki in chart/values.yaml:10 and no template reads it'],
      [3, 'somethingElse is not a key of chart/values.yaml and no template reads it'],
    ]);
  });

  it('a value of another kind than the base is a warning naming the base line; number and string are one kind', () => {
    const overlay = [
      'certManager: disabled', // map → string
      'loki:',
      '  enable: "yes"', // boolean → string (Go templates read "no" and "false" as true)
      '  replicas: "2"', // number ↔ string: helm templates print both alike
      '  tolerations: {key: a}', // list → map
      '  ports: 8080', // list → scalar
      'cluster:',
      '  name: [a]', // string → list
      '',
    ].join('\n');
    expect(warnings(APP_OF_APPS, overlay)).toEqual([
      [1, 'certManager is a string here, but a map in chart/values.yaml:3'],
      [3, 'loki.enable is a string here, but a boolean in chart/values.yaml:11'],
      [5, 'loki.tolerations is a map here, but a list in chart/values.yaml:13'],
      [6, 'loki.ports is a number here, but a list in chart/values.yaml:16'],
      [8, 'cluster.name is a list here, but a string in chart/values.yaml:2'],
    ]);
  });

  it('leaves free what the base leaves open: null, {}, maps of names, list elements, global; null removes', () => {
    const overlay = [
      'global: {anything: [1]}',
      'loki:',
      '  resources: {limits: {cpu: 1}}', // base {}
      '  extra: {whatever: true}', // base null
      '  tolerations: [{key: a, operator: Exists}]', // list: elements not checked
      '  ports: [{name: http}]',
      'certManager:',
      '  annotations: {team: platform}', // a map of names (argocd.argoproj.io/…) in the base
      '  source: null', // removes the key: never a kind mismatch
      '  unknownButRemoved: null',
      '',
    ].join('\n');
    expect(warnings(APP_OF_APPS, overlay)).toEqual([]);
  });

  it('maps named like annotations, labels, env or values are the user own, whatever the base lists', () => {
    const base =
      'podLabels: {app: x}\nextraEnv: {A: "1"}\nnodeSelector: {zone: a}\nhelm:\n  values: {a: 1}\n';
    expect(
      warnings(
        base,
        'podLabels: {team: y}\nextraEnv: {B: "2"}\nnodeSelector: {disk: ssd}\nhelm:\n  values: {b: 2}\n',
      ),
    ).toEqual([]);
  });

  it('a key no template reads is a warning; one a template reads (an optional key) is not', () => {
    const reads: TemplateReads = { names: new Set(['helm', 'syncPolicy']), wholePaths: new Set(['apps']) };
    const base = 'certManager:\n  source:\n    path: x\napps:\n  api: {enabled: true}\n';
    const overlay = [
      'certManager:',
      '  syncPolicy: {automated: {}}', // read by a template (`$c.syncPolicy`)
      '  source:',
      '    helm: {valueFiles: [a.yaml]}', // read by a template; its content is then the user's
      '    pth: y',
      'apps:',
      '  dashboard: {enabled: true}', // `range .Values.apps`: the keys are the user's
      '',
    ].join('\n');
    expect(warnings(base, overlay, reads)).toEqual([
      [
        5,
        'certManager.source.pth is not a key of certManager.source in chart/values.yaml:2 and no template reads it: did you mean `path` (chart/values.yaml:3)?',
      ],
    ]);
  });

  it('a chart that iterates .Values itself takes any top-level key (a new component)', () => {
    const reads: TemplateReads = { names: new Set(), wholePaths: new Set(['']) };
    expect(warnings(APP_OF_APPS, 'newComponent:\n  enable: true\n', reads)).toEqual([]);
  });

  it('suggests a free key too, with its line', () => {
    const reads: TemplateReads = { names: new Set(), wholePaths: new Set(['apps']) };
    expect(warnings('env: ""\napps:\n  api: {enabled: true}\n', 'aps:\n  web: {}\n', reads)).toEqual([
      [
        1,
        'aps is not a key of chart/values.yaml and no template reads it: did you mean `apps` (chart/values.yaml:2)?',
      ],
    ]);
  });

  it("a dependency's block is the subchart's values: free", () => {
    const shape = shapeOf('redis:\n  enabled: true\n', noReads, ['global', 'redis']);
    expect(compareWithShape(shape, root('v.yaml', 'redis:\n  architecture: standalone\n'))).toEqual([]);
  });
});

describe('--set parameters against the shape, at the line that sets them', () => {
  const shape = shapeOf(APP_OF_APPS);
  const at = { file: 'argocd-bootstrap-apps/dev.yaml', line: 17, column: 11 };
  const check = (p: HelmParameter) =>
    checkParameter(shape, p, at, 'dev').map((f) => {
      expect([f.severity, f.rule, f.file, f.line, f.cluster]).toEqual([
        'warning',
        'values-shape',
        at.file,
        17,
        'dev',
      ]);
      return f.message;
    });

  it('a name segment the base does not have, with a suggestion', () => {
    expect(check({ name: 'certManger.enable', value: 'false' })).toEqual([
      'parameter certManger.enable: certManger is not a key of chart/values.yaml and no template reads it: did you mean `certManager` (chart/values.yaml:3)?',
    ]);
    expect(check({ name: 'loki.replcas', value: '2' })).toEqual([
      expect.stringContaining('did you mean `replicas`'),
    ]);
  });

  it("a value of another kind: as helm's strvals types it, forceString a string", () => {
    expect(check({ name: 'loki.enable', value: 'true' })).toEqual([]);
    expect(check({ name: 'loki.enable', value: 'yes' })).toEqual([
      'parameter loki.enable: loki.enable is a string here, but a boolean in chart/values.yaml:11',
    ]);
    expect(check({ name: 'loki.enable', value: 'true', forceString: true })).toHaveLength(1);
    expect(check({ name: 'loki.replicas', value: '3' })).toEqual([]);
    expect(check({ name: 'certManager', value: 'off' })).toEqual([
      'parameter certManager: certManager is a string here, but a map in chart/values.yaml:3',
    ]);
    expect(check({ name: 'loki.ports', value: '{80,443}' })).toEqual([]);
    expect(check({ name: 'certManager.source', value: 'null' })).toEqual([]);
  });

  it('an index must land on a list, whose elements are not checked; a map segment on a map', () => {
    expect(check({ name: 'loki.tolerations[0].key', value: 'a' })).toEqual([]);
    expect(check({ name: 'loki.replicas[0]', value: '1' })).toEqual([
      'parameter loki.replicas[0]: loki.replicas is a list here, but a number in chart/values.yaml:12',
    ]);
    expect(check({ name: 'loki.enable.x', value: '1' })).toEqual([
      'parameter loki.enable.x: loki.enable is a map here, but a boolean in chart/values.yaml:11',
    ]);
    expect(check({ name: 'loki.resources.limits.cpu', value: '1' })).toEqual([]);
    expect(check({ name: 'global.anything', value: '1' })).toEqual([]);
    expect(check({ name: 'bad[name', value: '1' })).toEqual([]);
  });
});

describe('closestKey', () => {
  const keys = ['certManager', 'sealedSecrets', 'externalDns', 'loki', 'promtail', 'enable', 'env'];
  it('prefers a key equal but for case and separators, then the nearest within a length-scaled distance', () => {
    expect(closestKey('cert-manager', keys)).toBe('certManager');
    expect(closestKey('CERT_MANAGER', keys)).toBe('certManager');
    expect(closestKey('certManger', keys)).toBe('certManager');
    expect(closestKey('sealedSecerts', keys)).toBe('sealedSecrets'); // two letters swapped
    expect(closestKey('lokki', keys)).toBe('loki');
    expect(closestKey('enabled', keys)).toBe('enable');
    expect(closestKey('ebv', keys)).toBe('env');
    expect(closestKey('typo00', keys)).toBeNull();
    expect(closestKey('velero', keys)).toBeNull();
    expect(closestKey('x'.repeat(5000), ['x'.repeat(4999)])).toBeNull();
  });
});
