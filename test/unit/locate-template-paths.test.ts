import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RenderedApp } from '../../src/gitops/applications.js';
import { valuesRoot } from '../../src/gitops/cluster-values.js';
import { Locator } from '../../src/gitops/locate.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { lineReads, valuesRanges } from '../../src/gitops/template-paths.js';
import type { Cluster } from '../../src/gitops/topology.js';
import type { VMap } from '../../src/gitops/vnode.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe('what a template line reads of the values', () => {
  it('ranges over .Values maps, with or without variables', () => {
    const text = [
      '{{- range $name, $app := .Values.apps }}',
      '{{ range $c := $.Values.platform.components }}',
      '{{- range .Values.jobs -}}',
      '{{ range $i, $x := .Values.list | sortAlpha }}',
    ].join('\n');
    expect(valuesRanges(text)).toEqual([
      { path: ['apps'], element: '$app' },
      { path: ['platform', 'components'], element: '$c' },
      { path: ['jobs'], element: null },
    ]);
  });

  it('reads .Values paths, fields of a range element, and of the dot inside a dot range', () => {
    const ranges = valuesRanges('{{- range $name, $app := .Values.apps }}');
    expect(lineReads('  wave: {{ $app.wave | quote }} {{ $.Values.global.env }}', ranges)).toEqual([
      { within: ['apps'], path: ['wave'] },
      { within: null, path: ['global', 'env'] },
    ]);
    expect(lineReads('  name: {{ $other.wave }} {{ include "apps.name" $ }}', ranges)).toEqual([]);
    const dot = valuesRanges('{{ range .Values.jobs }}');
    expect(lineReads('  schedule: {{ .schedule | quote }}', dot)).toEqual([
      { within: ['jobs'], path: ['schedule'] },
    ]);
  });
});

describe('the values line a rendered field came from, through the path the template reads', () => {
  const TEMPLATE = 'argocd/apps/templates/applications.yaml';
  const VALUES = 'argocd/apps/values-prod.yaml';
  let fx: FixtureRepo;
  let files: RepoFiles;
  beforeEach(() => {
    fx = new FixtureRepo(null);
    fx.write(
      TEMPLATE,
      [
        '{{- range $name, $app := .Values.apps }}',
        'metadata:',
        '  name: {{ $.Values.cluster }}-{{ $name }}',
        '  annotations:',
        '    argocd.argoproj.io/sync-wave: {{ $app.wave | quote }}',
        'spec:',
        '  project: {{ $app.project }}',
        '{{- end }}',
        '',
      ].join('\n'),
    );
    fx.write(
      VALUES,
      [
        'cluster: prod',
        'apps:',
        '  api:',
        '    wave: last',
        '    project: last',
        '  worker:',
        '    project: default',
        '    wave: last',
        '',
      ].join('\n'),
    );
    files = new RepoFiles(fx.dir, defaultYamlLimits);
  });
  afterEach(() => fx.cleanup());

  const locator = () => new Locator(files, new Map([['prod', valuesRoot(files.readYaml(VALUES)) as VMap]]));
  const app = (component: string) =>
    ({
      cluster: { name: 'prod', definedAt: { file: 'b.yaml', line: 1, column: 1 } } as Cluster,
      name: `prod-${component}`,
      namespace: 'argocd',
      component,
      template: TEMPLATE,
      object: {},
    }) as RenderedApp;
  const WAVE = ['metadata', 'annotations', 'argocd.argoproj.io/sync-wave'];

  it("the component's element of the ranged map, not another element with the same value", () => {
    expect(locator().field(app('worker'), WAVE, 'last')).toEqual({ file: VALUES, line: 8, column: 11 });
    expect(locator().field(app('api'), WAVE, 'last')).toEqual({ file: VALUES, line: 4, column: 11 });
  });

  it('not a values line that holds another value: the template line then', () => {
    expect(locator().field(app('worker'), WAVE, '5')).toEqual({ file: TEMPLATE, line: 5, column: 1 });
    expect(locator().field(app('worker'), ['spec', 'project'], 'last')).toEqual({
      file: TEMPLATE,
      line: 7,
      column: 1,
    });
  });
});
