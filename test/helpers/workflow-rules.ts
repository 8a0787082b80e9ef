// The house rules for workflows, examples and action.yml files, beyond what actionlint and GitHub's parser
// check. Each rule returns findings as `file:line: message`; none means the file follows it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, visit } from 'yaml';
import {
  at,
  jobsOf,
  mapAt,
  readYaml,
  resolveWorkflowRef,
  scalarAt,
  stepsOf,
  triggersOf,
  workflowCallOf,
  type JobNode,
  type StepNode,
  type YamlFile,
} from './workflow-yaml.js';

/** owner/repo[/path]@<40-hex sha> */
const PINNED = /^[\w.-]+\/[\w.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;
/** What an example calls: this project's reusable workflow at a sha or a major version tag. */
const OWN_REUSABLE = /^[^/\s]+\/gitops-promotion\/\.github\/workflows\/[\w.-]+\.ya?ml@(v\d+|[0-9a-f]{40})$/;
/** Where a reusable workflow finds this repository's actions: its own checkout, see selfCheckout. */
const SELF_DIR = '.gitops-promotion';
const SELF_ACTION = /^\.\/\.gitops-promotion\/actions\/([\w-]+)$/;

/** `${{ }}` in a `run:` script is spliced into the shell before it runs: values go through `env:`. */
export function expressionsInRun(file: YamlFile): string[] {
  return stepsOf(file).flatMap((s) => {
    const run = s.node.get('run', true);
    return isScalar(run) && String(run.value).includes('${{')
      ? [at(file, run, '${{ }} in a run: script (pass the value through env: and read the variable)')]
      : [];
  });
}

/** Every job says which token permissions it needs; the workflow-level block does not count. */
export function jobsWithoutPermissions(file: YamlFile): string[] {
  return jobsOf(file)
    .filter((j) => !j.node.has('permissions'))
    .map((j) => `${file.rel}:${j.line}: job ${j.id} declares no permissions:`);
}

/** Every `uses:` that is neither local nor pinned by a full commit SHA with a `# vX.Y.Z` comment. */
export function unpinnedUses(file: YamlFile): string[] {
  const bad: string[] = [];
  visit(file.doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'uses' || !isScalar(pair.value)) return;
      const value = String(pair.value.value);
      if (value.startsWith('./')) return;
      if (file.rel.startsWith('examples/') && OWN_REUSABLE.test(value)) return;
      if (!PINNED.test(value)) bad.push(at(file, pair.value, `${value} (not pinned by a 40-hex commit SHA)`));
      else if (!/^\s*v\d/.test(pair.value.comment ?? '')) {
        bad.push(at(file, pair.value, `${value} (missing trailing "# vX.Y.Z" version comment)`));
      }
    },
  });
  return bad;
}

const PR_HEAD = /github\.event\.pull_request\.(head|merge_commit_sha)|github\.head_ref|refs\/pull\//;

/** pull_request_target runs with the base repository's write token and secrets: never next to PR code. */
export function pullRequestTargetCheckouts(file: YamlFile): string[] {
  if (!triggersOf(file).includes('pull_request_target')) return [];
  const checkouts = stepsOf(file).flatMap((s) => {
    if (!scalarAt(s.node, 'uses')?.startsWith('actions/checkout@')) return [];
    const ref = `${scalarAt(mapAt(s.node, 'with'), 'ref') ?? ''} ${scalarAt(mapAt(s.node, 'with'), 'repository') ?? ''}`;
    return PR_HEAD.test(ref) ? [at(file, s.node, 'pull_request_target checks out the pull request')] : [];
  });
  const calls = jobsOf(file).flatMap((j) =>
    /pr-checks\.ya?ml(@|$)/.test(scalarAt(j.node, 'uses') ?? '')
      ? [`${file.rel}:${j.line}: pull_request_target calls pr-checks, which renders the pull request`]
      : [],
  );
  return [...checkouts, ...calls];
}

function writesContents(permissions: unknown): boolean {
  if (permissions === 'write-all') return true;
  return (
    !!permissions &&
    typeof permissions === 'object' &&
    (permissions as Record<string, unknown>).contents === 'write'
  );
}

/**
 * A job that can push never sits in a concurrency group that cancels a running run; in a reusable
 * workflow it declares its own group with `cancel-in-progress: false`.
 */
export function cancellingWriters(file: YamlFile): string[] {
  const workflow = (file.doc.toJS() ?? {}) as Record<string, unknown>;
  const reusable = workflowCallOf(file) !== undefined;
  return jobsOf(file).flatMap((j) => {
    const job = j.node.toJSON() as Record<string, unknown>;
    if (!writesContents(job.permissions ?? workflow.permissions)) return [];
    const concurrency = job.concurrency ?? workflow.concurrency;
    const cancel =
      concurrency && typeof concurrency === 'object'
        ? (concurrency as Record<string, unknown>)['cancel-in-progress']
        : undefined;
    if (cancel !== undefined && cancel !== false) {
      return [`${file.rel}:${j.line}: job ${j.id} pushes and its concurrency group cancels in progress`];
    }
    // A job that calls a reusable workflow has the concurrency of the callee's jobs (checked there).
    if (reusable && !job.uses && (typeof job.concurrency !== 'object' || cancel !== false)) {
      return [
        `${file.rel}:${j.line}: job ${j.id} pushes: give it a concurrency group with cancel-in-progress: false`,
      ];
    }
    return [];
  });
}

function isSelfCheckout(step: StepNode): boolean {
  const withs = mapAt(step.node, 'with');
  return (
    !!scalarAt(step.node, 'uses')?.startsWith('actions/checkout@') &&
    scalarAt(withs, 'path') === SELF_DIR &&
    scalarAt(withs, 'repository') === '${{ job.workflow_repository }}' &&
    scalarAt(withs, 'ref') === '${{ job.workflow_sha }}'
  );
}

/**
 * In a reusable workflow `./x` resolves against the caller's checkout: this repository's actions run from
 * .gitops-promotion, checked out earlier in the job at job.workflow_repository and job.workflow_sha.
 */
export function selfCheckout(file: YamlFile): string[] {
  if (!workflowCallOf(file)) return [];
  const bad: string[] = [];
  const checkedOut = new Set<string>();
  for (const step of stepsOf(file)) {
    const uses = scalarAt(step.node, 'uses') ?? '';
    if (isSelfCheckout(step)) checkedOut.add(step.job);
    else if (
      uses.startsWith('actions/checkout@') &&
      scalarAt(mapAt(step.node, 'with'), 'path') === SELF_DIR
    ) {
      bad.push(
        at(file, step.node, `${SELF_DIR} is not checked out at job.workflow_repository and job.workflow_sha`),
      );
    }
    if (!uses.startsWith('./')) continue;
    if (!SELF_ACTION.test(uses)) {
      bad.push(
        at(
          file,
          step.node,
          `${uses}: in a reusable workflow ./ is the caller's checkout; run ./${SELF_DIR}/actions/<name>`,
        ),
      );
    } else if (!checkedOut.has(step.job)) {
      bad.push(at(file, step.node, `${uses} runs before ${SELF_DIR} is checked out at job.workflow_sha`));
    }
  }
  return bad;
}

interface ActionSpec {
  inputs?: Record<string, { required?: boolean; default?: unknown } | null>;
  outputs?: Record<string, unknown>;
}

/** The `with:` of a step running this repository's action are its inputs (the required ones given). */
function actionInputFindings(file: YamlFile, step: StepNode, name: string, spec: ActionSpec): string[] {
  const given = Object.keys((mapAt(step.node, 'with')?.toJSON() ?? {}) as object);
  const inputs = spec.inputs ?? {};
  const unknown = given
    .filter((k) => !(k in inputs))
    .map((k) => at(file, step.node, `input ${k} is not an input of actions/${name}`));
  const missing = Object.entries(inputs)
    .filter(([k, v]) => v?.required === true && v.default === undefined && !given.includes(k))
    .map(([k]) => at(file, step.node, `required input ${k} of actions/${name} is not given`));
  return [...unknown, ...missing];
}

/** `steps.<id>.outputs.<name>` of a step running this repository's action name one of its outputs. */
function actionOutputFindings(
  file: YamlFile,
  job: JobNode,
  id: string,
  name: string,
  spec: ActionSpec,
): string[] {
  const text = JSON.stringify(job.node.toJSON());
  const used = [...text.matchAll(new RegExp(`steps\\.${id}\\.outputs\\.([\\w-]+)`, 'g'))].map((m) => m[1]!);
  return [...new Set(used)]
    .filter((o) => !(o in (spec.outputs ?? {})))
    .map((o) => `${file.rel}:${job.line}: steps.${id}.outputs.${o} is not an output of actions/${name}`);
}

/** Steps that run ./.gitops-promotion/actions/<name> against actions/<name>/action.yml of `root`. */
export function localActionContracts(root: string, file: YamlFile): string[] {
  return jobsOf(file).flatMap((job) =>
    stepsOf(file)
      .filter((s) => s.job === job.id)
      .flatMap((step) => {
        const name = SELF_ACTION.exec(scalarAt(step.node, 'uses') ?? '')?.[1];
        if (!name) return [];
        const rel = path.posix.join('actions', name, 'action.yml');
        if (!existsSync(path.join(root, rel))) return [at(file, step.node, `${rel} does not exist`)];
        const spec = (readYaml(root, rel).doc.toJS() ?? {}) as ActionSpec;
        const id = scalarAt(step.node, 'id');
        return [
          ...actionInputFindings(file, step, name, spec),
          ...(id ? actionOutputFindings(file, job, id, name, spec) : []),
        ];
      }),
  );
}

/** The outputs of a job: its `outputs:`, or for a call of a reusable workflow the callee's. */
function jobOutputs(root: string, job: JobNode): object {
  const callee = resolveWorkflowRef(scalarAt(job.node, 'uses') ?? '');
  if (callee && existsSync(path.join(root, callee)))
    return workflowCallOf(readYaml(root, callee))?.outputs ?? {};
  return (job.node.toJSON() as { outputs?: object }).outputs ?? {};
}

/** A reusable workflow's outputs name outputs its jobs declare. */
export function callOutputs(root: string, file: YamlFile): string[] {
  const outputs = workflowCallOf(file)?.outputs ?? {};
  const jobs = new Map(jobsOf(file).map((j) => [j.id, jobOutputs(root, j)]));
  return Object.entries(outputs).flatMap(([name, o]) =>
    [...String(o?.value ?? '').matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)]
      .filter((m) => !(m[2]! in (jobs.get(m[1]!) ?? {})))
      .map(
        (m) =>
          `${file.rel}: output ${name} reads jobs.${m[1]}.outputs.${m[2]}, which that job does not declare`,
      ),
  );
}

/** Helm in a reusable workflow is the major the caller's Argo CD runs: azure/setup-helm with helm-version. */
export function helmVersion(file: YamlFile): string[] {
  const call = workflowCallOf(file);
  if (!call) return [];
  return stepsOf(file).flatMap((s) => {
    if (!scalarAt(s.node, 'uses')?.startsWith('azure/setup-helm@')) return [];
    const ok =
      scalarAt(mapAt(s.node, 'with'), 'version') === '${{ inputs.helm-version }}' &&
      !!call.inputs?.['helm-version'];
    return ok
      ? []
      : [at(file, s.node, 'azure/setup-helm takes version: ${{ inputs.helm-version }} (a declared input)')];
  });
}

/** Every house rule that applies to the file at `rel` (a workflow, an example or an action.yml). */
export function houseRuleFindings(root: string, rel: string): string[] {
  const file = readYaml(root, rel);
  const isAction = isMap(file.doc.contents) && file.doc.contents.has('runs');
  if (isAction) return [...expressionsInRun(file), ...unpinnedUses(file)];
  return [
    ...expressionsInRun(file),
    ...jobsWithoutPermissions(file),
    ...unpinnedUses(file),
    ...pullRequestTargetCheckouts(file),
    ...cancellingWriters(file),
    ...selfCheckout(file),
    ...localActionContracts(root, file),
    ...callOutputs(root, file),
    ...helmVersion(file),
  ];
}
