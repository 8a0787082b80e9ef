/**
 * The sharded PR check as .github/workflows/pr-checks.yml runs it, through the diff action spawned as
 * the runner does: the plan (input shards), one step per entry of its matrix (input shard), the parts
 * "downloaded" into one directory (download-artifact with merge-multiple), and the merge (input parts)
 * posting the comment against the local GitHub API. Run on the committed bundle (test/e2e) and on the
 * TypeScript sources (test/integration), one suite for both.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { scenario, type Scenario } from './diff-scenario.js';
import { startGitHubServer, type GitHubServer } from './github-server.js';
import { helmBinary } from './helm.js';
import { runAction, type ActionRun } from './runner.js';

const AOA = 'charts/app-of-apps';
const PR = 21;
const SINGLE_PR = 22;
const CASE_TIMEOUT = 240_000;

/** The footnote that counts helm runs: the shards render their clusters at head again (README). */
const HELM_COUNT = /^<sub>helm template ran .*$/m;

interface Flow {
  plan: ActionRun;
  parts: ActionRun[];
  merge: ActionRun;
  matrix: { include: { shard: string; part: number }[] };
}

/** No log line is a workflow command that repository text wrote (outside our stop-commands blocks). */
export function expectNoInjectedCommands(stdout: string): void {
  let stopped: string | null = null;
  for (const line of stdout.split('\n')) {
    if (stopped) {
      if (line === `::${stopped}::`) stopped = null;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopped = stop[1]!;
      continue;
    }
    expect(line).not.toMatch(/^::(add-mask|set-output|set-env|add-path|save-state)::/);
    expect(line).not.toMatch(/^::error ::x/);
  }
}

export function shardedActionSuite(from: 'bundle' | 'source'): void {
  let gh: GitHubServer;
  let s: Scenario | undefined;
  let tmp: string;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  beforeEach(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-shards-flow-'));
    gh.state.comments.clear();
  });
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
    rmSync(tmp, { recursive: true, force: true });
    expect(gh.violations).toEqual([]);
  });

  function action(inputs: Record<string, string>, pr = PR): Promise<ActionRun> {
    const event = path.join(tmp, `event-${pr}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        number: pr,
        pull_request: { number: pr, base: { sha: s!.base }, head: { sha: s!.head } },
      }),
    );
    return runAction('actions/diff', {
      workspace: s!.fx.dir,
      from,
      inputs: { token: gh.token, ...inputs },
      env: {
        ...s!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'pull_request',
      },
    });
  }

  /** The plan, its matrix's parts (each in its own output dir, as its own job), downloaded side by side, merged. */
  async function flow(shards: number, keep: (part: number) => boolean = () => true): Promise<Flow> {
    const plan = await action({ shards: String(shards), 'output-dir': path.join(tmp, 'plan') });
    expect(plan.stderr).toBe('');
    expect(plan.exitCode).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix!) as Flow['matrix'];
    const downloaded = path.join(tmp, 'diff-parts');
    mkdirSync(downloaded, { recursive: true });
    copyFileSync(plan.outputs.report!, path.join(downloaded, 'plan.json'));
    const parts: ActionRun[] = [];
    for (const entry of matrix.include) {
      const out = path.join(tmp, `part-${entry.part}`);
      const part = await action({ shard: entry.shard, helm: helmBinary(), 'output-dir': out });
      parts.push(part);
      expect(part.exitCode).toBe(0);
      if (keep(entry.part))
        for (const f of readdirSync(out)) copyFileSync(path.join(out, f), path.join(downloaded, f));
    }
    const merge = await action({ parts: downloaded, 'output-dir': path.join(tmp, 'diff') });
    return { plan, parts, merge, matrix };
  }

  it(
    'plan, parts and merge post the comment one diff job posts, and a re-run edits it in place',
    async () => {
      s = scenario((fx) => {
        fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
        fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
        fx.replace(`${AOA}/values.prod-01.yaml`, 'velero:\n  enable: true', 'velero:\n  enable: false');
      });
      const f = await flow(2);
      expect(f.matrix).toEqual({
        include: [
          { shard: '0/2', part: 0 },
          { shard: '1/2', part: 1 },
          { shard: '2/2', part: 2 },
        ],
      });
      // The plan and the parts post nothing and set none of the diff's outputs.
      for (const run of [f.plan, ...f.parts]) {
        expect(run.outputs.changed).toBeUndefined();
        expect(run.summary).toBe('');
      }
      expect(f.parts.map((p) => path.basename(p.outputs.report!))).toEqual([
        'part-0-of-2.json',
        'part-1-of-2.json',
        'part-2-of-2.json',
      ]);
      expect(f.merge.exitCode).toBe(0);
      expect(f.merge.outputs).toMatchObject({
        changed: 'true',
        complete: 'true',
        'changed-clusters': '["dev-01","stag-01","prod-01"]',
      });
      const comments = gh.state.comments.get(PR)!;
      expect(comments).toHaveLength(1);

      const single = await action({ helm: helmBinary(), 'output-dir': path.join(tmp, 'single') }, SINGLE_PR);
      expect(single.exitCode).toBe(0);
      const one = gh.state.comments.get(SINGLE_PR)![0]!.body;
      expect(comments[0]!.body.replace(HELM_COUNT, '')).toBe(one.replace(HELM_COUNT, ''));
      expect(f.merge.summary.replace(HELM_COUNT, '')).toBe(single.summary.replace(HELM_COUNT, ''));
      expect(comments[0]!.body).toMatch(HELM_COUNT);

      const again = await action({
        parts: path.join(tmp, 'diff-parts'),
        'output-dir': path.join(tmp, 'diff2'),
      });
      expect(again.exitCode).toBe(0);
      expect(gh.state.comments.get(PR)).toHaveLength(1);
      expect(gh.state.comments.get(PR)![0]!.id).toBe(comments[0]!.id);
    },
    CASE_TIMEOUT,
  );

  it(
    'a part that never arrived: the merge fails the step naming its cluster, and the comment says incomplete',
    async () => {
      s = scenario((fx) => {
        fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
        fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
      });
      const f = await flow(2, (part) => part !== 2);
      expect(f.merge.exitCode).toBe(1);
      expect(f.merge.outputs).toMatchObject({ complete: 'false', 'changed-clusters': '["dev-01"]' });
      expect(f.merge.stdout).toContain(
        '::error::could not compare stag-01 (not compared: the part of shard 2/2 is missing); the diff is incomplete',
      );
      const body = gh.state.comments.get(PR)![0]!.body;
      expect(body).toContain('**Incomplete**');
      expect(body).toContain('**stag-01**: not compared: the part of shard 2/2 is missing');
      expect(body).not.toMatch(/No changes/);
    },
    CASE_TIMEOUT,
  );

  it(
    'a cluster name with a newline and workflow commands reaches no matrix, file name or log command',
    async () => {
      const evil = '../../x\n::error ::x\n::add-mask::dev","part":9}';
      s = scenario((fx) => {
        fx.write(
          'argocd-bootstrap-apps/evil.yaml',
          fx
            .read('argocd-bootstrap-apps/dev-01.yaml')
            .replace('name: dev-01-bootstrap-apps', 'name: evil-bootstrap-apps')
            .replace('cluster: dev-01', `cluster: ${JSON.stringify(evil)}`),
        );
        fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d');
      });
      const f = await flow(4);
      expect(f.plan.outputs.matrix).toMatch(/^\{"include":\[(\{"shard":"\d+\/\d+","part":\d+\},?)+\]\}$/);
      for (const run of [f.plan, ...f.parts, f.merge]) {
        expectNoInjectedCommands(run.stdout);
        expect(JSON.stringify(run.outputs.matrix ?? '')).not.toContain('add-mask');
      }
      for (const run of f.parts)
        expect(path.basename(run.outputs.report!)).toMatch(/^part-\d+-of-\d+\.json$/);
      expect(f.merge.exitCode).toBe(0);
      expect(JSON.parse(f.merge.outputs['changed-clusters']!)).toContain(evil);
    },
    CASE_TIMEOUT,
  );
}
