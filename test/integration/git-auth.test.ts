import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gitAuthEnv } from '../../src/actions/git-auth.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';
import { git, isolatedGitEnv } from '../helpers/git.js';

describe('git credentials of the promote action', () => {
  let fx: FixtureRepo | undefined;
  let server: Server | undefined;
  afterEach(() => {
    fx?.cleanup();
    server?.close();
    vi.restoreAllMocks();
  });

  it('sends exactly one Authorization header, ours, over the one actions/checkout persisted', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // core.setSecret's ::add-mask::
    const requests: string[][] = [];
    server = createServer((req, res) => {
      const raw = req.rawHeaders;
      requests.push(raw.filter((_, i) => i % 2 === 1 && raw[i - 1]!.toLowerCase() === 'authorization'));
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    fx = new FixtureRepo(null);
    const isolated = isolatedGitEnv();
    git(fx.dir, isolated, 'init', '-q');
    // What actions/checkout leaves in .git/config with persist-credentials: true (its default).
    git(fx.dir, isolated, 'config', `http.${base}/.extraheader`, 'AUTHORIZATION: basic Y2hlY2tvdXQ=');
    const token = 'ghs_promote_token_1234567890';
    const env = gitAuthEnv(token, { ...isolated, GITHUB_SERVER_URL: base });
    const args = ['ls-remote', `${base}/example-org/gitops-repo.git`];
    await new Promise((resolve) => spawn('git', args, { cwd: fx!.dir, env }).on('close', resolve));

    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]).toEqual([`basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`]);
    expect(args.join(' ')).not.toContain(token);
  });
});
