/** shellWord (src/report/shell-word.ts) against bash itself: each word is read back as exactly its text. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWord } from '../../src/report/shell-word.js';

/** The arguments bash reads from `words` (NUL-separated by printf). */
function bashArgs(words: string[]): string[] {
  const script = `printf '%s\\0' ${words.join(' ')}`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C.UTF-8', HOME: '/nonexistent' },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout.split('\0').slice(0, -1);
}

const HOSTILE = [
  'forward-merge/hotfix-x-into-staging',
  'origin/staging',
  "it's",
  '$(touch /tmp/pwned)',
  '`id`',
  'a;b|c&d>e<f',
  'x\ny',
  'tab\there',
  '~/x',
  '=ls',
  '%1',
  '*.yaml',
  '{a,b}',
  '!!',
  'back\\slash',
  'mix \'of\' "quotes" and \\ \n',
  'bidi\u202egnp.exe',
  'zero\u200bwidth',
  'bell\u0007 esc\u001b[31m del\u007f c1\u0085',
  'ünïcødé/日本.yaml',
  ' lead and trail ',
  '-n',
];

describe('shellWord', () => {
  it('bash reads each word as exactly its text, one argument each', () => {
    expect(bashArgs(HOSTILE.map(shellWord))).toEqual(HOSTILE);
  });

  it('leaves plain names bare and shows hidden characters as escapes', () => {
    expect(shellWord('forward-merge/hotfix-x-into-staging')).toBe('forward-merge/hotfix-x-into-staging');
    expect(shellWord('apps/prod-01/values.yaml')).toBe('apps/prod-01/values.yaml');
    expect(shellWord("it's")).toBe(`'it'\\''s'`);
    expect(shellWord('x\ny')).toBe(`$'x\\x0ay'`);
    expect(shellWord('bidi\u202egnp')).toBe(`$'bidi\\u202egnp'`);
    const shown = ['\n', '\r', '\u202e', '\u200b', '\u0007'];
    for (const word of HOSTILE.map(shellWord)) for (const ch of shown) expect(word).not.toContain(ch);
  });
});
