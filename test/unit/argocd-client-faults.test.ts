/** The Argo CD client against a server that hangs, sits behind a failing proxy, or answers garbage. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArgoCdClient, ArgoCdError } from '../../src/argocd/client.js';
import { type ArgoCdServer, makeApplication, startArgoCdServer } from '../helpers/argocd-server.js';

describe('ArgoCdClient under HTTP faults', () => {
  let server: ArgoCdServer;
  let client: ArgoCdClient;

  beforeEach(async () => {
    server = await startArgoCdServer();
    // Servers that answer get the default (30 s) timeout: the fake checks every request and answer against
    // Argo CD's swagger before it replies, which takes a while on a loaded machine, and no assertion here may
    // depend on that race. Only the test of the timeout itself uses a short one, against a server that hangs.
    client = new ArgoCdClient({ server: server.url, token: server.token });
    server.setApp(makeApplication({ name: 'web-dev-01', cluster: 'dev-01', revision: 'a'.repeat(40) }));
  });
  afterEach(async () => {
    await server.close();
    expect(server.violations).toEqual([]);
  });

  async function failure(run: () => Promise<unknown>): Promise<{ error: ArgoCdError; ms: number }> {
    const started = Date.now();
    const error = await run().then(
      () => new Error('resolved'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArgoCdError);
    return { error: error as ArgoCdError, ms: Date.now() - started };
  }

  it('a resource tree that never comes ends at the timeout, naming the endpoint', async () => {
    server.delayMs = 60_000;
    const hurried = new ArgoCdClient({ server: server.url, token: server.token, timeoutMs: 300 });
    const { error, ms } = await failure(() => hurried.getResourceTree('web-dev-01'));
    expect(ms).toBeLessThan(3_000);
    expect(error.message).toBe(
      `Argo CD at ${server.url} did not answer GET /api/v1/applications/web-dev-01/resource-tree within 300 ms`,
    );
  });

  it("a proxy's 502 page is an HTTP error naming the endpoint, with the start of the page", async () => {
    server.rawAnswer = {
      status: 502,
      text: '<html>\n<h1>502 Bad Gateway</h1>\n</html>',
      contentType: 'text/html',
    };
    const { error } = await failure(() => client.getApplication('web-dev-01'));
    expect(error.status).toBe(502);
    expect(error.message).toBe(
      `Argo CD at ${server.url}: GET /api/v1/applications/web-dev-01 failed with HTTP 502: <html> <h1>502 Bad Gateway</h1> </html>`,
    );
  });

  it('a 200 whose body is not JSON is an error, not an empty list', async () => {
    server.rawAnswer = { status: 200, text: '{"items": [' };
    const { error } = await failure(() => client.listApplications());
    expect(error.message).toBe(
      `Argo CD at ${server.url}: GET /api/v1/applications answered 200 with invalid JSON`,
    );
  });

  it.each([
    ['null', 'a payload that is not a JSON object'],
    ['[]', 'a payload that is not a JSON object'],
    ['"ok"', 'a payload that is not a JSON object'],
    ['{"items": 3}', 'an Application list whose items are not a list'],
    ['{"items": [null]}', 'an item that is not an Application'],
    ['{"items": [{"metadata": {"name": 7}, "spec": {}}]}', 'an Application without metadata.name'],
    [
      '{"items": [{"metadata": {"name": "a", "namespace": 1}, "spec": {}}]}',
      'Application a with a malformed namespace',
    ],
    [
      '{"items": [{"metadata": {"name": "a"}, "spec": {}, "status": {"history": [{"deployedAt": 1}]}}]}',
      'Application a with a malformed status',
    ],
  ])(
    'a 200 list of %s is an error naming what came, not a TypeError or an empty list',
    async (text, what) => {
      server.rawAnswer = { status: 200, text };
      const { error } = await failure(() => client.listApplications());
      expect(error.message).toBe(
        `Argo CD at ${server.url}: GET /api/v1/applications answered 200 with ${what}`,
      );
    },
  );

  it('a 200 Application or resource tree of the wrong shape is an error, not data', async () => {
    server.rawAnswer = {
      status: 200,
      text: '{"metadata": {"name": "web-dev-01"}, "spec": [], "status": {}}',
    };
    const { error } = await failure(() => client.getApplication('web-dev-01'));
    expect(error.message).toBe(
      `Argo CD at ${server.url}: GET /api/v1/applications/web-dev-01 answered 200 with Application web-dev-01 with a malformed spec`,
    );
    server.rawAnswer = { status: 200, text: '{"nodes": ["Deployment"]}' };
    const tree = await failure(() => client.getResourceTree('web-dev-01'));
    expect(tree.error.message).toBe(
      `Argo CD at ${server.url}: GET /api/v1/applications/web-dev-01/resource-tree answered 200 with a resource tree with malformed nodes`,
    );
    server.rawAnswer = { status: 200, text: '{}' };
    expect(await client.getResourceTree('web-dev-01')).toEqual({ nodes: [] });
    expect(await client.listApplications()).toEqual([]);
  });

  it('a rejected token is a 401 that says what to check, without the token', async () => {
    const wrong = new ArgoCdClient({ server: server.url, token: 'not-the-token-1234' });
    const { error } = await failure(() => wrong.listApplications());
    expect(error.status).toBe(401);
    expect(server.requests.map((r) => r.status)).toEqual([401]);
    expect(error.message).toContain('(the token was rejected: expired, revoked or not an Argo CD API token)');
    expect(error.message).not.toContain('not-the-token-1234');
  });

  it('a server that closes the connection is a network error naming the endpoint', async () => {
    const url = server.url;
    await server.close();
    const { error } = await failure(() => client.listApplications());
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(
      new RegExp(`^Cannot reach Argo CD at ${url} \\(GET /api/v1/applications\\): `),
    );
    server = await startArgoCdServer(); // for afterEach
  });
});
