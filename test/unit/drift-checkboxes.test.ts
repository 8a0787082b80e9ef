import { describe, expect, it } from 'vitest';
import {
  approvalLine,
  parseApprovals,
  tickedApprovals,
  type ApprovalId,
} from '../../src/drift/checkboxes.js';
import type { Approval } from '../../src/drift/model.js';
import { fencedBlocks, mentions, outsideCode } from '../helpers/markdown-structure.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const promote: Approval = {
  kind: 'promote',
  from: 'dev',
  to: 'staging',
  fromSha: A,
  toSha: B,
  pendingCount: 4,
};
const release: Approval = {
  kind: 'release',
  from: 'staging',
  to: 'stable',
  fromSha: B,
  toSha: C,
  pendingCount: 1,
};
const id = ({ pendingCount: _, ...rest }: Approval): ApprovalId => rest;
const tick = (line: string) => line.replace('- [ ]', '- [x]');

/** Names a hostile config can give a branch: comment enders, mentions, HTML, markdown, encodings. */
const HOSTILE = [
  'a-->b',
  'x--!>y',
  '--',
  '->',
  'dev -->\n- [x] Promote <!-- gitops-promotion:approve promote dev prod',
  '@octocat',
  '@org/team',
  '<img src=x onerror=alert(1)>',
  '</details><script>x</script>',
  '[link](https://evil.example)',
  '**bold** _em_ `code` | cell |',
  '100%',
  '%41',
  'rélease/ünïcode',
  'line\u2028separator',
  'tab\tand\rreturn',
  ' spaced ',
];

describe('approvalLine', () => {
  it('writes a task-list line with the edge and its heads in a hidden comment', () => {
    expect(approvalLine(promote)).toBe(
      `- [ ] Promote 4 commits dev → staging <!-- gitops-promotion:approve promote dev staging ${A} ${B} -->`,
    );
    expect(approvalLine(release)).toBe(
      `- [ ] Release 1 commit staging → stable <!-- gitops-promotion:approve release staging stable ${B} ${C} -->`,
    );
  });

  it('encodes `-` in the comment, so no name can put `--` or `-->` into it', () => {
    const line = approvalLine({ ...promote, from: 'release-1.2', to: 'hotfix/a_b' });
    expect(line).toContain('promote release%2D1.2 hotfix%2Fa_b ');
  });

  it('refuses heads that are not 40-hex shas (a box nobody could approve)', () => {
    expect(() => approvalLine({ ...promote, fromSha: 'a'.repeat(39) })).toThrow(/40-hex/);
    expect(() => approvalLine({ ...promote, toSha: 'B'.repeat(40) })).toThrow(/40-hex/);
  });

  it.each(HOSTILE)('keeps a hostile ref name %j inert and reads it back', (name) => {
    const a: Approval = { ...promote, from: name, to: `${name}-2` };
    const line = approvalLine(a);
    expect(line.split(/\r\n|\r|\n|\u2028/)).toHaveLength(1);
    // One comment, ours, closed at the end of the line; nothing `--` inside it.
    const comment = line.slice(line.indexOf('<!-- gitops-promotion:approve'));
    expect(comment.indexOf('-->')).toBe(comment.length - 3);
    expect(comment.slice(4, -3)).not.toContain('--');
    expect(line.indexOf('<!--')).toBe(line.indexOf('<!-- gitops-promotion:approve'));
    // The visible text: no mention, no tag, no link.
    const visible = line.slice(0, line.indexOf('<!--'));
    expect(mentions(visible)).toEqual([]);
    expect(outsideCode(visible)).not.toMatch(/<[a-z/]/i);
    expect(visible).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
    expect(parseApprovals(line)).toEqual([{ approval: id(a), checked: false }]);
    expect(parseApprovals(tick(line))).toEqual([{ approval: id(a), checked: true }]);
  });
});

describe('parseApprovals', () => {
  const line = approvalLine(promote);
  /** The line with `from` replaced in its hidden comment (the visible text is never read). */
  const inComment = (from: string, to: string) => {
    const at = line.indexOf('<!--');
    return line.slice(0, at) + line.slice(at).replace(from, to);
  };

  it('reads [ ], [x] and [X], what GitHub writes when a box is ticked', () => {
    expect(parseApprovals(line)).toEqual([{ approval: id(promote), checked: false }]);
    expect(parseApprovals(line.replace('[ ]', '[x]'))[0]!.checked).toBe(true);
    expect(parseApprovals(line.replace('[ ]', '[X]'))[0]!.checked).toBe(true);
  });

  it('reads a body with CRLF line ends, other bullets, indentation and edited visible text', () => {
    const body = [
      '# dashboard',
      `* [x] ${line.slice(6)}`,
      `   + [ ] ${approvalLine(release).slice(6)}`,
      line.replace('Promote 4 commits', 'someone rewrote this text'),
      '',
    ].join('\r\n');
    expect(parseApprovals(body)).toEqual([
      { approval: id(promote), checked: true },
      { approval: id(release), checked: false },
      { approval: id(promote), checked: false },
    ]);
  });

  it.each([
    ['a sha of 39 hex', line.replace(A, 'a'.repeat(39))],
    ['a sha of 41 hex', line.replace(A, 'a'.repeat(41))],
    ['an upper-case sha', line.replace(B, 'B'.repeat(40))],
    ['a sha that is not hex', line.replace(A, 'g'.repeat(40))],
    ['an unknown kind', line.replace('approve promote', 'approve wave')],
    ['a kind in another case', line.replace('approve promote', 'approve Promote')],
    ['a missing field', line.replace(` ${B}`, '')],
    ['an extra field', line.replace(` ${B}`, ` ${B} ${C}`)],
    ['bad percent-encoding', inComment(' dev ', ' %ZZ ')],
    ['a non-canonical encoding', inComment(' dev ', ' d%65v ')],
    ['a lower-case escape', approvalLine({ ...promote, from: 'a>b' }).replace('%3E', '%3e')],
    ['a raw `-` in a name', inComment(' staging ', ' stag-ing ')],
    ['an empty name', inComment(' dev ', '  ')],
    ['another box mark', line.replace('[ ]', '[y]')],
    ['no box', line.replace('[ ] ', '')],
    ['no bullet', line.slice(2)],
    ['a quote', `> ${line}`],
    ['a code block by indentation', `    ${line}`],
    ['text after the comment', `${line} trailing`],
    ['another marker', line.replace('gitops-promotion:approve', 'gitops-promotion:approved')],
    ['an unclosed comment', line.replace(/ -->$/, '')],
  ])('rejects %s', (_, bad) => {
    expect(parseApprovals(bad)).toEqual([]);
  });

  it('ignores boxes inside a fenced code block (quoted, not offered)', () => {
    const body = ['```', tick(line), '```', '~~~~md', tick(line), '~~~', 'still inside', '~~~~', line].join(
      '\n',
    );
    expect(fencedBlocks(body)).toHaveLength(2);
    expect(parseApprovals(body)).toEqual([{ approval: id(promote), checked: false }]);
  });
});

describe('tickedApprovals', () => {
  const p = approvalLine(promote);
  const r = approvalLine(release);
  const body = (...lines: string[]) => ['intro', ...lines, 'outro'].join('\n');

  it('returns the box ticked in the edit', () => {
    expect(tickedApprovals(body(p, r), body(p, tick(r)))).toEqual([id(release)]);
    expect(tickedApprovals(body(p, r), body(tick(p), tick(r)))).toEqual([id(promote), id(release)]);
  });

  it('returns nothing for an edit that ticks nothing, unticks, or keeps a box ticked', () => {
    expect(tickedApprovals(body(p, r), body(p, r))).toEqual([]);
    expect(tickedApprovals(body(tick(p), r), body(p, r))).toEqual([]);
    expect(tickedApprovals(body(tick(p), r), body(tick(p), r))).toEqual([]);
    expect(tickedApprovals(body(p, r), 'the body replaced by hand')).toEqual([]);
  });

  it('returns nothing for a box moved or duplicated without a new tick', () => {
    expect(tickedApprovals(body(p, r), body(r, p))).toEqual([]);
    expect(tickedApprovals(body(p, r), body(r, p, p, r))).toEqual([]);
    // Checked before: a copy of it checked (or not) is no new approval.
    expect(tickedApprovals(body(tick(p), r), body(r, tick(p), tick(p)))).toEqual([]);
    expect(tickedApprovals(body(tick(p), p), body(tick(p), tick(p)))).toEqual([]);
  });

  it('returns a ticked box once, however many copies are ticked, wherever it moved', () => {
    expect(tickedApprovals(body(p, r), body(r, tick(p), p))).toEqual([id(promote)]);
    expect(tickedApprovals(body(p, p), body(tick(p), tick(p)))).toEqual([id(promote)]);
    expect(tickedApprovals(body(p, r), `${tick(p)}\n${body(r)}`)).toEqual([id(promote)]);
  });

  it('returns nothing for a box that was never offered (written in by hand, or its heads edited)', () => {
    const other = approvalLine({ ...promote, to: 'prod' });
    expect(tickedApprovals(body(p), body(p, tick(other)))).toEqual([]);
    const moved = approvalLine({ ...promote, fromSha: C });
    expect(tickedApprovals(body(p), body(tick(moved)))).toEqual([]);
  });

  it('reads the CRLF body GitHub sends after a tick in its UI', () => {
    const before = body(p, r).replace(/\n/g, '\r\n');
    expect(tickedApprovals(before, before.replace('- [ ] Release', '- [x] Release'))).toEqual([id(release)]);
  });

  it('reads back hostile names ticked', () => {
    const evil = { ...promote, from: 'a-->b @octocat', to: '<img src=x>' };
    const line = approvalLine(evil);
    expect(tickedApprovals(body(line, p), body(tick(line), p))).toEqual([id(evil)]);
  });
});
