import type { ValidateResult } from '../gitops/validate-model.js';
import { check } from './validate-check.js';
import { discover, type Discovery, type DiscoverOptions } from './validate-discover.js';
import { ProgressSteps } from '../util/progress.js';
import { renderClusters, type ClusterRenders, type RenderOptions } from './validate-render.js';

export type ValidateOptions = DiscoverOptions & Omit<RenderOptions, 'progress'>;

/** validate's result, and the tree and renders it was computed from (for commands built on it). */
export interface ValidateRun {
  result: ValidateResult;
  discovery: Discovery;
  renders: ClusterRenders;
}

/**
 * The validate pipeline in its three phases: discover (config → topology), render (values, helm
 * template per cluster in parallel, values schemas meanwhile, nested app-of-apps levels), check
 * (Application and topology rules). Throws ConfigurationError only for a config the user must fix
 * first; everything about the repo's content comes back as findings.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  return (await validateRun(options)).result;
}

/** validate, keeping what it read and rendered (validate --output-dir writes the renders). */
export async function validateRun(options: ValidateOptions): Promise<ValidateRun> {
  const discovery = await discover(options);
  const progress = new ProgressSteps(options.logger, 'clusters rendered');
  const renders = await renderClusters(discovery, { ...options, progress });
  return { result: check(discovery, renders), discovery, renders };
}
