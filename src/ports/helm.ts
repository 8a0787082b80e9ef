import type { ReadManifests } from '../gitops/manifests.js';

/**
 * What the use cases ask of helm: render a chart directory the way Argo CD does, build its
 * dependencies. The adapter (src/helm/helm.ts) runs the real binary, sandboxed.
 */
export interface TemplateRequest {
  releaseName: string;
  /** Absolute path of the chart directory: helm runs there, with `.` as the chart (as Argo CD does). */
  chartDir: string;
  /** Empty: no `--namespace` flag (Argo CD omits it when neither helm.namespace nor the destination has one). */
  namespace: string;
  /** Absolute paths, applied in order. */
  valueFiles: string[];
  /** Inline values (Argo CD helm.values / valuesObject), applied after the value files. */
  inlineValues?: string | null;
  /** `--set` (or `--set-string` when forceString) parameters, after the value files. */
  parameters: { name: string; value: string; forceString?: boolean }[];
  /** `--set-file` parameters: absolute paths of files helm reads as string values. */
  fileParameters?: { name: string; path: string }[];
  kubeVersion?: string | null;
  apiVersions?: string[];
  /** Argo CD's helm.skipCrds (no `--include-crds`), skipSchemaValidation and skipTests. */
  skipCrds?: boolean;
  skipSchemaValidation?: boolean;
  skipTests?: boolean;
}

export interface TemplateResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  /**
   * The argument array helm was given (no secrets ever go here); empty when no helm process ran for
   * this result (a render served from a cache, a chart directory that is not there).
   */
  args: string[];
  /**
   * The objects of `stdout`, already read (a render cache entry keeps them): equal to
   * readManifests(stdout), which is what a result without it is read with.
   */
  read?: ReadManifests;
}

/** A dependency repository `helm dependency build` may fetch from (Argo CD adds each with `helm repo add`). */
export interface DependencyRepository {
  name: string;
  url: string;
}

export interface HelmPort {
  /** Every argument array run, in call order: one per helm process (a batch of renders is one). */
  readonly invocations: string[][];
  /** Every render served (one per `template`, one per request of `templateMany`), in the order done. */
  readonly renders: readonly TemplateRequest[];
  version(): Promise<string>;
  template(req: TemplateRequest): Promise<TemplateResult>;
  /**
   * Many renders, each result equal to `template` of its request, in the requests' order. The adapter
   * may render several in one helm process where that is proven exact; `concurrency` bounds the helm
   * processes in flight; `onResult` hears of each result as it is known, at most once per request
   * (a caller fills in from the results what it did not hear of).
   */
  templateMany(
    reqs: readonly TemplateRequest[],
    concurrency: number,
    onResult?: (index: number, result: TemplateResult) => void,
  ): Promise<TemplateResult[]>;
  dependencyBuild(
    chartDir: string,
    repositories?: readonly DependencyRepository[],
  ): Promise<{ ok: boolean; stderr: string }>;
}
