/**
 * Review finding: the merge (input parts) checks each part against plan.json, but never plan.json
 * against the pull request it posts on. Parts downloaded from another commit's run (the PR was pushed
 * to since; `download-artifact` with a run-id) are merged and posted as this head's complete verdict.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { commitAll } from '../helpers/git.js';
import { scenario, type Scenario } from '../helpers/diff-scenario.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';
import { shardedDiff } from '../helpers/sharded-diff.js';

const AOA = 'charts/app-of-apps';
let gh: GitHubServer;
beforeAll(async () => {
  gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
});
afterAll(() => gh.close());

describeWithNode24()('the merge of a sharded diff', () => {
  let s: Scenario | undefined;
  it("refuses to post plan.json's verdict on a pull request whose head is another commit", async () => {
    s = scenario((fx) => fx.replace(`${AOA}/values.dev-01.yaml`, 'retention: 2d', 'retention: 3d'));
    const sharded = await shardedDiff(s, 1);
    expect(sharded.report.complete).toBe(true);
    // The pull request is pushed to again (another change): its head is now newer.
    s.fx.append(`${AOA}/values.stag-01.yaml`, '\npromtail:\n  enable: false\n');
    const newHead = commitAll(s.fx.dir, s.env, 'another change');
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'gp-review-merge-'));
    try {
      const event = path.join(tmp, 'event.json');
      writeFileSync(
        event,
        JSON.stringify({
          number: 31,
          pull_request: { number: 31, base: { sha: s.base }, head: { sha: newHead } },
        }),
      );
      mkdirSync(path.join(tmp, 'out'));
      const merge = await runAction('actions/diff', {
        workspace: s.fx.dir,
        from: 'source',
        inputs: { token: gh.token, parts: sharded.dir, 'output-dir': path.join(tmp, 'out') },
        env: {
          ...s.env,
          GITHUB_API_URL: gh.url,
          GITHUB_EVENT_PATH: event,
          GITHUB_EVENT_NAME: 'pull_request',
        },
      });
      // Either refused, or at least not a complete verdict for this head.
      const postedComplete = merge.exitCode === 0 && merge.outputs.complete === 'true';
      expect(postedComplete).toBe(false);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
      sharded.cleanup();
      s.fx.cleanup();
    }
  }, 240_000);
});
