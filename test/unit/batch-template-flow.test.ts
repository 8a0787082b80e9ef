import { describe, expect, it } from 'vitest';
import { batchRefusal, type TemplateFile } from '../../src/helm/template-flow.js';
import { lexTemplate } from '../../src/helm/template-lex.js';
import { parseTemplate } from '../../src/helm/template-parse.js';

/** The verdict on a chart whose templates are `files` (name → text). */
function verdict(files: Record<string, string>, valuesExact = false): string | null {
  const parsed: TemplateFile[] = Object.entries(files).map(([path, text]) => {
    const lexed = lexTemplate(text);
    if (!lexed.ok) throw new Error(`lex: ${lexed.reason}`);
    const p = parseTemplate(lexed.actions);
    if (!p.ok) throw new Error(`parse: ${p.reason}`);
    return { path, template: p.template };
  });
  return batchRefusal(parsed, { valuesExact });
}

const one = (text: string, valuesExact = false) => verdict({ 'templates/x.yaml': text }, valuesExact);

/** The example's app-of-apps idiom: the root context handed to a helper in a dict. */
const HELPER = `{{- define "app.application" -}}
{{- $root := .root -}}
{{- $c := index $root.Values .key | default dict -}}
{{- if $c.enable }}
name: {{ printf "%s-%s" $root.Values.cluster.name .name }}
{{- with $c.annotations }}
annotations: {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}
{{- end }}`;

describe('batchRefusal: what a template may do with the root context in a batch', () => {
  it.each([
    ['fields of .Values', '{{ .Values.a.b | quote }} {{ $.Values.c }}'],
    ['ranging over a part of .Values', '{{ range $k, $v := .Values.apps }}{{ $k }}: {{ $v.x }}{{ end }}'],
    ['with on a part of .Values', '{{ with .Values.a }}{{ toYaml . }}{{ end }}'],
    ['a variable holding the root, read by field', '{{ $r := . }}{{ $r.Values.x }}'],
    [
      'capabilities checked',
      '{{ if .Capabilities.APIVersions.Has "apps/v1" }}x{{ end }} {{ .Capabilities.KubeVersion.Version }}',
    ],
    [
      'strings and comments holding what is refused elsewhere',
      '{{/* .Release.Name */}}{{ "}} .Chart.Name" }} {{ `{{ tpl }}` }}',
    ],
    [
      'a define never called may use anything',
      '{{ define "unused" }}{{ .Release.Name }}{{ toYaml . }}{{ end }}{{ .Values.x }}',
    ],
    ['trim markers and numbers', '{{- .Values.replicas | add -1 | max 0 -}} {{ 1.5 }} {{ 0x1F }}'],
  ])('proves %s', (_what, text) => {
    expect(one(text)).toBeNull();
  });

  it("proves the example's helper idiom when .Values is the same (values.yaml sets global)", () => {
    const files = {
      'templates/_app.tpl': HELPER,
      'templates/a.yaml': '{{- include "app.application" (dict "root" $ "key" "a" "name" "a") }}',
    };
    expect(verdict(files, true)).toBeNull();
    // Without global in values.yaml, `index $root.Values …` hands the whole .Values to a function.
    expect(verdict(files, false)).toMatch(/templates\/_app.tpl:3: the whole .Values may be given to index/);
  });

  it.each([
    ['.Chart.Name', '{{ .Chart.Name }}', /\.Chart is the batch wrapper's/],
    ['.Release.Name through $', '{{ $.Release.Name }}', /\.Release is the batch wrapper's/],
    ['.Template.BasePath', '{{ include (print $.Template.BasePath "/cm.yaml") . }}', /\.Template/],
    ['.Files', '{{ .Files.Get "x" }}', /\.Files/],
    ['.Subcharts', '{{ .Subcharts }}', /\.Subcharts/],
    ['printing the root', '{{ . }}', /the root context may be printed/],
    ['dumping the root', '{{ toYaml $ }}', /the root context may be given to toYaml/],
    [
      'indexing the root by a computed key',
      '{{ index . (print "Cha" "rt") }}',
      /the root context may be given to index/,
    ],
    ['ranging over the root', '{{ range $k, $v := $ }}{{ $k }}{{ end }}', /ranged over/],
    ['the root in a list', '{{ $l := list $ }}', /given to list/],
    ['the root stored with set', '{{ $d := dict }}{{ $_ := set $d "r" $ }}', /given to set/],
    ['tpl', '{{ tpl .Values.t . }}', /tpl is not followed/],
    ['lookup', '{{ lookup "v1" "Pod" "" "" }}', /lookup is not followed/],
    ['.Values.global without global in values.yaml', '{{ .Values.global.x }}', /\.Values\.global is \{\}/],
    ['the whole .Values dumped', '{{ toYaml .Values }}', /the whole .Values may be given to toYaml/],
    ['the whole .Values tested', '{{ if .Values }}x{{ end }}', /tested by if/],
    [
      'the shared APIVersions slice sorted',
      '{{ sortAlpha .Capabilities.APIVersions }}',
      /\.Capabilities may be given to sortAlpha/,
    ],
    ['a dict holding the root with a computed key', '{{ $d := dict (print "r") $ }}', /computed key/],
  ])('refuses %s', (_what, text, reason) => {
    expect(one(text)).toMatch(reason);
  });

  it('follows the root into helpers: through include, template, dicts and variables', () => {
    const helper = (body: string) => ({
      'templates/_h.tpl': `{{ define "h" }}${body}{{ end }}`,
      'templates/a.yaml': '{{ include "h" (dict "ctx" $ "n" 1) }}',
    });
    expect(verdict(helper('{{ .ctx.Values.x }} {{ .n }}'))).toBeNull();
    expect(verdict(helper('{{ $c := .ctx }}{{ index $c "Chart" }}'))).toMatch(
      /_h.tpl:1: the root context may be given to index/,
    );
    expect(verdict(helper('{{ toYaml . }}'))).toMatch(
      /a dict holding the root context may be given to toYaml/,
    );
    expect(
      verdict({
        'templates/_h.tpl': '{{ define "h" }}{{ keys . }}{{ end }}',
        'templates/a.yaml': '{{ template "h" . }}',
      }),
    ).toMatch(/the root context may be given to keys/);
  });

  it('refuses an include of a computed name, or of a name that may be a file (named otherwise in a batch)', () => {
    expect(one('{{ include (printf "%s.h" .Values.which) .Values }}')).toMatch(
      /include of a computed template name/,
    );
    expect(one('{{ include "gp-batch/charts/c0/templates/cm.yaml" .Values }}')).toMatch(
      /may name a file's template/,
    );
    expect(one('{{ template "app/templates/cm.yaml" }}')).toMatch(/may name a file's template/);
  });

  it('follows a variable assigned after its first use, and a recursive helper, to a fixed point', () => {
    expect(one('{{ $x := 1 }}{{ range .Values.l }}{{ toYaml $x }}{{ $x = $ }}{{ end }}')).toMatch(
      /given to toYaml/,
    );
    const recursive = {
      'templates/_h.tpl': '{{ define "r" }}{{ include "r" (dict "up" .) }}{{ end }}',
      'templates/a.yaml': '{{ include "r" (dict "up" $) }}',
    };
    expect(verdict(recursive)).toMatch(/nested too deep/);
  });

  it('refuses a define named like a file template (it would shadow the file alone, not in a batch)', () => {
    expect(one('{{ define "app/templates/b.yaml" }}x{{ end }}')).toMatch(/may shadow a file's template/);
  });
});

describe('batchRefusal: a method of the root context', () => {
  it.each([['{{ .YAML }}'], ['{{ .PathValue "Release.Name" }}'], ['{{ $.AsMap | toJson }}']])(
    'refuses %s (it reads the root whole, or a field that is the wrapper’s in a batch)',
    (text) => {
      expect(one(text, true)).toMatch(/of the root context is not followed/);
    },
  );
});

describe('batchRefusal: $ rebound to the root', () => {
  it.each([['{{ $ := .root }}'], ['{{ $ = .root }}']])(
    'follows %s in a helper given the root in a dict',
    (rebind) => {
      const files = {
        'templates/_h.tpl': `{{ define "h" }}${rebind}{{ $.PathValue "Release.Name" }}{{ end }}`,
        'templates/x.yaml': '{{ include "h" (dict "root" $) }}',
      };
      expect(verdict(files, true)).toMatch(/of the root context is not followed/);
    },
  );
});

describe('lexTemplate and parseTemplate refuse what they do not read for sure', () => {
  it.each([
    ['an unclosed action', '{{ .Values.x '],
    ['an unterminated string', '{{ "abc }}'],
    ['a comment not ending at the delimiter', '{{/* c */ .Values.x }}'],
    ['a bad number', '{{ 1.Values }}'],
    ['an unexpected character', '{{ .Values.x ; }}'],
  ])('the lexer refuses %s', (_what, text) => {
    expect(lexTemplate(text).ok).toBe(false);
  });

  it.each([
    ['an end without a block', '{{ end }}'],
    ['a block never closed', '{{ if .Values.x }}'],
    ['an else after an else', '{{ if .Values.x }}{{ else }}{{ else }}{{ end }}'],
    ['a define inside a block', '{{ if .Values.x }}{{ define "d" }}{{ end }}{{ end }}'],
    ['an empty action', '{{ }}'],
  ])('the parser refuses %s', (_what, text) => {
    const lexed = lexTemplate(text);
    expect(lexed.ok && parseTemplate(lexed.actions).ok).toBe(false);
  });

  it('reads else-if chains, block and the trim markers as Go does', () => {
    expect(
      one(
        '{{- if .Values.a -}}a{{- else if .Values.b }}b{{ else with .Values.c }}{{ . }}{{ else }}d{{ end }}',
      ),
    ).toBeNull();
    expect(one('{{ block "b" . }}{{ .Values.x }}{{ end }}')).toBeNull();
    expect(one('{{ block "b" . }}{{ toYaml . }}{{ end }}')).toMatch(
      /the root context may be given to toYaml/,
    );
  });
});
