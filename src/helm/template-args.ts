import type { TemplateRequest } from '../ports/helm.js';

/**
 * `helm template . --name-template=NAME …`: Argo CD's argv (util/helm/cmd.go) in its order, each flag
 * one `--flag=value` argument so that no value can be read as a flag.
 */
export function templateArgs(req: TemplateRequest, valueFiles: readonly string[]): string[] {
  const args = ['template', '.', `--name-template=${req.releaseName}`];
  if (req.namespace) args.push(`--namespace=${req.namespace}`);
  if (req.kubeVersion) args.push(`--kube-version=${req.kubeVersion}`);
  for (const p of req.parameters.filter((x) => !x.forceString))
    args.push(`--set=${p.name}=${setValue(p.value)}`);
  for (const p of req.parameters.filter((x) => x.forceString))
    args.push(`--set-string=${p.name}=${setValue(p.value)}`);
  for (const p of req.fileParameters ?? []) args.push(`--set-file=${p.name}=${setValue(p.path)}`);
  for (const f of valueFiles) args.push(`--values=${f}`);
  for (const v of req.apiVersions ?? []) args.push(`--api-versions=${v}`);
  if (!req.skipCrds) args.push('--include-crds');
  if (req.skipSchemaValidation) args.push('--skip-schema-validation');
  if (req.skipTests) args.push('--skip-tests');
  return args;
}

/** Like Argo CD: commas escaped so helm does not split the value, unless it is a `{a,b}` list. */
function setValue(value: string): string {
  return value.startsWith('{') && value.endsWith('}') ? value : value.replace(/(?<!\\),/g, '\\,');
}
