/**
 * Argo CD's build environment (reposerver `newEnv`) and its substitution (`Env.Envsubst`, Go's
 * `os.Expand`): what `$ARGOCD_APP_NAME` and friends become in a helm parameter value, a valueFiles
 * entry or a fileParameters path. The variables are only ever substituted into strings here, never
 * given to a process: an unknown name (`$HOME`, `${PATH}`) is empty, as it is for Argo CD.
 */

import type { ApplicationObject, ApplicationSource } from './applications.js';

/** The Application facts the variables name. */
export interface AppContext {
  /** The Application's instance name (`<namespace>_<name>` outside the control plane's namespace). */
  name: string;
  /** Its destination namespace (not the namespace of the Application object). */
  namespace: string;
  project: string;
  /** The source's `repoURL`, `path` and `targetRevision`, as written. */
  repoURL: string;
  path: string;
  targetRevision: string;
}

export type BuildVariables = Readonly<Record<string, string>>;

/**
 * Argo CD's instance name of an Application: `<namespace>_<name>` outside the namespace of the Argo CD
 * that reads it (`controlPlane`, see control-plane-namespace.ts), the bare name in it or without one.
 */
export function instanceName(name: string, namespace: string | undefined, controlPlane: string): string {
  return namespace && namespace !== controlPlane ? `${namespace}_${name}` : name;
}

/**
 * The build-variable facts of one source of a rendered Application (reposerver `newEnv`): its
 * instance name as the control plane's Argo CD names it, its destination namespace, project and the
 * source's fields as written.
 */
export function applicationContext(
  app: ApplicationObject,
  source: ApplicationSource,
  controlPlane: string,
): AppContext {
  const destination = app.spec?.destination?.namespace;
  return {
    name: instanceName(String(app.metadata?.name ?? ''), app.metadata?.namespace, controlPlane),
    namespace: typeof destination === 'string' ? destination : '',
    project: typeof app.spec?.project === 'string' ? app.spec.project : '',
    repoURL: typeof source.repoURL === 'string' ? source.repoURL : '',
    path: typeof source.path === 'string' ? source.path : '',
    targetRevision: typeof source.targetRevision === 'string' ? source.targetRevision : '',
  };
}

/** The variables of one render: `revision` is the commit sha being rendered ('' when there is none). */
export function buildVariables(app: AppContext, revision: string): BuildVariables {
  return {
    ARGOCD_APP_NAME: app.name,
    ARGOCD_APP_NAMESPACE: app.namespace,
    ARGOCD_APP_PROJECT_NAME: app.project,
    ARGOCD_APP_REVISION: revision,
    ARGOCD_APP_REVISION_SHORT: revision.slice(0, 7),
    ARGOCD_APP_REVISION_SHORT_8: revision.slice(0, 8),
    ARGOCD_APP_SOURCE_REPO_URL: app.repoURL,
    ARGOCD_APP_SOURCE_PATH: app.path,
    ARGOCD_APP_SOURCE_TARGET_REVISION: app.targetRevision,
  };
}

/**
 * `s` with `$NAME` and `${NAME}` replaced as Go's `os.Expand` does with Argo CD's mapping: a name
 * not in `vars` is empty, `$$` is `$`. `$` before anything that is not a name stays (`$(x)`, `a$`,
 * `$ `); `${}` and an unclosed `${` are dropped; `$1`, `$@`, `$-` … name shell specials (empty).
 */
export function expandBuildVariables(s: string, vars: BuildVariables): string {
  let out = '';
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== '$' || j + 1 >= s.length) continue;
    out += s.slice(i, j);
    const { name, width } = shellName(s.slice(j + 1));
    if (name === '' && width === 0) out += '$';
    else if (name !== '') out += name === '$' ? '$' : Object.hasOwn(vars, name) ? vars[name] : '';
    j += width;
    i = j + 1;
  }
  return out + s.slice(i);
}

const SPECIAL = new Set([
  '*',
  '#',
  '$',
  '@',
  '!',
  '?',
  '-',
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
]);
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Go's `getShellName`: the name after a `$` and how many characters it takes (0: not a name). */
function shellName(s: string): { name: string; width: number } {
  if (s[0] === '{') {
    if (s.length > 2 && SPECIAL.has(s[1]!) && s[2] === '}') return { name: s[1]!, width: 3 };
    const close = s.indexOf('}', 1);
    if (close === 1) return { name: '', width: 2 };
    if (close < 0) return { name: '', width: 1 };
    return { name: s.slice(1, close), width: close + 1 };
  }
  if (SPECIAL.has(s[0]!)) return { name: s[0]!, width: 1 };
  let i = 0;
  while (i < s.length && NAME_CHAR.test(s[i]!)) i++;
  return { name: s.slice(0, i), width: i };
}
