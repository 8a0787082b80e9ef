{{/*
Renders one Argo CD Application for a component block.
Usage: {{ include "app-of-apps.application" (dict "root" $ "key" "certManager" "name" "cert-manager") }}
  root: the chart root context ($)
  key:  camelCase key of the component block in .Values
  name: kebab-case component name (Application name suffix, default release name)
Nothing is rendered unless <key>.enable is true.
*/}}
{{- define "app-of-apps.application" -}}
{{- $root := .root -}}
{{- $key := .key -}}
{{- $name := .name -}}
{{- $c := index $root.Values $key | default dict -}}
{{- if $c.enable -}}
{{- $cluster := $root.Values.cluster | default dict -}}
{{- $global := $root.Values.global | default dict -}}
{{- $source := $c.source | default dict -}}
{{- $helm := $source.helm | default dict -}}
{{- $clusterName := required "cluster.name is required" $cluster.name -}}
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: {{ printf "%s-%s" $clusterName $name }}
  namespace: argocd
  labels:
    cluster: {{ $clusterName }}
    env: {{ required "cluster.env is required" $cluster.env }}
    component: {{ $name }}
    {{- range $k, $v := $c.labels }}
    {{- if not (has $k (list "cluster" "env" "component")) }}
    {{ $k }}: {{ $v | quote }}
    {{- end }}
    {{- end }}
  {{- with $c.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: {{ $c.project | default "default" }}
  source:
    repoURL: {{ $source.repoURL | default $global.repoURL }}
    {{- if $source.chart }}
    chart: {{ $source.chart }}
    {{- else }}
    path: {{ required (printf "%s.source.path is required" $key) $source.path }}
    {{- end }}
    targetRevision: {{ $source.targetRevision | default $global.targetRevision | quote }}
    helm:
      releaseName: {{ $helm.releaseName | default $name }}
      {{- if or (not $source.chart) $helm.valueFiles }}
      valueFiles:
        {{- if not $source.chart }}
        - values.yaml
        - values.{{ $clusterName }}.yaml
        {{- end }}
        {{- range $helm.valueFiles }}
        - {{ . }}
        {{- end }}
      {{- end }}
      {{- with $helm.values }}
      values: |
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $helm.parameters }}
      parameters:
        {{- range . }}
        - name: {{ .name | quote }}
          value: {{ .value | quote }}
          {{- if hasKey . "forceString" }}
          forceString: {{ .forceString }}
          {{- end }}
        {{- end }}
      {{- end }}
  destination:
    server: {{ required "cluster.server is required" $cluster.server }}
    namespace: {{ required (printf "%s.namespace is required" $key) $c.namespace }}
  syncPolicy:
    {{- if $c.syncPolicy }}
    {{- toYaml $c.syncPolicy | nindent 4 }}
    {{- else }}
    automated:
      prune: true
      selfHeal: true
    syncOptions:
      - CreateNamespace=true
    {{- end }}
{{- end }}
{{- end }}
