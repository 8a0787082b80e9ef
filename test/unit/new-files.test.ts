import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { createFiles } from '../../src/util/new-files.js';

describe('createFiles', () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'gp-newfiles-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('creates every file and its directories', async () => {
    const root = tmp();
    await createFiles(root, [
      { rel: 'a/b/one.yaml', text: '1' },
      { rel: 'two.yaml', text: '2' },
    ]);
    expect(readFileSync(path.join(root, 'a/b/one.yaml'), 'utf8')).toBe('1');
    expect(readFileSync(path.join(root, 'two.yaml'), 'utf8')).toBe('2');
  });

  it('refuses an existing path before writing anything', async () => {
    const root = tmp();
    writeFileSync(path.join(root, 'two.yaml'), 'mine');
    await expect(
      createFiles(root, [
        { rel: 'one.yaml', text: '1' },
        { rel: 'two.yaml', text: '2' },
      ]),
    ).rejects.toThrow(ConfigurationError);
    expect(readdirSync(root)).toEqual(['two.yaml']);
    expect(readFileSync(path.join(root, 'two.yaml'), 'utf8')).toBe('mine');
  });

  it('removes what it made when a later file fails (a directory that is a symlink out)', async () => {
    const root = tmp();
    const outside = tmp();
    symlinkSync(outside, path.join(root, 'out'));
    mkdirSync(path.join(root, 'kept'));
    await expect(
      createFiles(root, [
        { rel: 'new/dir/one.yaml', text: '1' },
        { rel: 'kept/two.yaml', text: '2' },
        { rel: 'out/three.yaml', text: '3' },
      ]),
    ).rejects.toThrow('leads out of');
    expect(readdirSync(root).sort()).toEqual(['kept', 'out']);
    expect(readdirSync(path.join(root, 'kept'))).toEqual([]);
    expect(existsSync(path.join(root, 'new'))).toBe(false);
    expect(readdirSync(outside)).toEqual([]);
  });
});
