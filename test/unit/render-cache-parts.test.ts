import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { namesPlace, withoutPlaces, withPlaces } from '../../src/helm/render-places.js';
import { volatileCall } from '../../src/helm/volatile-calls.js';
import { cacheSummary, type RenderCacheStats } from '../../src/helm/render-cache-stats.js';

describe('the places of a render in its messages', () => {
  const places = ['/tmp/a/chart', '/tmp/a/chart/linked', '/tmp/a/outside/x.txt'];

  it("are taken out as indexes, the longest first, and put back with another run's places", () => {
    const stderr = 'found link path=/tmp/a/chart/linked resolved=/tmp/a/outside/x.txt in /tmp/a/chart.\n';
    const parts = withoutPlaces(stderr, places);
    expect(parts).toEqual(['found link path=', 1, ' resolved=', 2, ' in ', 0, '.\n']);
    expect(withPlaces(parts, places)).toBe(stderr);
    expect(withPlaces(parts, ['/b/chart', '/b/chart/linked', '/b/outside/x.txt'])).toBe(
      'found link path=/b/chart/linked resolved=/b/outside/x.txt in /b/chart.\n',
    );
  });

  it('an index beyond the places (a forged entry) gives no text', () => {
    expect(withPlaces(['x', 3], places)).toBeNull();
    expect(withPlaces([], places)).toBe('');
  });

  it('an output naming one cannot be served elsewhere', () => {
    expect(namesPlace('data: /tmp/a/chart/values.yaml', places)).toBe(true);
    expect(namesPlace('data: chart', places)).toBe(false);
  });
});

describe('volatile calls', () => {
  it.each([
    ['{{ randAlphaNum 16 }}', 'calls randAlphaNum'],
    ['x: {{- now | date "2006" -}}', 'calls now'],
    ['{{ include "x" . | uuidv4 }}', 'calls uuidv4'],
    ['{{\n  genCA "x" 365\n}}', 'calls genCA'],
    // Conservative (review): a volatile name anywhere in a text with a template action counts, a
    // comment included (this was null when only the inside of `{{ … }}` was looked at).
    ['# now we render\nkey: {{ .Values.now }}\n', 'calls now'],
    ['now: {{ print "}}" now | quote }}', 'calls now'],
    ['{{ tpl "{{ \\x6eow }}" . }}', 'calls now'],
    ['clock: "\\x7b\\x7b \\u006eow }}"', 'calls now'],
    ['clock: "{{ no\\\n   w }}"', 'calls now'],
    ['clock: !!binary e3sgbm93IH19', 'calls now'],
    ['key: {{ .Values.now }} {{ $now }}\n', null],
    ['plain text calling randAlphaNum without a template action', null],
    ['{{ .Values.randomName }}', null],
  ])('%j: %s', (text, expected) => {
    const why = expected && `${expected}, whose result changes from one render to the next`;
    expect(volatileCall(text)).toBe(why);
    expect(volatileCall(Buffer.from(text))).toBe(why);
  });

  it('a --set value is read with its backslashes escaping the next character', () => {
    expect(volatileCall('{{ n\\ow }}', { kind: 'parameter' })).toMatch(/^calls now, /);
    expect(volatileCall('{{ .Values.x }}', { kind: 'parameter' })).toBeNull();
  });

  it('a gzip (a packed subchart) is looked into, file by file', () => {
    expect(volatileCall(packed({ 'sub/templates/pw.yaml': 'pw: {{ randAscii 8 }}' }))).toMatch(
      /^\(sub\/templates\/pw.yaml\) calls randAscii, /,
    );
    expect(volatileCall(packed({ 'sub/templates/pw.yaml': 'pw: {{ .Values.pw }}' }))).toBeNull();
    const long = `sub/${'d'.repeat(120)}/values.yaml`;
    expect(volatileCall(packed({ [long]: 'clock: "{{ \\x6eow }}"' }, 'pax'))).toMatch(/calls now, /);
    expect(volatileCall(packed({ [long]: 'clock: "{{ \\x6eow }}"' }, 'gnu'))).toMatch(/calls now, /);
    // Not a tar: its text looked at as it is.
    expect(volatileCall(gzipSync(Buffer.from('pw: {{ randAscii 8 }}')))).toMatch(/^calls randAscii, /);
  });

  it('a values.schema.json referring outside itself (helm reads what it names), or not parsing, is said too; a reference within it is not', () => {
    const schema = (s: string) => packed({ 'sub/values.schema.json': s });
    const outside = /refers to a schema outside itself/;
    expect(volatileCall(schema(JSON.stringify({ $ref: 'file:///etc/schema.json' })))).toMatch(outside);
    expect(volatileCall(schema('{"\\u0024ref": "file:///etc/s.json"}'))).toMatch(/outside itself \(\$ref\)/);
    expect(volatileCall(schema('\uFEFF{"$dynamicRef": "https://x/s.json"}'))).toMatch(/\(\$dynamicRef\)/);
    expect(volatileCall(schema('{"a": {"$recursiveRef": "x.json"}}'))).toMatch(/\(\$recursiveRef\)/);
    expect(volatileCall(schema('{"$ref": '))).toMatch(/does not parse as JSON/);
    const own = { kind: 'chart-file', rel: 'values.schema.json' } as const;
    expect(volatileCall(JSON.stringify({ properties: { a: { $ref: 'https://x/s.json' } } }), own)).toMatch(
      outside,
    );
    expect(
      volatileCall(schema(JSON.stringify({ properties: { a: { $ref: '#/definitions/a' } } }))),
    ).toBeNull();
    // Only the schema file is one: the same text under another name is no reference helm follows.
    expect(
      volatileCall('{"$ref": "file:///etc/s.json"}', { kind: 'chart-file', rel: 'files/x.json' }),
    ).toBeNull();
  });
});

/** A gzipped tar of these files (GNU tar, in the format asked), as `helm package` would give one. */
function packed(files: Record<string, string>, format: 'ustar' | 'pax' | 'gnu' = 'ustar'): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gp-packed-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    }
    const tar = execFileSync('tar', [`--format=${format}`, '-cf', '-', '-C', dir, ...Object.keys(files)]);
    return gzipSync(tar);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

it('the summary line says what the cache did', () => {
  const stats: RenderCacheStats = {
    asked: 203,
    hits: 196,
    repeated: 2,
    misses: 4,
    failed: 1,
    uncacheable: 1,
    stored: 3,
    rejected: 1,
    reasons: [
      '/r/charts/x/templates/s.yaml calls randAlphaNum, whose result changes from one render to the next',
    ],
  };
  expect(cacheSummary(stats, '/c', { kept: 199, removed: 2, bytes: 4096 })).toBe(
    'render cache (/c): 196 hits, 4 misses (3 stored, 1 failed), 2 repeated in this run, 1 not cacheable ' +
      '(/r/charts/x/templates/s.yaml calls randAlphaNum, whose result changes from one render to the next), ' +
      '1 entry ignored; 199 entries kept (4 KiB), 2 pruned',
  );
  expect(
    cacheSummary({ ...stats, hits: 1, misses: 0, repeated: 0, uncacheable: 0, rejected: 0 }, null, null),
  ).toBe('render cache (this run only): 1 hit, 0 misses');
});
