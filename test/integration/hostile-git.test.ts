/**
 * Hostile-input acceptance for what reaches git: refs (--base/--head/--ref, --from/--to/--sha),
 * remotes, ambiguous names, shallow clones, and a hostile candidate on dev that promote's validation
 * gate must refuse with nothing pushed. Canary tokens are in the environment of every run.
 */
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { git } from '../helpers/git.js';
import { HELM_MAJORS, helmBinary } from '../helpers/helm.js';
import { cli, diffRepo, HostileSandbox, miniExample, refsOf, type DiffRepo } from '../helpers/hostile.js';
import { promoteRepo, type PromoteRepo } from '../helpers/promote-repo.js';

const CASE_TIMEOUT = 30_000;
const BOOTSTRAP = 'argocd-bootstrap-apps/dev-01.yaml';

const sb = new HostileSandbox();
let mini = '';
let s: DiffRepo;
beforeAll(() => {
  sb.install();
  mini = miniExample(sb.tmp);
  s = diffRepo(mini, (fx) =>
    fx.replace('charts/app-of-apps/values.dev-01.yaml', 'retention: 2d', 'retention: 3d'),
  );
});
afterAll(() => {
  s.fx.cleanup();
  sb.uninstall();
});

/** A ref a pull request or a workflow input may carry, and what the message must quote of it. */
const REF_CASES: { id: string; ref: (id: string) => string; quoted: (id: string) => string }[] = [
  {
    id: 'upload-pack',
    ref: (id) => `--upload-pack=touch ${sb.canary(id)}`,
    quoted: () => '--upload-pack=touch',
  },
  { id: 'output', ref: (id) => `--output=${sb.canary(id)}`, quoted: () => '--output=' },
  { id: 'command-substitution', ref: (id) => `$(touch ${sb.canary(id)})`, quoted: () => '$(touch' },
  { id: 'range', ref: () => 'main..HEAD', quoted: () => 'main..HEAD' },
  { id: 'symmetric-range', ref: () => 'main...HEAD', quoted: () => 'main...HEAD' },
  { id: 'reflog', ref: () => '@{-1}', quoted: () => '@{-1}' },
  { id: 'tree-path', ref: () => 'HEAD:charts', quoted: () => 'HEAD:charts' },
  { id: 'exec-path', ref: (id) => `--exec-path=${sb.scripts}/${id}`, quoted: () => '--exec-path=' },
  { id: 'newline', ref: () => 'main\n--upload-pack=x', quoted: () => 'main' },
];

describe('hostile refs are refused before git sees them', () => {
  it.each(REF_CASES)(
    'diff --base $id exits 2 naming the ref',
    async (c) => {
      const r = await cli(
        ['diff', `--base=${c.ref(`base-${c.id}`)}`, '--head', s.head, '--helm', helmBinary()],
        s.fx.dir,
        s.env,
      );
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toContain('gitops-promotion diff: ');
      expect(r.stderr).toContain(c.quoted(c.id));
      expect(r.stderr).toMatch(/is not a git ref name or commit sha/);
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  it.each(REF_CASES.slice(0, 4))(
    'diff --head $id exits 2 naming the ref',
    async (c) => {
      const r = await cli(
        ['diff', '--base', s.base, `--head=${c.ref(`head-${c.id}`)}`, '--helm', helmBinary()],
        s.fx.dir,
        s.env,
      );
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toContain(c.quoted(c.id));
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  it.each(REF_CASES.slice(0, 4))(
    'validate --ref $id exits 2 naming the ref',
    async (c) => {
      const r = await cli(
        ['validate', `--ref=${c.ref(`ref-${c.id}`)}`, '--helm', helmBinary()],
        s.fx.dir,
        s.env,
      );
      expect(r.code, r.stdout).toBe(2);
      expect(r.stderr).toContain('gitops-promotion validate: ');
      expect(r.stderr).toContain(c.quoted(c.id));
      sb.expectClean([r.stdout, r.stderr]);
    },
    CASE_TIMEOUT,
  );

  it(
    'a name that is both a branch and a tag is refused, naming both',
    async () => {
      git(s.fx.dir, s.env, 'branch', 'release', s.base);
      git(s.fx.dir, s.env, 'tag', 'release', s.head);
      try {
        const r = await cli(
          ['diff', '--base', 'release', '--head', s.head, '--helm', helmBinary()],
          s.fx.dir,
          s.env,
        );
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('"release" is ambiguous');
        expect(r.stderr).toContain('refs/heads/release');
        expect(r.stderr).toContain('refs/tags/release');
        const v = await cli(['validate', '--ref', 'release', '--helm', helmBinary()], s.fx.dir, s.env);
        expect(v.code).toBe(2);
        expect(v.stderr).toContain('refs/tags/release');
        sb.expectClean([r.stdout, r.stderr, v.stdout, v.stderr]);
      } finally {
        git(s.fx.dir, s.env, 'tag', '-d', 'release');
        git(s.fx.dir, s.env, 'branch', '-D', 'release');
      }
    },
    CASE_TIMEOUT,
  );

  it(
    'a shallow clone missing the base says fetch-depth: 0',
    async () => {
      const clone = new FixtureRepo(null);
      try {
        git(clone.dir, s.env, 'clone', '-q', '--depth', '1', `file://${s.fx.dir}`, '.');
        const r = await cli(
          ['diff', '--base', s.base, '--head', 'HEAD', '--helm', helmBinary()],
          clone.dir,
          s.env,
        );
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(s.base);
        expect(r.stderr).toContain('fetch-depth: 0');
        sb.expectClean([r.stdout, r.stderr]);
      } finally {
        clone.cleanup();
      }
    },
    CASE_TIMEOUT,
  );
});

/** promote's refs, remotes and a hostile candidate: refused, and the origin's refs never move. */
describe('promote refuses hostile remotes, branches and shas, and pushes nothing', () => {
  let r: PromoteRepo;
  let before = '';
  beforeAll(() => {
    r = promoteRepo();
    before = refsOf(r.origin, r.env);
  });
  afterAll(() => r.cleanup());
  afterEach(() => expect(refsOf(r.origin, r.env)).toBe(before));

  const promote = (...args: string[]) =>
    cli(['promote', '--repo', r.work.dir, '--helm', helmBinary(), ...args], r.work.dir, r.env);

  it.each([
    {
      id: 'remote-upload-pack',
      args: (id: string) => [`--remote=--upload-pack=touch ${sb.canary(id)}`],
      quoted: '--upload-pack=touch',
      says: /is not a git remote/,
    },
    {
      id: 'remote-path',
      args: (id: string) => [`--remote=${path.join(sb.canaries, id)}`],
      quoted: 'canaries',
      says: /is not a git remote/,
    },
    {
      id: 'remote-ext',
      args: (id: string) => [`--remote=ext::sh -c touch% ${sb.canary(id)}`],
      quoted: 'ext::sh',
      says: /is not a git remote/,
    },
    {
      id: 'from-upload-pack',
      args: (id: string) => [`--from=--upload-pack=touch ${sb.canary(id)}`],
      quoted: '--upload-pack=touch',
      says: /is not a valid branch name|is not a promotion edge/,
    },
    {
      id: 'to-output',
      args: (id: string) => [`--to=--output=${sb.canary(id)}`],
      quoted: '--output=',
      says: /is not a valid branch name|is not a promotion edge/,
    },
    {
      id: 'to-range',
      args: () => ['--to=staging..dev'],
      quoted: 'staging..dev',
      says: /is not a valid branch name|is not a promotion edge/,
    },
    {
      id: 'sha-command',
      args: (id: string) => [`--sha=$(touch ${sb.canary(id)})`],
      quoted: '$(touch',
      says: /is not a git ref name or commit sha/,
    },
    {
      id: 'sha-flag',
      args: (id: string) => [`--sha=--output=${sb.canary(id)}`],
      quoted: '--output=',
      says: /is not a git ref name or commit sha/,
    },
  ])(
    'promote $id exits 2, refused',
    async (c) => {
      const out = await promote(...c.args(c.id));
      expect(out.code, out.stdout).toBe(2);
      expect(out.stderr).toContain('gitops-promotion promote: ');
      expect(out.stderr).toContain(c.quoted);
      expect(out.stderr).toMatch(c.says);
      sb.expectClean([out.stdout, out.stderr]);
    },
    CASE_TIMEOUT,
  );

  it(
    'a shallow clone is refused up front',
    async () => {
      const clone = new FixtureRepo(null);
      try {
        git(clone.dir, r.env, 'clone', '-q', '--depth', '1', `file://${r.origin}`, '.');
        const out = await cli(['promote', '--repo', clone.dir, '--helm', helmBinary()], clone.dir, r.env);
        expect(out.code).toBe(2);
        expect(out.stderr).toContain('shallow clone');
        expect(out.stderr).toContain('fetch-depth: 0');
        sb.expectClean([out.stdout, out.stderr]);
      } finally {
        clone.cleanup();
      }
    },
    CASE_TIMEOUT,
  );
});

const q = (x: string) => JSON.stringify(x);
const CANDIDATES: { id: string; edit: (text: string, id: string) => string; names: string }[] = [
  {
    id: 'release-post-renderer',
    edit: (t, id) =>
      t.replace('releaseName: dev-01-apps', `releaseName: ${q(`--post-renderer=${sb.script(id)}`)}`),
    names: '--post-renderer=',
  },
  {
    id: 'namespace-kube-context',
    edit: (t) =>
      t.replace('    namespace: argocd\n  syncPolicy', '    namespace: "--kube-context=x"\n  syncPolicy'),
    names: '--kube-context=x',
  },
  {
    id: 'parameter-set-file',
    edit: (t) =>
      t.replace(
        '      valueFiles:',
        '      parameters:\n        - name: "--set-file=leak=/proc/self/environ"\n          value: "1"\n      valueFiles:',
      ),
    names: '--set-file=leak=/proc/self/environ',
  },
  {
    id: 'values-proc-environ',
    edit: (t) => t.replace('- values.dev-01.yaml', '- /proc/self/environ'),
    names: 'proc/self/environ',
  },
];

describe.each(HELM_MAJORS)(
  "promote's validation gate refuses a hostile candidate on dev (Helm %i)",
  (major) => {
    it.each(CANDIDATES)(
      '$id: gate failed, nothing pushed',
      async (c) => {
        const r = promoteRepo();
        try {
          r.pushChange('dev', BOOTSTRAP, (t) => c.edit(t, `${c.id}-${major}`), `hostile ${c.id}`);
          const before = refsOf(r.origin, r.env);
          const out = await cli(
            ['promote', '--repo', r.work.dir, '--helm', helmBinary(major)],
            r.work.dir,
            r.env,
          );
          expect(out.code, out.stderr).toBe(1);
          expect(out.stdout).toMatch(/validation/i);
          expect(out.stdout).toContain(c.names);
          expect(out.stdout).toContain(BOOTSTRAP);
          expect(refsOf(r.origin, r.env)).toBe(before);
          sb.expectClean([out.stdout, out.stderr]);
        } finally {
          r.cleanup();
        }
      },
      CASE_TIMEOUT,
    );
  },
);
