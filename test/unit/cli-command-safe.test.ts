import { describe, expect, it } from 'vitest';
import { commandSafe } from '../../src/cli/main.js';
import { actedOn, runnerReads } from '../helpers/runner-commands.js';

describe('CLI output in a workflow step starts no workflow command', () => {
  it('wraps text that may hold a command between stop-commands markers', () => {
    const text = 'charts/x.yaml:1:1: error [values-schema] (dev-01\n::add-mask::dev) bad\n##[error]x\n';
    const out = commandSafe(text);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^::stop-commands::gitops-promotion-[0-9a-f]{32}$/);
    expect(lines.at(-1)).toBe(`::${lines[0]!.slice('::stop-commands::'.length)}::`);
    expect(out).toContain(text);
    expect(actedOn(runnerReads(out))).toEqual([]);
    expect(actedOn(runnerReads(text)).map((c) => c.command)).toEqual(['add-mask', 'error']);
  });

  it('leaves plain text alone', () => {
    expect(commandSafe('0 errors, 0 warnings\n')).toBe('0 errors, 0 warnings\n');
  });

  it('keeps JSON parseable and equal, with ##[ written as an escape', () => {
    const doc = { findings: [{ message: 'x ##[error]y', cluster: 'a::b' }] };
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    const out = commandSafe(json);
    expect(out).not.toContain('##[');
    expect(JSON.parse(out)).toEqual(doc);
    expect(actedOn(runnerReads(out))).toEqual([]);
    expect(actedOn(runnerReads(json))).not.toEqual([]);
  });

  it('JSON with invisible characters between the #s, or that only looks like JSON', () => {
    const doc = { message: '#\u200b#[add-mask]y', name: 'dev-01 ✓' };
    const out = commandSafe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(out).toMatch(/^[\t\n\r\x20-\x7e]*$/);
    expect(JSON.parse(out)).toEqual(doc);
    const fake = '[\n::error::pwn\n]\n';
    expect(actedOn(runnerReads(commandSafe(fake)))).toEqual([]);
  });
});
