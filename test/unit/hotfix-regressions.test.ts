import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { loadConfig } from '../../src/gitops/config.js';
import type { ConflictPullRequestArgs } from '../../src/hotfix/conflict-pr.js';
import { forwardMerge, type OpenConflictPr } from '../../src/hotfix/forward-merge.js';
import { FakeGit, FakeGitHub } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

describe('hotfix: what a hostile review found, kept fixed', () => {
  it('a conflict PR into dev names staging, which the hotfix merged into cleanly in this run', async () => {
    const git = new FakeGit();
    const stable = git.commit([], 'release v1.2.3');
    const head = git.commit([stable], 'fix');
    const staging = git.commit([stable], 'staging work');
    const dev = git.commit([staging], 'dev work');
    git.remote.set('refs/heads/hotfix/quota', head);
    git.remote.set('refs/heads/staging', staging);
    git.remote.set('refs/heads/dev', dev);
    git.conflicts.set(`${dev}..${head}`, ['charts/app-of-apps/values.dev-01.yaml']);
    const opened: ConflictPullRequestArgs[] = [];
    const openPr: OpenConflictPr = async (_gh, args) => {
      opened.push(args);
      return { number: 3, url: 'https://github.test/pull/3', created: true, label: { state: 'labelled' } };
    };
    const results = await forwardMerge(
      {
        remote: 'origin',
        git,
        github: new FakeGitHub(),
        logger: new RecordingLogger(),
        hotfix: 'hotfix/quota',
        head,
        versionTag: 'v1.2.4',
        targets: ['staging', 'dev'],
        mode: 'push',
        dryRun: false,
        conflictLabel: 'forward-merge-conflict',
      },
      openPr,
    );
    expect(results.map((m) => m.state)).toEqual(['merged', 'conflict-pr']);
    expect(opened[0]!.mergedInto).toEqual(['staging']);
  });

  it('a hotfix.branches glob that is no pattern is a ConfigurationError', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-hfr-config-'));
    try {
      mkdirSync(path.join(dir, '.github'));
      writeFileSync(path.join(dir, '.github/gitops-promotion.yaml'), 'hotfix:\n  branches: "hotfix/[x"\n');
      expect(() => loadConfig(dir)).toThrow(ConfigurationError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
