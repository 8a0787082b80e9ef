import { describe, expect, it } from 'vitest';
import type { HotfixResult } from '../../src/hotfix/model.js';
import type { ReleaseResult } from '../../src/release/model.js';
import { hotfixGraph, renderHotfixMarkdown, renderHotfixText } from '../../src/report/hotfix-report.js';
import { expectGolden } from '../helpers/golden.js';
import { fencedBlocks, mentions, outsideCode } from '../helpers/markdown-structure.js';

const sha = (c: string) => c.repeat(40);
const REPO = 'https://github.com/example-org/gitops-repo';

const release: ReleaseResult = {
  outcome: 'released',
  released: true,
  releaseVersion: '1.4.1',
  versionTag: 'stable-v1.4.1',
  newTag: true,
  previousReleaseVersion: '1.4.0',
  previousVersionTag: 'stable-v1.4.0',
  from: 'hotfix/velero',
  candidate: sha('h'),
  sha: sha('h'),
  previousSha: sha('a'),
  waves: [
    {
      wave: 1,
      tag: 'stable',
      clusters: ['ops-01', 'prod-01'],
      previous: sha('a'),
      sha: sha('h'),
      state: 'moved',
      gates: null,
      verification: null,
    },
  ],
  commits: [
    {
      sha: sha('h'),
      author: 'On Call',
      date: '2026-01-01T00:00:00Z',
      subject: 'fix: velero off',
      pullRequest: null,
    },
  ],
  gates: [
    { id: 'validation', status: 'pass', why: 'no validation errors' },
    { id: 'checks', status: 'pass', why: '1 check succeeded' },
  ],
  skipGatesReason: null,
  reason: 'velero crashloops on prod-01',
  actor: 'on-call',
  release: { url: `${REPO}/releases/tag/stable-v1.4.1`, state: 'created' },
  hotfix: 'hotfix/velero',
  firstRelease: false,
  resumed: false,
  notesRefresh: null,
  rollback: null,
  message: 'released stable-v1.4.1 at hhhhhhh: stable',
};

const hotfix: HotfixResult = {
  branch: 'hotfix/velero',
  head: sha('h'),
  release,
  forwardMerges: [
    {
      target: 'staging',
      state: 'conflict-pr',
      before: sha('s'),
      after: sha('s'),
      conflicts: ['charts/app-of-apps/values.prod-01.yaml'],
      pullRequest: { number: 12, url: `${REPO}/pull/12` },
      branch: 'forward-merge/hotfix-velero-into-staging',
      message:
        'does not merge cleanly: forward-merge/hotfix-velero-into-staging pushed, opened #12 to resolve them',
    },
    {
      target: 'dev',
      state: 'merged',
      before: sha('d'),
      after: sha('m'),
      conflicts: [],
      pullRequest: null,
      branch: null,
      message: 'merged with mmmmmmm',
    },
  ],
  diffs: { dev: { state: 'no-clusters' } },
  message: 'released stable-v1.4.1 at hhhhhhh: stable; forward-merges: staging conflict-pr #12, dev merged',
};

describe('the hotfix report', () => {
  it('the job summary: the release, the graph, the forward-merges and their diffs (golden)', () => {
    const md = renderHotfixMarkdown(hotfix, [], { repoUrl: REPO });
    expectGolden('hotfix-summary.md', md);
    expect(md).toContain('> 🚑 **Hotfix** from `hotfix/velero`');
    expect(md).toContain(`⚠️ conflict-pr [#12](${REPO}/pull/12)`);
  });

  it('terminal text: one line per forward-merge, its conflicts', () => {
    const text = renderHotfixText(hotfix);
    expect(text).toContain(
      '  staging: conflict-pr #12 https://github.com/example-org/gitops-repo/pull/12 — does not merge',
    );
    expect(text).toContain('    conflicts: charts/app-of-apps/values.prod-01.yaml');
    expect(text).toContain('  dev: merged — merged with mmmmmmm');
  });

  it('hostile branch, target and file names stay in their nodes, cells and spans', () => {
    const evil = 'hotfix/x]-->|pwn| y["@team <img src=x>`|';
    const hostile: HotfixResult = {
      ...hotfix,
      branch: evil,
      release: { ...release, hotfix: evil, from: evil },
      forwardMerges: hotfix.forwardMerges.map((m) => ({
        ...m,
        target: `${m.target}|@org/team`,
        conflicts: m.conflicts.map((c) => `${c}\`<b>x</b>@team`),
      })),
    };
    const graph = hotfixGraph(hostile);
    // One fence, the branch's node label without a bracket, pipe, quote or angle bracket of its own.
    expect(fencedBlocks(graph)).toHaveLength(1);
    // Every edge line is `id[label] arrow|label| id[label]`, its labels of safe characters only.
    const safe = '[A-Za-z0-9._/# -]*';
    const edge = new RegExp(`^  n_\\w+(\\[${safe}\\])? (==>|-->|-\\.->)\\|${safe}\\| n_\\w+\\[${safe}\\]$`);
    for (const line of graph.split('\n').slice(2, -1)) expect(line).toMatch(edge);
    const md = renderHotfixMarkdown(hostile, [], { repoUrl: REPO });
    expect(mentions(outsideCode(md))).toEqual([]);
    expect(outsideCode(md)).not.toMatch(/<img|<b>/);
  });
});
