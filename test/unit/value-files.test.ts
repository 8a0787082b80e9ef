import { mkdirSync, symlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildVariables } from '../../src/gitops/build-variables.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { expandGlob, isGlob } from '../../src/gitops/value-file-glob.js';
import { resolveSourcePath, resolveValueFiles } from '../../src/gitops/value-files.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

const CHART = 'charts/apps';
const vars = buildVariables(
  { name: 'dev', namespace: 'argocd', project: 'default', repoURL: '', path: CHART, targetRevision: 'HEAD' },
  'abc1234def',
);

let fx: FixtureRepo;
let files: RepoFiles;
beforeEach(() => {
  fx = new FixtureRepo(null);
  for (const f of [
    `${CHART}/values-a.yaml`,
    `${CHART}/values-b.yaml`,
    `${CHART}/values-c.yaml`,
    `${CHART}/values.dev.yaml`,
    `${CHART}/.hidden.yaml`,
    `${CHART}/env/dev/x.yaml`,
    `${CHART}/env/dev-eu/x.yaml`,
    `${CHART}/env/x.yaml`,
    'shared/common.yaml',
    'shared/a*b.yaml',
    '.git/config.yaml',
  ])
    fx.write(f, 'a: 1\n');
  mkdirSync(fx.path(`${CHART}/values-dir.yaml`));
  files = new RepoFiles(fx.dir, defaultYamlLimits);
});
afterEach(() => fx.cleanup());

describe('valueFiles globs (doublestar, Argo CD 3.5)', () => {
  const glob = (p: string) => expandGlob(files, p);

  it('is a glob only with *, ? or [', () => {
    expect(['a*.yaml', 'a?.yaml', 'a[12].yaml', '{a,b}.yaml', 'a.yaml'].map(isGlob)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('matches files (not directories), dot files too, in lexical order', () => {
    expect(glob(`${CHART}/values*.yaml`)).toEqual([
      `${CHART}/values-a.yaml`,
      `${CHART}/values-b.yaml`,
      `${CHART}/values-c.yaml`,
      `${CHART}/values.dev.yaml`,
    ]);
    expect(glob(`${CHART}/*.yaml`)).toContain(`${CHART}/.hidden.yaml`);
  });

  it.each([
    [`${CHART}/values-?.yaml`, ['a', 'b', 'c']],
    [`${CHART}/values-[ab].yaml`, ['a', 'b']],
    [`${CHART}/values-[a-b].yaml`, ['a', 'b']],
    [`${CHART}/values-[!a].yaml`, ['b', 'c']],
    [`${CHART}/values-[^ab].yaml`, ['c']],
    [`${CHART}/values-{c,a}*.yaml`, ['a', 'c']],
  ])('%s', (pattern, names) => {
    expect(glob(pattern)).toEqual(names.map((n) => `${CHART}/values-${n}.yaml`));
  });

  it('** spans any number of directories; order is by path segment (a walk of sorted directories)', () => {
    expect(glob(`${CHART}/env/**/x.yaml`)).toEqual([
      `${CHART}/env/dev/x.yaml`,
      `${CHART}/env/dev-eu/x.yaml`,
      `${CHART}/env/x.yaml`,
    ]);
  });

  it('\\ escapes a metacharacter; a malformed pattern is null', () => {
    expect(glob('shared/a\\*b.yaml')).toEqual(['shared/a*b.yaml']);
    expect(glob('shared/a[bc.yaml')).toBeNull();
    expect(glob('shared/{a,b.yaml')).toBeNull();
  });

  it('never matches anything under .git', () => {
    expect(glob('**/*.yaml')).not.toContain('.git/config.yaml');
    expect(glob('.git/*.yaml')).toEqual([]);
  });
});

describe('resolveSourcePath: a valueFiles entry or fileParameters path as Argo CD resolves it', () => {
  const resolve = (raw: string, refs = {}) => resolveSourcePath(files, CHART, raw, refs, vars);

  it.each([
    ['values-a.yaml', `${CHART}/values-a.yaml`],
    ['./env/../values-a.yaml', `${CHART}/values-a.yaml`],
    ['../../shared/common.yaml', 'shared/common.yaml'],
    ['/shared/common.yaml', 'shared/common.yaml'],
    ['values.$ARGOCD_APP_NAME.yaml', `${CHART}/values.dev.yaml`],
    ['/shared/${ARGOCD_APP_REVISION_SHORT}.yaml', 'shared/abc1234.yaml'],
    // No source declares `$values`: its name is substituted away (empty), leaving a path from the root.
    ['$values/shared/common.yaml', 'shared/common.yaml'],
  ])('%s → %s', (raw, file) => expect(resolve(raw)).toEqual({ kind: 'local', file }));

  it('takes `$ref/…` from the repository root, or leaves it to another repository', () => {
    expect(resolve('$values/shared/common.yaml', { values: 'this-repo' })).toEqual({
      kind: 'local',
      file: 'shared/common.yaml',
    });
    expect(resolve('$values/$ARGOCD_APP_NAME/x.yaml', { values: 'this-repo' })).toEqual({
      kind: 'local',
      file: 'dev/x.yaml',
    });
    expect(resolve('$values/x.yaml', { values: 'other-repo' })).toEqual({
      kind: 'external',
      entry: '$values/x.yaml',
    });
  });

  it('leaves http(s) to helm and refuses any other scheme', () => {
    expect(resolve('https://example.com/v.yaml')).toEqual({
      kind: 'external',
      entry: 'https://example.com/v.yaml',
    });
    expect(resolve('file:///etc/passwd')).toEqual({
      kind: 'refused',
      reason: "the URL scheme 'file' is not allowed",
    });
  });

  it.each(['../../../etc/passwd', '/../../etc/passwd', '../../..', 'x/../../../../y'])(
    'refuses %s: outside the repository',
    (raw) =>
      expect(resolve(raw)).toEqual({
        kind: 'refused',
        reason: `'${raw}' resolved to outside repository root`,
      }),
  );

  it('refuses a symlink out of the repository, the root itself, and .git', () => {
    symlinkSync('/etc/hostname', fx.path(`${CHART}/link.yaml`));
    symlinkSync('/etc', fx.path(`${CHART}/etc`));
    expect(resolve('link.yaml')).toEqual({
      kind: 'refused',
      reason: "'link.yaml' resolved to outside repository root",
    });
    expect(resolve('etc/passwd')).toEqual({
      kind: 'refused',
      reason: "'etc/passwd' resolved to outside repository root",
    });
    expect(resolve('../..')).toEqual({ kind: 'refused', reason: "'../..' resolved to the repository root" });
    expect(resolve('/.git/config.yaml')).toEqual({
      kind: 'refused',
      reason: "'/.git/config.yaml' is inside .git",
    });
  });
});

describe('resolveValueFiles: what helm gets, in order', () => {
  const resolve = (entries: string[], ignoreMissing = false) =>
    resolveValueFiles(files, CHART, entries, { refs: {}, vars, ignoreMissing });
  const names = (entries: string[], ignoreMissing = false) =>
    resolve(entries, ignoreMissing).map(
      (v) => `${v.kind}:${'file' in v ? v.file : 'entry' in v ? v.entry : v.reason}`,
    );

  it('expands a glob without the files also listed explicitly, which keep their own place', () => {
    expect(names(['values-*.yaml', 'values-a.yaml'])).toEqual([
      `file:${CHART}/values-b.yaml`,
      `file:${CHART}/values-c.yaml`,
      `file:${CHART}/values-a.yaml`,
    ]);
  });

  it('passes each file once, at its first place', () => {
    expect(names(['values-b.yaml', 'values-a.yaml', './values-b.yaml'])).toEqual([
      `file:${CHART}/values-b.yaml`,
      `file:${CHART}/values-a.yaml`,
    ]);
  });

  it('keeps a missing file (helm fails) unless ignoreMissingValueFiles, and so for a glob matching nothing', () => {
    expect(names(['nope.yaml', 'none-*.yaml', 'values-dir.yaml'])).toEqual([
      `missing:${CHART}/nope.yaml`,
      `missing:${CHART}/none-*.yaml`,
      `missing:${CHART}/values-dir.yaml`,
    ]);
    expect(names(['nope.yaml', 'none-*.yaml', 'values-a.yaml'], true)).toEqual([
      `file:${CHART}/values-a.yaml`,
    ]);
  });

  it('refuses an entry outside the repository even with ignoreMissingValueFiles, and skips empty ones', () => {
    expect(names(['', '../../../x.yaml'], true)).toEqual([
      "refused:'../../../x.yaml' resolved to outside repository root",
    ]);
    expect(resolve(['values-a.yaml', '../../../x.yaml']).map((v) => v.index)).toEqual([0, 1]);
  });
});
