/**
 * What Argo CD would apply for each cluster, object by object: the app-of-apps chart's own objects and
 * each Application's (validate --output-dir writes them for kubeconform, trivy, checkov, conftest…).
 */

/** One object as rendered, with the template that rendered it (`loki/templates/x.yaml`), when helm said. */
export interface OutputObject {
  template: string | null;
  object: Record<string, unknown>;
}

/**
 * What one Application deploys: `rendered` (its in-repo chart, or the next level of a nested
 * app-of-apps); `broken`, it fails to render as it would in Argo CD; `unknown`, this run cannot
 * render it (a remote chart, another repository, plain manifests, dependencies not vendored).
 */
export type ComponentOutput =
  | { state: 'rendered'; objects: OutputObject[] }
  | { state: 'broken'; reason: string }
  | { state: 'unknown'; reason: string };

export interface ApplicationOutput {
  /** The Application's name. */
  application: string;
  /** The component it deploys (its name without the `<cluster>-` prefix). */
  component: string;
  /** The Application that rendered it, for a nested app-of-apps level; null at the cluster's own level. */
  parent: string | null;
  output: ComponentOutput;
}

/** One cluster's objects: null `appOfApps` when its app-of-apps chart did not render (see validate's findings). */
export interface ClusterOutput {
  cluster: string;
  appOfApps: OutputObject[] | null;
  applications: ApplicationOutput[];
}
