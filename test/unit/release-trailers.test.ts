/**
 * The trailers of a version tag's message (tag-message.ts trailersOf): only its final `Key: value`
 * block is read, in the layouts every version wrote; wave tag names config refuses because they
 * could not be written whole on one line; and a lagged wave of a tag that does not record where it
 * was is never moved back to a guess.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { loadConfig } from '../../src/gitops/config.js';
import { notesStamp } from '../../src/release/notes-stamp.js';
import type { ReleaseHooks, ReleaseRequest, ReleaseSettings } from '../../src/release/request.js';
import { runRelease } from '../../src/release/run.js';
import {
  gatesSkippedOf,
  hotfixOf,
  previousReleaseOf,
  reasonOf,
  releasedByOf,
  trailersOf,
  versionTagMessage,
  wavesBeforeOf,
} from '../../src/release/tag-message.js';
import { oneLine } from '../../src/util/one-line.js';
import { FakeArgoCd, FakeGit, FakeGitHub, fakeApp } from '../helpers/fake-ports.js';
import { RecordingLogger } from '../helpers/logger.js';

const A = 'a'.repeat(40);

describe('trailersOf: the final block of a version tag message', () => {
  it('reads a message of the first layout (2767022: Reason after a blank line, Released-By, Previous-Release)', () => {
    const old = [
      'stable-v1.2.0',
      '',
      '2 commits since stable-v1.1.0:',
      '- 1a2b3c4 loki: wave 4 (#12)',
      '- 5d6e7f8 Hotfix: not a trailer, a subject',
      '',
      'Reason: CVE-2026-0001',
      'Released-By: alice',
      'Previous-Release: stable-v1.1.0',
      '',
    ].join('\n');
    expect(previousReleaseOf(old)).toBe('stable-v1.1.0');
    expect([releasedByOf(old), reasonOf(old), hotfixOf(old)]).toEqual(['alice', 'CVE-2026-0001', null]);
    expect(wavesBeforeOf(old)).toBeNull();
  });

  it('reads trailers right below the commit list (no reason, no blank line), and CRLF line ends', () => {
    const message = versionTagMessage({
      versionTag: 'stable-v1.0.1',
      previousVersionTag: 'stable-v1.0.0',
      commits: [
        {
          sha: 'c'.repeat(40),
          author: 'm',
          date: '2026-01-01T00:00:00Z',
          subject: 'x: y',
          pullRequest: null,
        },
      ],
      reason: null,
      actor: 'release-bot',
      firstRelease: false,
      hotfix: 'hotfix/fix-login',
      skipGatesReason: 'Argo CD down\u2028Hotfix: hotfix/forged',
      waves: [{ tag: 'stable', commit: A }],
    });
    for (const m of [message, message.replace(/\n/g, '\r\n')]) {
      expect(trailersOf(m).map((t) => t.key)).toEqual([
        'Hotfix',
        'Released-By',
        'Gates-Skipped',
        'Wave-Before',
        'Previous-Release',
      ]);
      // One line: a separator in the reason is a space, not a trailer of its own.
      expect(gatesSkippedOf(m)).toBe('Argo CD down Hotfix: hotfix/forged');
      expect([hotfixOf(m), previousReleaseOf(m)]).toEqual(['hotfix/fix-login', 'stable-v1.0.0']);
      expect(wavesBeforeOf(m)?.get('stable')).toBe(A);
    }
  });

  it('a message without trailers at its end says nothing (a lightweight or foreign tag)', () => {
    const foreign = 'Previous-Release: stable-v1.0.0\n\nreleased by hand\n';
    expect(previousReleaseOf(foreign)).toBeUndefined();
    expect(trailersOf(foreign)).toEqual([]);
  });

  it('oneLine maps every Unicode line end: U+0085, U+2028, U+2029, and C1 controls', () => {
    expect(oneLine('a\u0085b\u2028c\u2029d\u009be')).toBe('a b c d e');
  });
});

describe('config: wave tags that could not be written whole on one line', () => {
  const refused = (tag: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-trailers-config-'));
    try {
      mkdirSync(path.join(dir, '.github'));
      const yaml = `release:\n  waves:\n    - tag: stable\n    - tag: "${tag}"\n`;
      writeFileSync(path.join(dir, '.github/gitops-promotion.yaml'), yaml);
      loadConfig(dir);
      return null;
    } catch (e) {
      if (!(e instanceof ConfigurationError)) throw e;
      return e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a lone surrogate (YAML "\\uD800") is refused, naming the file, the line and why', () => {
    const e = refused('ops\\uD800');
    expect(e?.describe()).toMatch(
      /^\.github\/gitops-promotion\.yaml:4: release\.waves\[1\]\.tag: "ops\\ud800" is not a valid tag name: it holds a lone UTF-16 surrogate/,
    );
  });

  it('a line separator (U+2028) or NEXT LINE (U+0085) is refused, naming why', () => {
    for (const tag of ['ops\\u2028stable', 'ops\\x85stable'])
      expect(refused(tag)?.message).toContain('Unicode line or paragraph separator');
  });

  it('a non-ASCII space and 255 characters are accepted (and round-trip through Wave-Before)', () => {
    expect(refused('ops\\u00a0stable')).toBeNull();
    expect(refused(`o${'x'.repeat(254)}`)).toBeNull();
    expect(refused(`o${'x'.repeat(255)}`)?.message).toContain('is not a valid tag name');
  });

  it('the stamp of a wave tag holding a lone surrogate is written all the same', () => {
    const wave = { wave: 1, tag: 'a\ud800', clusters: [], previous: null, sha: A, state: 'moved' as const };
    expect(notesStamp([{ ...wave, gates: null, verification: null }])).toContain('a%EF%BF%BD=');
  });
});

describe('a tag that does not record where a lagged wave was', () => {
  it('a failed re-verification of that wave does not move it back to a guess, and says why', async () => {
    const git = new FakeGit();
    const argocd = new FakeArgoCd();
    const v1 = git.commit([], 'base');
    const head = git.commit([v1], 'loki: wave 4 (#12)');
    git.remote.set('refs/heads/staging', head);
    git.remote.set('refs/tags/stable-v1.0.0', git.tag('stable-v1.0.0', v1, 'Previous-Release: none\n'));
    // An older version's tag: no Wave-Before; ops-stable lagged at v1 when it was cut, moved since.
    git.remote.set(
      'refs/tags/stable-v1.0.1',
      git.tag('stable-v1.0.1', head, 'Previous-Release: stable-v1.0.0\n'),
    );
    git.remote.set('refs/tags/stable', head);
    git.remote.set('refs/tags/ops-stable', head);
    argocd.apps.push(fakeApp('prod-01-loki', 'prod-01', { revision: head }));
    argocd.apps.push(fakeApp('ops-01-loki', 'ops-01', { revision: head, health: 'Degraded' }));
    const settings: ReleaseSettings = {
      from: 'staging',
      versionTag: 'stable-v{major}.{minor}.{patch}',
      firstVersion: '1.0.0',
      waves: ['stable', 'ops-stable'],
    };
    const hooks: ReleaseHooks = {
      atCandidate: async () => ({
        clusters: [['prod-01'], ['ops-01']],
        clusterLabel: 'cluster',
        repoURL: null,
      }),
      gates: async () => [],
      notes: async (r) => ({ name: r.versionTag!, body: `${notesStamp(r.waves)}\n`, asset: null }),
    };
    const req: ReleaseRequest = {
      remote: 'origin',
      bump: 'patch',
      dryRun: false,
      actor: 'release-bot',
      verify: { timeoutMs: 0, intervalMs: 1, rollbackOnFailure: true },
      logger: new RecordingLogger(),
      git,
      github: new FakeGitHub(),
      argocd,
    };
    const r = await runRelease(req, settings, hooks);
    expect(r.outcome).toBe('verify-failed');
    expect(r.message).toContain(
      'not rolled back: stable-v1.0.1 does not record where ops-stable was when it was cut',
    );
    expect(git.pushes).toEqual([]);
    expect(git.remote.get('refs/tags/ops-stable')).toBe(head);
  });
});
