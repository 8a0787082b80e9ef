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
    ['# now we render\nkey: {{ .Values.now }}\n', null],
    ['plain text calling randAlphaNum without a template action', null],
    ['{{ .Values.randomName }}', null],
  ])('%j: %s', (text, expected) => {
    const why = expected && `${expected}, whose result changes from one render to the next`;
    expect(volatileCall(text)).toBe(why);
    expect(volatileCall(Buffer.from(text))).toBe(why);
  });

  it('a gzip (a packed subchart) is looked into', () => {
    expect(volatileCall(gzipSync(Buffer.from('pw: {{ randAscii 8 }}')))).toMatch(/^calls randAscii, /);
    expect(volatileCall(gzipSync(Buffer.from('pw: {{ .Values.pw }}')))).toBeNull();
  });

  it('a schema referring outside itself (helm reads what it names) is said too, a reference within it is not', () => {
    const packed = (schema: object) =>
      gzipSync(Buffer.from(`sub/values.schema.json\0${JSON.stringify(schema)}`));
    expect(volatileCall(packed({ $ref: 'file:///etc/schema.json' }))).toMatch(
      /^refers to a schema outside itself/,
    );
    expect(volatileCall(JSON.stringify({ properties: { a: { $ref: 'https://x/s.json' } } }))).toMatch(
      /^refers/,
    );
    expect(volatileCall(packed({ properties: { a: { $ref: '#/definitions/a' } } }))).toBeNull();
  });
});

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
