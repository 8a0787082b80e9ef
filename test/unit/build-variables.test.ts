import { describe, expect, it } from 'vitest';
import {
  buildVariables,
  expandBuildVariables,
  instanceName,
  type AppContext,
} from '../../src/gitops/build-variables.js';

const APP: AppContext = {
  name: 'dev-web',
  namespace: 'web',
  project: 'platform',
  repoURL: 'https://github.com/example-org/gitops.git',
  path: 'charts/web',
  targetRevision: 'HEAD',
};
const SHA = '0123456789abcdef0123456789abcdef01234567';
const vars = buildVariables(APP, SHA);
const expand = (s: string) => expandBuildVariables(s, vars);

describe('Argo CD build variables', () => {
  it('are the nine of reposerver newEnv, the revision cut to 7 and 8', () => {
    expect(vars).toEqual({
      ARGOCD_APP_NAME: 'dev-web',
      ARGOCD_APP_NAMESPACE: 'web',
      ARGOCD_APP_PROJECT_NAME: 'platform',
      ARGOCD_APP_REVISION: SHA,
      ARGOCD_APP_REVISION_SHORT: '0123456',
      ARGOCD_APP_REVISION_SHORT_8: '01234567',
      ARGOCD_APP_SOURCE_REPO_URL: 'https://github.com/example-org/gitops.git',
      ARGOCD_APP_SOURCE_PATH: 'charts/web',
      ARGOCD_APP_SOURCE_TARGET_REVISION: 'HEAD',
    });
    expect(buildVariables(APP, '').ARGOCD_APP_REVISION_SHORT).toBe('');
  });

  it('name an Application outside the control plane namespace as <namespace>_<name>', () => {
    expect(instanceName('web', 'argocd', 'argocd')).toBe('web');
    expect(instanceName('web', undefined, 'argocd')).toBe('web');
    expect(instanceName('web', 'team-a', 'argocd')).toBe('team-a_web');
    // The control plane's namespace is where its Argo CD runs, not always `argocd`.
    expect(instanceName('web', 'gitops', 'gitops')).toBe('web');
    expect(instanceName('web', 'argocd', 'gitops')).toBe('argocd_web');
  });
});

/** Go's os.Expand with Argo CD's mapping (unknown → '', `$$` → `$`), case by case. */
describe('expandBuildVariables: os.Expand semantics', () => {
  it.each([
    ['$ARGOCD_APP_NAME', 'dev-web'],
    ['${ARGOCD_APP_NAME}', 'dev-web'],
    ['values-$ARGOCD_APP_NAME.yaml', 'values-dev-web.yaml'],
    ['${ARGOCD_APP_NAME}x', 'dev-webx'],
    // A bare name runs as far as letters, digits and `_` go.
    ['$ARGOCD_APP_NAMEx', ''],
    ['$ARGOCD_APP_REVISION_SHORT_8', '01234567'],
    ['$ARGOCD_APP_REVISION_SHORT-8', '0123456-8'],
    ['sha=$ARGOCD_APP_REVISION', `sha=${SHA}`],
  ])('%j → %j', (input, output) => expect(expand(input)).toBe(output));

  it.each([
    ['$$', '$'],
    ['$$ARGOCD_APP_NAME', '$ARGOCD_APP_NAME'],
    ['${$}', '$'],
    ['a$$b', 'a$b'],
  ])('dollar escape %j → %j', (input, output) => expect(expand(input)).toBe(output));

  it.each([
    // Never the process environment: unknown names are empty.
    ['$HOME', ''],
    ['${HOME}', ''],
    ['x${PATH}y', 'xy'],
    ['$GITHUB_TOKEN', ''],
    ['${A B}', ''],
    ['$constructor', ''],
    ['${__proto__}', ''],
  ])('unknown %j → %j', (input, output) => expect(expand(input)).toBe(output));

  it.each([
    // Not a name: the dollar stays.
    ['$(id)', '$(id)'],
    ['$ x', '$ x'],
    ['a$', 'a$'],
    ['$', '$'],
    ['$/x', '$/x'],
    ['`id`', '`id`'],
    // Bad syntax is eaten: `${}` whole, an unclosed `${` only itself.
    ['a${}b', 'ab'],
    ['${ARGOCD_APP_NAME', 'ARGOCD_APP_NAME'],
    // Shell specials are one character, and unknown.
    ['$1abc', 'abc'],
    ['$-x', 'x'],
    ['$@', ''],
    ['${1}', ''],
  ])('syntax %j → %j', (input, output) => expect(expand(input)).toBe(output));

  it('leaves text without a dollar alone, multibyte text included', () => {
    expect(expand('plain, {a,b} \\, ü')).toBe('plain, {a,b} \\, ü');
    expect(expand('ü$ARGOCD_APP_NAMESPACEü')).toBe('üwebü');
    expect(expand('ü${ARGOCD_APP_NAMESPACE}ü')).toBe('üwebü');
  });
});
