import { allowEnv, PROXY_ENV } from '../util/process.js';

/**
 * What git may see of the caller's environment: where to find programs and the user's own git
 * config, identity and dates, credentials passed as GIT_CONFIG_COUNT/KEY_n/VALUE_n (never argv),
 * ssh agent and proxies. Never INPUT_*, tokens, GIT_DIR/GIT_WORK_TREE/GIT_INDEX_FILE or anything else.
 */
const GIT_ENV = [
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'LANG',
  'LC_ALL',
  'TZ',
  'TMPDIR',
  'XDG_CONFIG_HOME',
  'SSH_AUTH_SOCK',
  'GIT_SSH',
  'GIT_SSH_COMMAND',
  'GIT_SSH_VARIANT',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'GIT_CONFIG_GLOBAL',
  'GIT_CONFIG_SYSTEM',
  'GIT_CONFIG_NOSYSTEM',
  'GIT_CONFIG_COUNT',
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_AUTHOR_DATE',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'GIT_COMMITTER_DATE',
  ...PROXY_ENV,
];
const GIT_ENV_PATTERNS = [/^GIT_CONFIG_(KEY|VALUE)_\d+$/];

export function gitEnvironment(from: NodeJS.ProcessEnv): Record<string, string> {
  return { ...allowEnv(from, GIT_ENV, GIT_ENV_PATTERNS), GIT_TERMINAL_PROMPT: '0' };
}

/**
 * Set on every git call: no fsmonitor program, no `ext::` transport (both run commands), and
 * no pager or editor.
 */
export const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'protocol.ext.allow=never',
  '-c',
  'core.pager=cat',
  '-c',
  'core.editor=true',
];
