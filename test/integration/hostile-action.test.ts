/**
 * Hostile-input acceptance through the action bundles (actions/diff, actions/validate, run as the
 * runner does, against the local GitHub API): the token input and the canary environment never
 * reach the log, the summary, the outputs, a comment or a written file; a hostile cluster name never
 * becomes a workflow command; a hostile value is refused naming its file and line.
 * Needs fresh bundles: `node scripts/bundle.mjs` before running (the lead rebuilds dist).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from '../helpers/github-server.js';
import { helmBinary } from '../helpers/helm.js';
import { CANARY_ENV, diffRepo, HostileSandbox, miniExample, type DiffRepo } from '../helpers/hostile.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { describeWithNode24, runAction, type ActionRun } from '../helpers/runner.js';

const describeBundles = describeWithNode24();

const PR = 11;
const CASE_TIMEOUT = 30_000;
const BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';
const DEV_VALUES = 'charts/app-of-apps/values.dev-01.yaml';
const q = (x: string) => JSON.stringify(x);

const sb = new HostileSandbox();
let mini = '';
let gh: GitHubServer;
beforeAll(async () => {
  sb.install();
  mini = miniExample(sb.tmp);
  // The token input is a canary too: the server accepts exactly it.
  gh = await startGitHubServer({ owner: 'example-org', repo: 'gitops-repo', token: CANARY_ENV.INPUT_TOKEN });
});
afterAll(async () => {
  await gh.close();
  sb.uninstall();
});

/** Everything a run put where a reader sees it: log, summary, outputs, every comment body. */
function seen(run: ActionRun): string[] {
  const comments = [...gh.state.comments.values()].flat().map((c) => c.body);
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...comments];
}

/**
 * No line of the log is a workflow command the repository wrote: outside our own
 * `::stop-commands::<token>` … `::<token>::` blocks (where the runner runs no command), no line
 * starts with the commands the hostile names carry.
 */
function expectNoInjectedCommands(run: ActionRun): void {
  let stopped: string | null = null;
  for (const line of run.stdout.split('\n')) {
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

async function diffAction(s: DiffRepo, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const event = path.join(sb.tempDir('event-'), 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      number: PR,
      pull_request: { number: PR, base: { sha: s.base }, head: { sha: s.head } },
    }),
  );
  return runAction('actions/diff', {
    workspace: s.fx.dir,
    inputs: { helm: helmBinary(), token: CANARY_ENV.INPUT_TOKEN, ...inputs },
    env: {
      ...CANARY_ENV,
      ...s.env,
      GITHUB_API_URL: gh.url,
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
    },
  });
}

describeBundles('diff action with hostile pull-request content', () => {
  let s: DiffRepo | undefined;
  afterEach(() => {
    s?.fx.cleanup();
    s = undefined;
    gh.state.comments.clear();
    expect(gh.violations).toEqual([]);
  });

  it(
    'a bootstrap release name that is a helm flag: the cluster is not rendered, said in the comment',
    async () => {
      s = diffRepo(mini, (fx) =>
        fx.replace(
          BOOTSTRAP,
          'releaseName: dev-01-apps',
          `releaseName: ${q(`--post-renderer=${sb.script('a1')}`)}`,
        ),
      );
      const run = await diffAction(s);
      expect(run.exitCode).toBe(1);
      const body = gh.state.comments.get(PR)?.[0]?.body ?? '';
      expect(body).toContain('dev-01');
      expect(body).toMatch(
        /release name "--post-renderer=\S+" is (not a valid helm release name|longer than 53)/,
      );
      expect(body).not.toMatch(/\*\*No changes\*\*/);
      // The step's failure names the cluster and the bootstrap line.
      expect(run.stdout).toContain(
        `::error::could not compare dev-01 (cannot render at head: ${BOOTSTRAP}:${s.fx.lineOf(BOOTSTRAP, 'releaseName:')}: release name `,
      );
      expect(body).toContain(`${BOOTSTRAP}:${s.fx.lineOf(BOOTSTRAP, 'releaseName:')}`);
      expectNoInjectedCommands(run);
      sb.expectClean(seen(run));
    },
    CASE_TIMEOUT,
  );

  it(
    'a component release name that is a flag: "not rendered" in the comment, the step fails, never unchanged',
    async () => {
      s = diffRepo(mini, (fx) =>
        fx.append(
          DEV_VALUES,
          `\ncertManager:\n  source:\n    helm:\n      releaseName: ${q(`--output-dir=${sb.canary('a2')}`)}\n`,
        ),
      );
      const run = await diffAction(s);
      // A component that does not render at head is a validation error of the PR: the step fails,
      // the diff is incomplete, and the value never reached helm (the canary stays clean).
      expect(run.exitCode, run.stdout).toBe(1);
      expect(run.stdout).toContain(
        '::error::could not compare dev-01 (dev-01-cert-manager: its resources did not render',
      );
      const body = gh.state.comments.get(PR)?.[0]?.body ?? '';
      expect(body).toContain('dev-01-cert-manager');
      expect(body).toContain('not rendered');
      expect(body).not.toMatch(/\*\*No changes\*\*/);
      expect(run.outputs.changed).toBe('true');
      expect(run.outputs.complete).toBe('false');
      expectNoInjectedCommands(run);
      sb.expectClean(seen(run));
    },
    CASE_TIMEOUT,
  );

  it(
    'a cluster name with a newline and workflow commands never becomes a command',
    async () => {
      s = diffRepo(mini, (fx) => {
        const text = fx.read(BOOTSTRAP);
        fx.write(
          'argocd-bootstrap-apps/evil.yaml',
          text
            .replace('name: dev-01-bootstrap-apps', 'name: evil-bootstrap-apps')
            .replace('cluster: dev-01', `cluster: ${q('../../x\n::error ::x\n::add-mask::dev')}`),
        );
        fx.replace(DEV_VALUES, 'retention: 2d', 'retention: 3d');
      });
      const run = await diffAction(s, { 'output-dir': 'diff-out' });
      expect(run.stdout).toContain('::add-mask::dev'.slice(2, 10));
      expectNoInjectedCommands(run);
      sb.expectClean(seen(run));
    },
    CASE_TIMEOUT,
  );

  it.each([
    {
      id: 'base-upload-pack',
      inputs: () => ({ base: `--upload-pack=touch ${sb.canary('a4')}` }),
      says: '--upload-pack=touch',
    },
    { id: 'head-output', inputs: () => ({ head: `--output=${sb.canary('a5')}` }), says: '--output=' },
    { id: 'path-outside', inputs: () => ({ path: sb.canaries }), says: 'GITHUB_WORKSPACE' },
    { id: 'config-outside', inputs: () => ({ config: '../../../etc/passwd' }), says: 'etc/passwd' },
  ])(
    'input $id is refused and the step fails, naming it',
    async (c) => {
      s = diffRepo(mini, (fx) => fx.replace(DEV_VALUES, 'retention: 2d', 'retention: 3d'));
      const run = await diffAction(s, c.inputs());
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain('::error');
      expect(run.stdout).toContain(c.says);
      expect(gh.state.comments.get(PR) ?? []).toEqual([]);
      sb.expectClean(seen(run));
    },
    CASE_TIMEOUT,
  );
});

describeBundles('validate action with hostile repository content', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => {
    fx?.cleanup();
    fx = undefined;
  });

  const validateAction = (dir: string) =>
    runAction('actions/validate', { workspace: dir, inputs: { helm: helmBinary() }, env: { ...CANARY_ENV } });

  it(
    'a namespace that is a helm flag is an error annotation at its line',
    async () => {
      fx = new FixtureRepo(mini);
      fx.replace(
        BOOTSTRAP,
        '    namespace: argocd\n  syncPolicy',
        `    namespace: ${q(`--kubeconfig=${sb.canary('a8')}`)}\n  syncPolicy`,
      );
      const run = await validateAction(fx.dir);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        `::error file=${BOOTSTRAP},line=${fx.lineOf(BOOTSTRAP, '    namespace: "')}`,
      );
      expect(run.stdout).toContain('helm-argument');
      expect(run.outputs.errors).toBe('1');
      expectNoInjectedCommands(run);
      sb.expectClean([run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]);
    },
    CASE_TIMEOUT,
  );

  it(
    'a kubeVersion that is a helm flag fails the step at the config line',
    async () => {
      fx = new FixtureRepo(mini);
      fx.append(
        '.github/gitops-promotion.yaml',
        `helm:\n  kubeVersion: ${q(`--post-renderer=${sb.script('a9')}`)}\n`,
      );
      const run = await validateAction(fx.dir);
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toContain(
        `.github/gitops-promotion.yaml:${fx.lineOf('.github/gitops-promotion.yaml', 'kubeVersion')}: kubeVersion "--post-renderer=`,
      );
      sb.expectClean([run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]);
    },
    CASE_TIMEOUT,
  );

  it(
    'a parameter name with workflow commands in it never becomes a command',
    async () => {
      fx = new FixtureRepo(mini);
      fx.replace(
        BOOTSTRAP,
        '      valueFiles:',
        `      parameters:\n        - name: ${q('x\n::add-mask::dev\n::error ::x')}\n          value: "1"\n      valueFiles:`,
      );
      const run = await validateAction(fx.dir);
      expect(run.exitCode).toBe(1);
      expectNoInjectedCommands(run);
      sb.expectClean([run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]);
    },
    CASE_TIMEOUT,
  );
});
