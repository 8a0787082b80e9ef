import { afterEach, describe, expect, it } from 'vitest';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { templateReads } from '../../src/gitops/template-reads.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe('templateReads: what a chart templates read of its values', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());
  const reads = (templates: Record<string, string>) => {
    fx = new FixtureRepo(null);
    fx.write('chart/Chart.yaml', 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    for (const [name, text] of Object.entries(templates)) fx.write(`chart/templates/${name}`, text);
    return templateReads(new RepoFiles(fx.dir, defaultYamlLimits), 'chart');
  };

  it('names read as fields or strings in actions (helpers and subdirectories included), not in plain text', () => {
    const r = reads({
      '_helpers.tpl':
        '{{- define "x" -}}{{ $c := index .root.Values .key }}{{ $c.syncPolicy | toYaml }}{{- end -}}',
      'sub/app.yaml':
        'kind: Thing\nname: {{ include "x" (dict "root" $ "key" "certManager") }}\nnotRead: {{ `raw` }}\n',
    });
    expect([...r.names].sort()).toEqual(['Values', 'certManager', 'key', 'raw', 'root', 'syncPolicy', 'x']);
    expect(r.names.has('notRead')).toBe(false);
    expect(r.names.has('Thing')).toBe(false);
  });

  it('paths iterated or written out whole: range, toYaml/toJson/tpl (called or piped), with … toYaml .', () => {
    const r = reads({
      'a.yaml': [
        '{{- range $name, $app := .Values.apps }}{{ $name }}{{ end }}',
        '{{ toYaml .Values.podAnnotations | nindent 4 }}',
        '{{ .Values.config.extra | toJson }}',
        '{{ tpl (toYaml $.Values.templated) . }}',
        '{{- with .Values.nodeSelector }}',
        'nodeSelector:',
        '  {{- toYaml . | nindent 2 }}',
        '{{- end }}',
        '{{- with .Values.image }}image: {{ .repository }}{{ end }}',
        '{{ .Values.plain.value }}',
      ].join('\n'),
    });
    expect([...r.wholePaths].sort()).toEqual([
      'apps',
      'config.extra',
      'nodeSelector',
      'podAnnotations',
      'templated',
    ]);
  });

  it('.Values itself iterated or written out: every top-level key is the user own', () => {
    expect([
      ...reads({ 'a.yaml': '{{ range $name, $app := .Values }}{{ $name }}{{ end }}' }).wholePaths,
    ]).toEqual(['']);
    expect([...reads({ 'a.yaml': '{{ toYaml $.Values }}{{ .ValuesLike }}' }).wholePaths]).toEqual(['']);
    expect([...reads({ 'a.yaml': '{{ .ValuesLike | toYaml }}' }).wholePaths]).toEqual([]);
  });

  it('a chart without templates reads nothing; an unclosed action ends the scan', () => {
    expect(reads({})).toEqual({ names: new Set(), wholePaths: new Set() });
    expect([...reads({ 'x.yaml': '{{ .a }} {{ .b ' }).names]).toEqual(['a']);
  });

  it('scans a hostile template in linear time', () => {
    const started = Date.now();
    reads({
      'x.yaml': `{{ toYaml ${' '.repeat(200_000)}( ${' '.repeat(200_000)} }}{{ "${'\\"'.repeat(100_000)}`,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('templateReads: beyond the chart own templates', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());

  it('reads vendored subcharts templates and tpl strings in the values files beside Chart.yaml', () => {
    fx = new FixtureRepo(null);
    fx.write('chart/Chart.yaml', 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    fx.write('chart/values.yaml', 'host: "{{ .Values.domain }}"\n');
    fx.write('chart/values-dev.yaml', 'url: "https://{{ .Values.subdomain }}"\n');
    fx.write('chart/charts/common/templates/_labels.tpl', '{{ toYaml .Values.commonLabels }}');
    fx.write('chart/charts/packaged.tgz', 'not read');
    fx.write('chart/other/templates/x.yaml', '{{ .notAChart }}');
    const r = templateReads(new RepoFiles(fx.dir, defaultYamlLimits), 'chart');
    expect([...r.names].sort()).toEqual(['Values', 'commonLabels', 'domain', 'subdomain']);
    expect([...r.wholePaths]).toEqual(['commonLabels']);
  });
});
