import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { emptyState } from '../helpers/github-handlers.js';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { releaseRepo, type ReleaseRepo } from '../helpers/release-repo.js';
import { describeWithNode24, runAction } from '../helpers/runner.js';

const describeBundles = describeWithNode24();
const CONFIG = 'promotion:\n  requiredChecks: []';

describeBundles('release through the committed bundles', () => {
  let gh: GitHubServer;
  let r: ReleaseRepo | undefined;
  beforeAll(async () => {
    gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo' });
  });
  afterAll(() => gh.close());
  beforeEach(() => Object.assign(gh.state, emptyState()));
  afterEach(() => {
    r?.cleanup();
    r = undefined;
    expect(gh.violations).toEqual([]);
  });

  async function run(action: string, inputs: Record<string, string> = {}) {
    return runAction(action, {
      workspace: r!.work.dir,
      inputs: { helm: helmBinary(), token: gh.token, ...inputs },
      env: {
        ...r!.env,
        GITHUB_API_URL: gh.url,
        GITHUB_REPOSITORY: 'example-org/gitops-repo',
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_RUN_ID: '77',
        GITHUB_ACTOR: 'octo-releaser',
      },
    });
  }

  it('cuts the first release: one GitHub Release, the outputs, the summary', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    gh.state.gitDir = r.origin;
    const staging = r.remoteSha('staging');
    const first = await run('actions/release', { reason: 'first cut' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs.version).toBe('1.0.0');
    expect(first.outputs['version-tag']).toBe('stable-v1.0.0');
    expect(first.outputs.sha).toBe(staging);
    expect(first.outputs['previous-sha']).toBe('');
    expect(first.outputs.released).toBe('true');
    expect(first.outputs['release-url']).toContain('/releases/tag/stable-v1.0.0');
    expect(JSON.parse(first.outputs.waves!)).toEqual([
      {
        wave: 1,
        tag: 'stable',
        clusters: ['ops-01', 'prod-01'],
        previous: null,
        sha: staging,
        state: 'moved',
        gates: null,
        verified: null,
      },
    ]);
    expect(gh.state.releases.map((x) => x.tag_name)).toEqual(['stable-v1.0.0']);
    expect(gh.state.releases[0]!.body).toContain('by octo-releaser');
    expect(gh.state.releases[0]!.body).toContain('**Reason:** first cut');
    expect(first.summary).toContain('## gitops-promotion release `stable-v1.0.0`');
    expect(first.summary).toContain('```mermaid');
    expect(r.tagCommit('stable')).toBe(staging);

    // The root action, command release: nothing new, so nothing moves and no second release.
    const again = await run('.', { command: 'release' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.released).toBe('false');
    expect(again.outputs.version).toBe('1.0.0');
    expect(gh.state.releases).toHaveLength(1);
  });

  it('a run whose GitHub Release failed after the push fails; the re-run creates it and no second tag', async () => {
    r = releaseRepo();
    r.configure(CONFIG);
    gh.state.gitDir = r.origin;
    gh.fault({
      key: 'POST /repos/{owner}/{repo}/releases',
      kind: 'error-after',
      perform: false,
      status: 500,
      times: 2,
    });
    const failed = await run('actions/release');
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('::error::');
    expect(failed.stdout).toContain('re-run to complete it');
    expect(gh.state.releases).toHaveLength(0);
    const tags = r.tags();
    const rerun = await run('actions/release');
    expect(rerun.exitCode).toBe(0);
    expect(gh.state.releases.map((x) => x.tag_name)).toEqual(['stable-v1.0.0']);
    expect(r.tags()).toEqual(tags);
  });
});
