import { appSources, type RenderedApp } from '../gitops/applications.js';
import { repoJoin } from '../gitops/repo-files.js';
import { isOwnRepoURL } from '../gitops/repo-url.js';
import { sourceOverrideFiles } from '../gitops/source-overrides.js';
import { planDeep, type DeepSide } from './deep.js';

/**
 * What a source may read that diff's plan does not look at when it leaves a cluster out of deep
 * mode (it looks at changed files under charts and changed YAML/JSON files): a `--set-file` file of
 * any kind anywhere in the repository, and the commit itself (`$ARGOCD_APP_REVISION…` in a
 * parameter, a value-file or file-parameter path).
 */
const UNPLANNED = /fileParameters|ARGOCD_APP_REVISION/;

/**
 * Whether deep mode must compare an Application of a cluster whose app-of-apps inputs are equal
 * (its Applications are then the same at both refs) although no changed file the plan looks at
 * touches it: its source (or an `.argocd-source*.yaml` of its directory) names a file parameter
 * or a revision variable, and its render inputs at base and head are not proven equal.
 */
export function readsUnplannedInputs(
  app: RenderedApp,
  base: DeepSide,
  head: DeepSide,
  changedFiles: ReadonlySet<string>,
): boolean {
  const sources = appSources(app.object).map((s) => s.source);
  const overrides = sources.flatMap((s) =>
    typeof s.path === 'string' && isOwnRepoURL(s.repoURL, head.repoURL)
      ? sourceOverrideFiles(repoJoin('.', s.path), app.name)
      : [],
  );
  const named =
    UNPLANNED.test(JSON.stringify(sources)) ||
    overrides.some((f) => [base, head].some((side) => UNPLANNED.test(side.files.text(f) ?? '')));
  if (!named) return false;
  const side = { app: app.object, name: app.name };
  const plan = planDeep(side, side, base, head, changedFiles);
  return plan !== null && !(plan.kind === 'decided' && plan.result.state === 'unchanged');
}
