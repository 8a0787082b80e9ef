import { describe, expect, it } from 'vitest';
import { normalizeRepoURL } from '../../src/gitops/repo-url.js';
import { verifyRelease } from '../../src/release/verify.js';
import { FakeArgoCd, fakeApp } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const SHA = 'c0ffee0000000000000000000000000000000001';
const OTHER = 'beef000000000000000000000000000000000002';

describe('verification review: BUG F (fixed)', () => {
  it('a cluster whose only Applications come from another repo is not verified: nothing of ours runs the sha', async () => {
    const argocd = new FakeArgoCd();
    argocd.apps.push(
      fakeApp('prod-01-other', 'prod-01', { revision: OTHER, repoURL: 'https://github.com/else/where' }),
    );
    const v = await verifyRelease({
      argocd,
      clusters: ['prod-01'],
      clusterLabel: 'cluster',
      sha: SHA,
      repoURL: normalizeRepoURL('https://github.com/example-org/gitops-repo'),
      timeoutMs: 0,
      intervalMs: 10,
      logger: new RecordingLogger(),
    });
    // Was BUG F: nothing of this repo runs SHA on prod-01, yet the wave was verified. Nor did anything
    // fail: unknown, saying why.
    expect(v).toMatchObject({
      state: 'unknown',
      why: 'no Application labelled cluster=prod-01 has a source from this repo',
    });
  });
});
