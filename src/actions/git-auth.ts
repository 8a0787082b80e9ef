import * as core from '@actions/core';

/** The identity of merge commits on a runner, where git has none configured. */
const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/**
 * git for the promotion: credentials for the push through the environment (GIT_CONFIG_COUNT/KEY/
 * VALUE: never in argv, a URL or .git/config), and an identity for a merge commit unless one is set.
 */
export function gitAuthEnv(token: string, given: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GIT_AUTHOR_NAME: BOT.name,
    GIT_AUTHOR_EMAIL: BOT.email,
    GIT_COMMITTER_NAME: BOT.name,
    GIT_COMMITTER_EMAIL: BOT.email,
    ...given,
  };
  if (!token) return env;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  core.setSecret(basic);
  const n = Number(env.GIT_CONFIG_COUNT ?? 0);
  const key = `http.${server}/.extraheader`;
  return {
    ...env,
    GIT_CONFIG_COUNT: String(n + 2),
    // An empty value first empties the list: actions/checkout (persist-credentials: true, its default)
    // leaves its own header under this key in .git/config, and two Authorization headers are a 400.
    [`GIT_CONFIG_KEY_${n}`]: key,
    [`GIT_CONFIG_VALUE_${n}`]: '',
    [`GIT_CONFIG_KEY_${n + 1}`]: key,
    [`GIT_CONFIG_VALUE_${n + 1}`]: `AUTHORIZATION: basic ${basic}`,
  };
}
