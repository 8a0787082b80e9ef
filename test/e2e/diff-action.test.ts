import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../src/report/budget.js';
import { scenario, type Scenario } from '../helpers/diff-scenario.js';
import { commitAll } from '../helpers/git.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

const describeBundles = describeWithNode24();

const PR = 7;

describeBundles('diff through the committed bundle, against the local GitHub API', () => {
  let gh: GitHubServer;
  let s: Scenario | undefined;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  afterEach(() => {
    s?.fx.cleanup();
    expect(gh.violations).toEqual([]);
  });

  async function run(
    base: string,
    head: string,
    actionDir = 'actions/diff',
    inputs: Record<string, string> = {},
  ) {
    const event = path.join(s!.fx.dir, '..', `event-${path.basename(s!.fx.dir)}.json`);
    writeFileSync(
      event,
      JSON.stringify({ number: PR, pull_request: { number: PR, base: { sha: base }, head: { sha: head } } }),
    );
    return runAction(actionDir, {
      workspace: s!.fx.dir,
      inputs: { helm: helmBinary(), token: gh.token, ...inputs },
      env: {
        ...s!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'example-org/gitops-repo',
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'pull_request',
      },
    });
  }

  it('creates one comment, edits it on the next run, and says "no changes" when the change is gone', async () => {
    gh.state.comments.clear();
    s = scenario((fx) =>
      fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'),
    );
    const first = await run(s.base, s.head);
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.changed).toBe('true');
    expect(first.outputs['changed-clusters']).toBe('["dev-01"]');
    const comments = gh.state.comments.get(PR)!;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- gitops-promotion:diff -->\n')).toBe(true);
    expect(comments[0]!.body).toContain('<code>dev-01-monitoring</code>');
    expect(first.summary).toContain('<code>dev-01-monitoring</code>');
    expect(first.stdout).not.toContain(gh.token);

    // A new commit on the PR: the same comment is edited in place.
    s.fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 3d', 'retention: 4d');
    const head2 = commitAll(s.fx.dir, s.env, 'again');
    const second = await run(s.base, head2);
    expect(second.exitCode).toBe(0);
    expect(gh.state.comments.get(PR)).toHaveLength(1);
    expect(gh.state.comments.get(PR)![0]!.id).toBe(comments[0]!.id);
    expect(gh.state.comments.get(PR)![0]!.body).toContain('retention: 4d');

    // The change is reverted: the comment says so instead of going stale.
    s.fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 4d', 'retention: 2d');
    const head3 = commitAll(s.fx.dir, s.env, 'revert');
    const third = await run(s.base, head3);
    expect(third.outputs.changed).toBe('false');
    expect(third.outputs['changed-clusters']).toBe('[]');
    const final = gh.state.comments.get(PR)!;
    expect(final).toHaveLength(1);
    expect(final[0]!.id).toBe(comments[0]!.id);
    // Back to base's files: nothing needs comparing, and the comment says how that is known.
    expect(final[0]!.body).toContain(
      '**No render input changed** in 4 clusters: the same git object ids at both refs.',
    );
    const writes = gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
    expect(writes).toEqual(['POST 201', 'PATCH 200', 'PATCH 200']);
  });

  it('splits an oversized diff into marked comments under 65,536 characters that name every changed Application', async () => {
    gh.state.comments.clear();
    const big = Array.from({ length: 400 }, (_, i) => `  key${i}: "${'x'.repeat(60)}${i}"`).join('\n');
    s = scenario((fx) => {
      for (const c of ['dev-01', 'stag-01', 'prod-01', 'ops-01']) {
        fx.append(
          `charts/app-of-apps/values.${c}.yaml`,
          `\nloki:\n  source:\n    helm:\n      values:\n${big.replace(/^/gm, '        ')}\n`,
        );
      }
    });
    const r = await run(s.base, s.head, '.', { command: 'diff' });
    expect(r.exitCode).toBe(0);
    const bodies = gh.state.comments.get(PR)!.map((c) => c.body);
    expect(bodies.length).toBeGreaterThan(1);
    for (const b of bodies) expect([...b].length).toBeLessThanOrEqual(COMMENT_MAX_CHARS);
    expect(bodies[0]!.startsWith('<!-- gitops-promotion:diff -->')).toBe(true);
    bodies
      .slice(1)
      .forEach((b, i) => expect(b.startsWith(`<!-- gitops-promotion:diff part ${i + 2} -->`)).toBe(true));
    for (const app of ['dev-01-loki', 'stag-01-loki', 'prod-01-loki', 'ops-01-loki']) {
      expect(bodies.some((b) => b.includes(`<code>${app}</code>`))).toBe(true);
    }
    // A smaller diff later: the extra parts are deleted, the first is edited.
    const firstId = gh.state.comments.get(PR)![0]!.id;
    s.fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 9d');
    const small = commitAll(s.fx.dir, s.env, 'small');
    const again = await run(s.head, small, 'actions/diff');
    expect(again.exitCode).toBe(0);
    expect(gh.state.comments.get(PR)!.map((c) => c.id)).toEqual([firstId]);
  });
});
