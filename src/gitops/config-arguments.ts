import { ConfigurationError } from '../errors.js';
import { branchProblem } from '../git/refs.js';
import {
  apiVersionProblem,
  kubeVersionProblem,
  namespaceProblem,
  parameterNameProblem,
  releaseNameProblem,
} from '../helm/arguments.js';

interface ConfigArguments {
  defaultBranch?: string;
  environments?: Record<string, { ref: string }>;
  clusters?: { releaseName?: string; namespace?: string; parameters?: { name: string }[] }[];
  helm?: { kubeVersion?: string; apiVersions?: string[] };
  promotion?: { edges?: { from: string; to: string }[] };
}

type At = (...segments: string[]) => { file: string; line: number };

/**
 * The config's values that become helm or git arguments, checked for their kind: the config at a
 * pull request's head is written by its author like any other file. The first bad one is a
 * ConfigurationError at its line.
 */
export function checkConfigArguments(raw: ConfigArguments, at: At): void {
  const refuse = (problem: string | null, ...segments: string[]) => {
    if (problem) throw new ConfigurationError(problem, at(...segments));
  };
  if (raw.defaultBranch !== undefined) refuse(branchProblem(raw.defaultBranch), 'defaultBranch');
  for (const [name, env] of Object.entries(raw.environments ?? {}))
    refuse(refOrBranch(env.ref), 'environments', name, 'ref');
  (raw.promotion?.edges ?? []).forEach((e, i) => {
    refuse(branchProblem(e.from), 'promotion', 'edges', String(i), 'from');
    refuse(branchProblem(e.to), 'promotion', 'edges', String(i), 'to');
  });
  if (raw.helm?.kubeVersion !== undefined)
    refuse(kubeVersionProblem(raw.helm.kubeVersion), 'helm', 'kubeVersion');
  (raw.helm?.apiVersions ?? []).forEach((v, i) =>
    refuse(apiVersionProblem(v), 'helm', 'apiVersions', String(i)),
  );
  (raw.clusters ?? []).forEach((c, i) => {
    const field = (...rest: string[]) => ['clusters', String(i), ...rest];
    if (c.releaseName !== undefined) refuse(releaseNameProblem(c.releaseName), ...field('releaseName'));
    if (c.namespace) refuse(namespaceProblem(c.namespace), ...field('namespace'));
    (c.parameters ?? []).forEach((p, j) =>
      refuse(parameterNameProblem(String(p.name)), ...field('parameters', String(j), 'name')),
    );
  });
}

/** An environment's ref: a branch, or a tag like `stable` (same name rules). */
function refOrBranch(ref: string): string | null {
  return branchProblem(ref.replace(/^refs\/(heads|tags)\//, ''));
}
