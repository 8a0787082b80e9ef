import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import {
  bumpVersion,
  compareVersions,
  formatVersion,
  nextVersion,
  parseVersion,
  versionPattern,
  type Version,
} from '../../src/release/versions.js';

const v = (major: number, minor: number, patch: number): Version => ({ major, minor, patch });
const DEFAULT = 'stable-v{major}.{minor}.{patch}';

describe('versionPattern: format and parse', () => {
  const p = versionPattern(DEFAULT);

  it('formats and reads back the default pattern', () => {
    expect(p.source).toBe(DEFAULT);
    expect(p.format(v(1, 2, 3))).toBe('stable-v1.2.3');
    expect(p.parse('stable-v1.2.3')).toEqual(v(1, 2, 3));
    expect(p.parse('stable-v0.0.0')).toEqual(v(0, 0, 0));
    expect(p.parse('stable-v10.200.3000')).toEqual(v(10, 200, 3000));
    expect(p.parse('stable-v999999999.0.1')).toEqual(v(999999999, 0, 1));
    for (const x of [v(0, 0, 0), v(1, 10, 9), v(999999999, 999999999, 999999999)])
      expect(p.parse(p.format(x))).toEqual(x);
  });

  it.each([
    ['stable-v01.0.0', 'a leading zero'],
    ['stable-v1.00.0', 'a leading zero'],
    ['stable-v1.0.007', 'a leading zero'],
    ['stable-v1000000000.0.0', 'more than 9 digits'],
    ['stable-v1.0', 'a missing part'],
    ['stable-v1.0.0.0', 'an extra part'],
    ['stable-v1.0.0-rc1', 'a suffix'],
    ['xstable-v1.0.0', 'a prefix'],
    ['stable-V1.0.0', 'another case'],
    ['stable-v1.0.0; rm -rf', 'a shell command after it'],
    ['stable-v1.0.0\n', 'a trailing newline'],
    ['stable-v1.0.0\nstable-v2.0.0', 'two lines'],
    ['stable-v-1.0.0', 'a negative number'],
    ['stable-v+1.0.0', 'a sign'],
    ['stable-v1.0.0x', 'a trailing letter'],
    ['stable-v١.٠.٠', 'non-ASCII digits'],
    ['stable-v1e3.0.0', 'an exponent'],
    ['stable-v 1.0.0', 'a space'],
    ['stable-v1a0.0', 'another separator'],
    ['stable', 'no version'],
    ['', 'nothing'],
  ])('%j is not a version (%s)', (name) => {
    expect(p.parse(name)).toBeNull();
  });

  it('takes regular-expression characters of the pattern literally', () => {
    const dotted = versionPattern('rel.v{major}.{minor}.{patch}');
    expect(dotted.parse('rel.v1.2.3')).toEqual(v(1, 2, 3));
    expect(dotted.parse('relXv1.2.3')).toBeNull();
    expect(dotted.parse('rel.v1x2x3')).toBeNull();
    const plus = versionPattern('r+{major}(x){minor}$|{patch}');
    expect(plus.format(v(1, 2, 3))).toBe('r+1(x)2$|3');
    expect(plus.parse('r+1(x)2$|3')).toEqual(v(1, 2, 3));
    expect(plus.parse('rr1x2')).toBeNull();
    expect(plus.parse('r+1(x)2')).toBeNull();
  });

  it('allows slashes, dashes and digits in the literal text', () => {
    const p2 = versionPattern('releases/2{major}-{minor}_r{patch}.final');
    expect(p2.format(v(3, 0, 1))).toBe('releases/23-0_r1.final');
    expect(p2.parse('releases/23-0_r1.final')).toEqual(v(3, 0, 1));
    // A separator that starts with digits still reads back one way.
    const p3 = versionPattern('{major}1.{minor}.{patch}');
    expect(p3.format(v(21, 0, 0))).toBe('211.0.0');
    expect(p3.parse('211.0.0')).toEqual(v(21, 0, 0));
  });

  it('reads only versions out of a list of tag names, whatever else is there', () => {
    const names = [
      'stable',
      'stable-v1.0.0',
      'stable-v1.10.0',
      'stable-v01.9.0',
      'stable-v1.9.0',
      'stable-v1.0.0; rm -rf',
      '$(reboot)',
      'stable-v2.0.0/../x',
      'other-v9.0.0',
    ];
    const versions = names.map((n) => p.parse(n)).filter((x) => x !== null);
    expect(versions).toEqual([v(1, 0, 0), v(1, 10, 0), v(1, 9, 0)]);
    expect(formatVersion(nextVersion(versions, 'patch', v(1, 0, 0)))).toBe('1.10.1');
  });
});

describe('versionPattern: refused patterns', () => {
  const refused = (pattern: string) => {
    try {
      versionPattern(pattern);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      return (e as Error).message;
    }
    throw new Error(`accepted ${pattern}`);
  };

  it.each([
    ['', 'lacks {major}, {minor}, {patch}'],
    ['stable', 'lacks {major}, {minor}, {patch}'],
    ['v{major}.{minor}', 'lacks {patch}'],
    ['v{major}.{major}.{minor}.{patch}', 'has {major} more than once'],
    ['v{major}.{minor}.{patch}.{patch}', 'has {patch} more than once'],
    ['v{minor}.{major}.{patch}', 'in that order'],
    ['v{patch}.{minor}.{major}', 'in that order'],
    ['v{major}.{minor}.{patch}-{build}', 'has {build}: the placeholders are {major}, {minor} and {patch}'],
    ['v{Major}.{minor}.{patch}', 'has {Major}'],
    ['v{}.{minor}.{patch}', 'has {}'],
    ['v{{major}.{minor}.{patch}', 'has a "{" or "}" that is not part of'],
    ['v{major}}.{minor}.{patch}', 'has a "{" or "}" that is not part of'],
    ['v{major.{minor}.{patch}', 'has a "{" or "}" that is not part of'],
    ['v{major}{minor}.{patch}', 'needs literal text with a non-digit between {major} and {minor}'],
    ['v{major}.{minor}0{patch}', 'needs literal text with a non-digit between {minor} and {patch}'],
    ['v{major}12{minor}.{patch}', 'between {major} and {minor}'],
    ['stable v{major}.{minor}.{patch}', 'is not a valid tag name'],
    ['-v{major}.{minor}.{patch}', 'is not a valid tag name'],
    ['v{major}..{minor}.{patch}', 'is not a valid tag name'],
    ['v{major}.{minor}.{patch}.lock', 'is not a valid tag name'],
    ['v{major}.{minor}.{patch}.', 'is not a valid tag name'],
    ['v{major}.{minor}.{patch}/', 'is not a valid tag name'],
    ['/v{major}.{minor}.{patch}', 'is not a valid tag name'],
    ['v/.{major}.{minor}.{patch}', 'is not a valid tag name'],
    ['v{major}~{minor}.{patch}', 'is not a valid tag name'],
    ['v{major}.{minor}^{patch}', 'is not a valid tag name'],
    ['v{major}:{minor}.{patch}', 'is not a valid tag name'],
    ['v{major}.{minor}.{patch}*', 'is not a valid tag name'],
    ['v{major}.{minor}.{patch}\n', 'is not a valid tag name'],
    [`${'x'.repeat(230)}{major}.{minor}.{patch}`, 'is not a valid tag name'],
  ])('%j: %s', (pattern, says) => {
    const message = refused(pattern);
    expect(message).toContain('version pattern "');
    expect(message).toContain(says);
  });

  it('names the pattern as written (control characters visible) and where it is configured', () => {
    expect(refused('v{major}.{minor}.{patch}\n')).toMatch(
      /^version pattern "v\{major\}\.\{minor\}\.\{patch\}\\n" does not make tag names git accepts: "v0\.0\.0\\n" is not a valid tag name$/,
    );
    try {
      versionPattern('v{major}', { file: 'gitops-promotion.yaml', line: 7 });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigurationError).describe()).toBe(
        'gitops-promotion.yaml:7: version pattern "v{major}" lacks {minor}, {patch}: it needs all three',
      );
    }
  });

  it('accepts a pattern whose longest tag name is within git limits', () => {
    // 9 digits each: 27 digits and 2 dots; 226 + 29 = 255 characters.
    const longest = versionPattern(`${'x'.repeat(226)}{major}.{minor}.{patch}`);
    expect(longest.format(v(999999999, 999999999, 999999999))).toHaveLength(255);
    expect(refused(`${'x'.repeat(227)}{major}.{minor}.{patch}`)).toContain('is not a valid tag name');
  });
});

describe('parseVersion, formatVersion, compareVersions', () => {
  it('reads 1.2.3 and nothing else', () => {
    expect(parseVersion('1.0.0')).toEqual(v(1, 0, 0));
    expect(parseVersion('0.1.20')).toEqual(v(0, 1, 20));
    for (const bad of ['v1.0.0', '01.0.0', '1.0', '1.0.0.0', ' 1.0.0', '1.0.0 ', '1.0.0-rc.1', 'x', ''])
      expect(parseVersion(bad)).toBeNull();
    expect(formatVersion(v(1, 2, 3))).toBe('1.2.3');
  });

  it('orders numerically, part by part', () => {
    expect(compareVersions(v(1, 10, 0), v(1, 9, 0))).toBe(1);
    expect(compareVersions(v(1, 9, 0), v(1, 10, 0))).toBe(-1);
    expect(compareVersions(v(2, 0, 0), v(1, 99, 99))).toBe(1);
    expect(compareVersions(v(1, 2, 10), v(1, 2, 9))).toBe(1);
    expect(compareVersions(v(1, 2, 3), v(1, 2, 3))).toBe(0);
    const sorted = [v(1, 10, 0), v(1, 2, 0), v(0, 9, 9), v(1, 9, 0), v(1, 2, 10)].sort(compareVersions);
    expect(sorted.map(formatVersion)).toEqual(['0.9.9', '1.2.0', '1.2.10', '1.9.0', '1.10.0']);
  });
});

describe('bumpVersion, nextVersion', () => {
  it('bumps one part and resets the smaller ones', () => {
    expect(bumpVersion(v(1, 2, 3), 'patch')).toEqual(v(1, 2, 4));
    expect(bumpVersion(v(1, 2, 3), 'minor')).toEqual(v(1, 3, 0));
    expect(bumpVersion(v(1, 2, 3), 'major')).toEqual(v(2, 0, 0));
    expect(bumpVersion(v(0, 0, 0), 'patch')).toEqual(v(0, 0, 1));
  });

  it('refuses a bump past 9 digits (its tag would not read back as a version)', () => {
    expect(() => bumpVersion(v(1, 0, 999999999), 'patch')).toThrow(
      'cannot bump 1.0.999999999 (patch): a version number has at most 9 digits',
    );
    expect(bumpVersion(v(1, 0, 999999999), 'minor')).toEqual(v(1, 1, 0));
    expect(() => bumpVersion(v(999999999, 5, 5), 'major')).toThrow(ConfigurationError);
  });

  it('is the first version when none exists, whatever the bump', () => {
    for (const bump of ['patch', 'minor', 'major'] as const) {
      expect(nextVersion([], bump, v(1, 0, 0))).toEqual(v(1, 0, 0));
      expect(nextVersion([], bump, v(0, 1, 0))).toEqual(v(0, 1, 0));
    }
  });

  it('bumps the highest existing version, in whatever order they come', () => {
    const existing = [v(1, 9, 0), v(1, 10, 0), v(1, 2, 7), v(0, 99, 99)];
    expect(nextVersion(existing, 'patch', v(1, 0, 0))).toEqual(v(1, 10, 1));
    expect(nextVersion(existing, 'minor', v(1, 0, 0))).toEqual(v(1, 11, 0));
    expect(nextVersion(existing, 'major', v(1, 0, 0))).toEqual(v(2, 0, 0));
    expect(nextVersion([v(3, 0, 0)], 'patch', v(1, 0, 0))).toEqual(v(3, 0, 1));
    expect(existing.map(formatVersion)).toEqual(['1.9.0', '1.10.0', '1.2.7', '0.99.99']);
  });
});
