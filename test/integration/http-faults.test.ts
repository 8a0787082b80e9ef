/**
 * The diff action step (in-process, real git and helm) against a GitHub that fails while it comments: the
 * step ends in bounded time, its outputs and summary are written before the first API call, a failure names
 * the endpoint and the pull request, and there is never a second diff comment.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIFF_INPUTS, diffStep } from '../../src/actions/diff-action.js';
import { parseInputs } from '../../src/actions/inputs.js';
import { scenario, type Scenario } from '../helpers/diff-scenario.js';
import { errorResult } from '../helpers/github-handlers.js';
import { type Fault, startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';

const PR = 7;
const TIMEOUT_MS = 500;
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

/** `name<<delimiter\nvalue\ndelimiter` blocks of a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(file, 'utf8').matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

describe('the diff step when GitHub fails while commenting', () => {
  let s: Scenario;
  let gh: GitHubServer;
  let tmp: string;
  let files: string;
  const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };

  beforeAll(() => {
    s = scenario((fx) =>
      fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'),
    );
    // @actions/core writes outputs and the summary to the files named in process.env (it reads the summary's
    // path once per process): the same two files for every test, emptied before each.
    files = mkdtempSync(path.join(os.tmpdir(), 'http-faults-files-'));
    process.env.GITHUB_OUTPUT = path.join(files, 'output');
    process.env.GITHUB_STEP_SUMMARY = path.join(files, 'summary');
  });
  afterAll(() => {
    s.fx.cleanup();
    rmSync(files, { recursive: true, force: true });
    process.env.GITHUB_OUTPUT = saved.output;
    process.env.GITHUB_STEP_SUMMARY = saved.summary;
  });
  beforeEach(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
    tmp = mkdtempSync(path.join(os.tmpdir(), 'http-faults-'));
    writeFileSync(process.env.GITHUB_OUTPUT!, '');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY!, '');
  });
  afterEach(async () => {
    await gh.close();
    rmSync(tmp, { recursive: true, force: true });
    expect(gh.violations).toEqual([]);
  });

  async function step(...faults: Fault[]) {
    for (const f of faults) gh.fault(f);
    const inputs = parseInputs(DIFF_INPUTS, {
      base: s.base,
      head: s.head,
      path: '',
      config: '',
      helm: helmBinary(),
      deep: '',
      'dependency-build': '',
      clusters: '',
      comment: 'true',
      'pr-number': String(PR),
      token: gh.token,
      'output-dir': '',
    });
    const env = {
      ...s.env,
      GITHUB_WORKSPACE: s.fx.dir,
      GITHUB_API_URL: gh.url,
      GITHUB_REPOSITORY: 'example-org/gitops-repo',
      GITHUB_STEP_SUMMARY: process.env.GITHUB_STEP_SUMMARY,
      RUNNER_TEMP: tmp,
      GITOPS_PROMOTION_HTTP_TIMEOUT_MS: String(TIMEOUT_MS),
    };
    const started = Date.now();
    const failure = await diffStep(inputs, env);
    return {
      failure,
      ms: Date.now() - started,
      outputs: readOutputs(process.env.GITHUB_OUTPUT!),
      summary: readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8'),
      comments: gh.state.comments.get(PR) ?? [],
    };
  }

  function expectOutputs(r: Awaited<ReturnType<typeof step>>) {
    expect(r.outputs.changed).toBe('true');
    expect(r.outputs['changed-clusters']).toBe('["dev-01"]');
    expect(r.outputs.report).toBe(path.join(tmp, 'gitops-promotion', 'diff', 'diff.json'));
    expect(r.summary).toContain('<code>dev-01-monitoring</code>');
  }

  it('a comment GitHub created but answered 502 is found, not posted again', async () => {
    const r = await step({ key: CREATE, kind: 'error-after', status: 502 });
    expect(r.failure).toBeNull();
    expectOutputs(r);
    expect(r.comments).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST').map((q) => q.status)).toEqual([502]);
  });

  it('a comment POST that never answers (but was performed) ends at the timeout, with one comment', async () => {
    const r = await step({ key: CREATE, kind: 'hang', perform: true });
    expect(r.failure).toBeNull();
    expect(r.ms).toBeLessThan(20_000);
    expectOutputs(r);
    expect(r.comments).toHaveLength(1);
  });

  it('a dropped connection on the comment POST leaves one comment', async () => {
    const r = await step({ key: CREATE, kind: 'drop' });
    expect(r.failure).toBeNull();
    expect(r.comments).toHaveLength(1);
  });

  it('a listing that never answers fails the step, naming the endpoint and PR, with the outputs written', async () => {
    const r = await step({ key: LIST, kind: 'hang', times: 10 });
    expect(r.failure).toBe(
      `could not list the comments on PR #${PR}: GitHub did not answer GET /repos/example-org/gitops-repo/issues/${PR}/comments ` +
        `within ${TIMEOUT_MS} ms; GitHub failed or did not answer in time: re-run the job, and check GITHUB_API_URL if it persists`,
    );
    expect(r.ms).toBeLessThan(20_000);
    expectOutputs(r);
    expect(r.comments).toEqual([]);
  });

  it('a token without permission fails the step with what it needs, outputs written, nothing retried', async () => {
    gh.handle(CREATE, (ctx) => errorResult(403, 'Resource not accessible by integration', ctx.docsUrl));
    const r = await step();
    expect(r.failure).toMatch(
      /^could not create comment part 1 on PR #7: POST \/repos\/example-org\/gitops-repo\/issues\/7\/comments answered HTTP 403 .*the token needs pull-requests: write \(issues: write\)$/,
    );
    expect(r.failure).not.toContain('\n');
    expectOutputs(r);
    expect(gh.requests.filter((q) => q.method === 'POST')).toHaveLength(1);
  });
});
