import { describe, expect, it } from 'vitest';
import { meaningfulPath } from '../../src/helm/chart-file-reads.js';
import { fileReadRefusal, type TemplateFile } from '../../src/helm/template-flow.js';
import { lexTemplate } from '../../src/helm/template-lex.js';
import { parseTemplate } from '../../src/helm/template-parse.js';

function parsed(files: Record<string, string>): TemplateFile[] {
  return Object.entries(files).map(([path, text]) => {
    const lexed = lexTemplate(text);
    if (!lexed.ok) throw new Error(`lex: ${lexed.reason}`);
    const p = parseTemplate(lexed.actions);
    if (!p.ok) throw new Error(`parse: ${p.reason}`);
    return { path, template: p.template };
  });
}

/** Why the templates `files` (name → text) may read the chart's files, or null. */
const verdict = (files: Record<string, string>) => fileReadRefusal(parsed(files));
const one = (text: string) => verdict({ 'templates/x.yaml': text });

const HELPER = `{{- define "app.application" -}}
{{- $root := .root -}}
{{- $c := index $root.Values .key | default dict -}}
name: {{ printf "%s-%s" $root.Values.cluster.name .name }} {{ $root.Release.Name }} {{ $root.Chart.Name }}
{{- with $c.annotations }}{{- toYaml . | nindent 2 }}{{- end }}
{{- end }}`;

describe('fileReadRefusal: whether a template can read a file of its chart', () => {
  it.each([
    ['the whole .Values, dumped', '{{ toYaml .Values }} {{ if .Values }}x{{ end }}'],
    ['.Release, .Chart, .Template', '{{ .Release.Name }} {{ $.Chart.Version }} {{ .Template.BasePath }}'],
    ['.Capabilities', '{{ sortAlpha .Capabilities.APIVersions }} {{ .Capabilities.KubeVersion.Version }}'],
    ['a variable holding the root, read by field', '{{ $r := . }}{{ $r.Values.x }} {{ $r.Release.Name }}'],
    ['tpl and lookup of plain data', '{{ tpl .Values.t .Values }} {{ lookup "v1" "Pod" "" "" }}'],
    ['an include of a computed name with plain data', '{{ include (print "h" .Values.n) .Values }}'],
    ['a field named Files of plain data', '{{ .Values.Files.Get }}'],
    ['a define never called reading .Files', '{{ define "unused" }}{{ .Files.Get "x" }}{{ end }}'],
  ])('proves %s', (_what, text) => {
    expect(one(text)).toBeNull();
  });

  it('proves the root handed to a helper in a dict, read by its plain fields', () => {
    const files = {
      'templates/_app.tpl': HELPER,
      'templates/a.yaml': '{{- include "app.application" (dict "root" $ "key" "a" "name" "a") }}',
    };
    expect(verdict(files)).toBeNull();
  });

  it.each([
    ['.Files', '{{ .Files.Get "values.prod.yaml" }}', /x.yaml:1: .Files may read the chart's files/],
    ['.Files through $', '{{ range .Values.l }}{{ $.Files.Get "a" }}{{ end }}', /.Files may read/],
    ['.Files through a variable', '{{ $r := . }}{{ $r.Files.Get "a" }}', /.Files may read/],
    ['.Files through a parenthesis', '{{ (.).Files.Glob "*" }}', /.Files may read/],
    ['.Subcharts', '{{ .Subcharts.sub.Files }}', /.Subcharts may read/],
    [
      'the root printed whole by its YAML method',
      '{{ .YAML }}',
      /\.YAML of the root context is not followed/,
    ],
    ['its files reached by its PathValue method', '{{ (.PathValue "Files").Get "a" }}', /\.PathValue/],
    ['the root as a map', '{{ .AsMap }}', /\.AsMap/],
    ['the root printed', '{{ . }}', /the root context may be printed/],
    ['the root dumped', '{{ toYaml $ }}', /the root context may be given to toYaml/],
    ['the root indexed', '{{ index . "Files" }}', /the root context may be given to index/],
    ['the root ranged over', '{{ range $k, $v := . }}{{ $v }}{{ end }}', /ranged over/],
    ['the root tested by with', '{{ with $ }}{{ .Values.x }}{{ end }}', /tested by with/],
    ['tpl given the root', '{{ tpl .Values.t . }}', /the root context may be given to tpl/],
    ['the root in a dict with a computed key', '{{ $d := dict (print "r") $ }}', /computed key/],
  ])('refuses %s', (_what, text, reason) => {
    expect(one(text)).toMatch(reason);
  });

  it.each([
    ['declared', '{{- $ := .root -}}{{ $.Files.Get "a" }}'],
    ['assigned', '{{- $ = .root -}}{{ $.Files.Get "a" }}'],
    ['assigned in a range', '{{ range .l }}{{ $ = $.root }}{{ end }}{{ $.Files.Get "a" }}'],
  ])('refuses .Files through $ %s from the dict a helper is given', (_what, body) => {
    const helper = `{{ define "h" }}${body}{{ end }}`;
    expect(
      verdict({ 'templates/_h.tpl': helper, 'templates/x.yaml': '{{ include "h" (dict "root" $) }}' }),
    ).toMatch(/.Files may read/);
  });

  it('follows the root into helpers: through include, template, dicts and variables', () => {
    const helper = (body: string, call: string) => ({
      'templates/_h.tpl': `{{ define "h" }}${body}{{ end }}`,
      'templates/a.yaml': call,
    });
    expect(verdict(helper('{{ .Files.Get "a" }}', '{{ include "h" . }}'))).toMatch(
      /_h.tpl:1: .Files may read/,
    );
    expect(verdict(helper('{{ $.Files.Get "a" }}', '{{ template "h" $ }}'))).toMatch(/.Files may read/);
    expect(
      verdict(helper('{{ $c := .ctx }}{{ $c.Files.Get "a" }}', '{{ include "h" (dict "ctx" $) }}')),
    ).toMatch(/.Files may read/);
    expect(verdict(helper('{{ toYaml . }}', '{{ include "h" (dict "ctx" $) }}'))).toMatch(
      /a dict holding the root context may be given to toYaml/,
    );
    expect(verdict(helper('{{ .Files.Get "a" }}', '{{ include "h" .Values }}'))).toBeNull();
  });

  it('hands the data of an include of a computed name, or of a file name, to every template', () => {
    const files = (call: string) => ({
      'templates/_h.tpl': '{{ define "h" }}{{ .Files.Get "a" }}{{ end }}',
      'templates/a.yaml': call,
    });
    expect(verdict(files('{{ include (print "h") . }}'))).toMatch(/_h.tpl:1: .Files may read/);
    expect(verdict(files('{{ include "c/templates/_h.tpl" $ }}'))).toMatch(/_h.tpl:1: .Files may read/);
    // A file's template called with a dict holding the root: its top is walked with that dict too
    // (and its `.r` read of the root too, which is not a field this check follows).
    expect(
      verdict({
        'templates/b.yaml': '{{ .r.Files.Get "a" }}',
        'templates/a.yaml': '{{ include (print $.Template.BasePath "/b.yaml") (dict "r" $) }}',
      }),
    ).toMatch(/b.yaml:1: \.r of the root context is not followed/);
    // The usual checksum of another template: its data the root, which reads no file.
    expect(
      verdict({
        'templates/cm.yaml': 'x: {{ .Values.x }}',
        'templates/a.yaml': '{{ include (print $.Template.BasePath "/cm.yaml") . | sha256sum }}',
      }),
    ).toBeNull();
  });

  it('refuses a define named like a file template (helm would run it with the root context)', () => {
    expect(one('{{ define "c/templates/b.yaml" }}x{{ end }}')).toMatch(/may shadow a file's template/);
  });
});

describe('meaningfulPath: the files of a chart helm reads as themselves', () => {
  it.each([
    'Chart.yaml',
    'chart.YAML',
    'Chart.lock',
    'values.yaml',
    'values.schema.json',
    'requirements.yaml',
    'requirements.lock',
    '.helmignore',
    'templates/a.yaml',
    'templates/sub/_h.tpl',
    'crds/crd.yaml',
    'charts/sub/values.yaml',
    'templates',
  ])('%s is one', (rel) => {
    expect(meaningfulPath(rel)).toBe(true);
  });

  it.each([
    'values.dev-01.yaml',
    'values.yml',
    'README.md',
    'files/values.yaml',
    'sub/Chart.yaml',
    'templatesx/a',
  ])('%s is not', (rel) => {
    expect(meaningfulPath(rel)).toBe(false);
  });
});
