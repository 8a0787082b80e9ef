import type { ValidateResult } from '../gitops/validate-model.js';
import { check } from './validate-check.js';
import { discover, type DiscoverOptions } from './validate-discover.js';
import { renderClusters, type RenderOptions } from './validate-render.js';

export type ValidateOptions = DiscoverOptions & Omit<RenderOptions, 'charts'>;

/**
 * The validate pipeline in its three phases: discover (config → topology), render (values, helm
 * template per cluster in parallel, values schemas meanwhile, nested app-of-apps levels), check
 * (Application and topology rules). Throws ConfigurationError only for a config the user must fix
 * first; everything about the repo's content comes back as findings.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const discovery = await discover(options);
  const renders = await renderClusters(discovery, options);
  return check(discovery, renders);
}
