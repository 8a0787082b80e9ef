import { describe, expect, it } from 'vitest';
import type { AppCheck, Verification } from '../../src/release/verify.js';
import { renderVerificationMarkdown, renderVerificationText } from '../../src/report/verification.js';
import { mentions, outsideCode, rowCells } from '../helpers/markdown-structure.js';

const SHA = 'c0ffee0000000000000000000000000000000001';
const HOSTILE = 'x|<img src=x>@team';

const check = (changes: Partial<AppCheck>): AppCheck => ({
  name: 'prod-01-api',
  cluster: 'prod-01',
  sync: 'Synced',
  health: 'Healthy',
  revisions: [SHA],
  state: 'ok',
  why: 'Synced at c0ffee0 and Healthy',
  ...changes,
});

const failed: Verification = {
  state: 'failed',
  waitedMs: 125_000,
  why: `${HOSTILE} Degraded`,
  apps: [
    check({}),
    check({
      name: HOSTILE,
      cluster: 'prod-`01`',
      sync: 'OutOfSync|x',
      health: 'Degraded\n| injected | row |',
      revisions: ['1a2b3c4|ffff', SHA],
      state: 'waiting',
      why: '[link](https://evil.example) @org/team',
    }),
  ],
};

describe('renderVerificationMarkdown', () => {
  it('one table row per Application, six cells each, whatever Argo CD names them', () => {
    const md = renderVerificationMarkdown(failed);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| --- '));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(rowCells(row)).toHaveLength(6);
    expect(rowCells(rows[0]!)).toEqual(['Application', 'cluster', 'sync', 'health', 'revision', 'result']);
    expect(rowCells(rows[1]!)).toEqual([
      'prod-01-api',
      'prod-01',
      'Synced',
      'Healthy',
      '`c0ffee0`',
      expect.stringContaining('ok'),
    ]);
    const hostile = rowCells(rows[2]!);
    expect(hostile[4]).toBe('`1a2b3c4`, `c0ffee0`');
    expect(hostile[5]).toContain('waiting');
  });

  it('escapes every Argo CD string: no tag, no mention, no link, no new line', () => {
    const md = renderVerificationMarkdown(failed);
    expect(md).not.toMatch(/<img/i);
    expect(md).toContain('&lt;img src=x&gt;');
    expect(mentions(md)).toEqual([]);
    expect(outsideCode(md)).not.toMatch(/(?<!\\)\[link(?<!\\)\]\(/);
    expect(md).not.toContain('\n| injected');
    // The headline carries the hostile why too, escaped.
    expect(md.split('\n')[2]).toContain('x\\|&lt;img src=x&gt;@&#8203;team Degraded');
  });

  it('says the state and how long it waited; unknown says the apps are as of the last answer', () => {
    expect(renderVerificationMarkdown({ state: 'verified', waitedMs: 40_000, apps: [check({})] })).toContain(
      '✅ verified after 40s: 1 Application Synced and Healthy',
    );
    const unknown = renderVerificationMarkdown({
      state: 'unknown',
      waitedMs: 300_000,
      why: 'Argo CD at https://argocd.test: GET /api/v1/applications failed with HTTP 401',
      apps: [check({ state: 'waiting', health: 'Progressing', why: 'Progressing' })],
    });
    expect(unknown).toContain('⚠️ unknown after 5m: Argo CD at https://argocd.test');
    expect(unknown).toContain('As of the last poll Argo CD answered:');
    const none = renderVerificationMarkdown({ state: 'unknown', waitedMs: 0, why: 'x', apps: [] });
    expect(none).not.toContain('| Application');
  });
});

describe('renderVerificationText', () => {
  it('a headline, then one line per Application, Argo CD line breaks flattened', () => {
    const text = renderVerificationText(failed);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`Argo CD verification failed after 2m: ${HOSTILE} Degraded`);
    expect(lines[1]).toContain('ok      prod-01-api');
    expect(lines[1]).toContain('Synced/Healthy at c0ffee0');
    expect(lines[2]).toContain('waiting');
    expect(lines[2]).toContain('at 1a2b3c4,c0ffee0');
  });
});
