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
import { workspacePath } from '../../src/actions/workspace.js';
import type { ClusterDiff, DiffReport } from '../../src/diff/model.js';
import { ConfigurationError } from '../../src/errors.js';
import { configInRepo, loadConfig } from '../../src/gitops/config.js';
import { pathInRepo } from '../../src/gitops/repo-files.js';
import { writeDiffFiles } from '../../src/report/diff-files.js';
import { insideDir, safeFileName } from '../../src/util/safe-path.js';

const HOSTILE = [
  '../../x',
  '/abs',
  'a/b',
  '..',
  '.',
  '',
  'x\ny',
  'a\\b',
  '.git',
  'C:evil',
  'x'.repeat(300),
  'Prod',
  'prod',
  'a b',
  'a_b',
  'a?b',
  'émoji-🙂',
];

/** Every file and directory under `root`, relative, sorted. */
function walk(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((e) => {
      const r = rel ? `${rel}/${e.name}` : e.name;
      return e.isDirectory() ? [r, ...walk(root, r)] : [r];
    })
    .sort();
}

function cluster(name: string): ClusterDiff {
  return {
    name,
    env: 'dev',
    status: 'changed',
    apps: [
      {
        kind: 'Application',
        cluster: name,
        name: 'app',
        namespace: 'argocd',
        status: 'modified',
        fields: [],
        unified: `--- a\n+++ b\n+patch of ${JSON.stringify(name)}\n`,
        deep: { state: 'not-applicable' },
      },
    ],
    objects: [],
    counts: { added: 0, removed: 0, modified: 1 },
    compared: null,
    errors: [],
  };
}

function report(names: string[]): DiffReport {
  return {
    base: { ref: 'main', sha: 'a'.repeat(40) },
    head: { ref: 'pr', sha: 'b'.repeat(40) },
    complete: true,
    errors: [],
    notes: [],
    changed: true,
    changedClusters: names,
    clusters: names.map(cluster),
    risks: [],
    validation: { errors: 0, warnings: 0, findings: [] },
    controlPlane: { kind: 'single', source: 'config', reason: 'controlPlane: single in the config' },
    ignored: { total: 0, byRule: {} },
    stats: { clustersRendered: names.length, clustersSkipped: 0, chartsRendered: 0, chartsSkipped: 0 },
  };
}

const temps: string[] = [];
function temp(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'gp-paths-'));
  temps.push(d);
  return d;
}
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('safeFileName', () => {
  it('keeps a plain name as it is', () => {
    for (const n of ['dev-01', 'prod-01', 'eu.west-1', '0']) expect(safeFileName(n)).toBe(n);
  });

  it('turns any name into one bounded file name of [A-Za-z0-9._-], never . or ..', () => {
    for (const n of HOSTILE) {
      const f = safeFileName(n);
      expect(f, JSON.stringify(n)).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
      expect(f.length).toBeLessThanOrEqual(100);
      expect(['.', '..', '']).not.toContain(f);
    }
  });

  it('is injective, also ignoring case: names that sanitize alike get distinct files', () => {
    const names = [...HOSTILE, 'a-b', 'a.b', 'a__b', `${'x'.repeat(300)}y`, 'x_y', 'x\ty', 'x/y', 'x y'];
    const files = names.map((n) => safeFileName(n).toLowerCase());
    expect(new Set(files).size).toBe(names.length);
    // The changed names keep their readable part.
    expect(safeFileName('x\ny')).toMatch(/^x_y_[0-9a-f]{16}$/);
    expect(safeFileName('x/y')).toMatch(/^x_y_[0-9a-f]{16}$/);
    expect(safeFileName('x/y')).not.toBe(safeFileName('x\ny'));
  });
});

describe('insideDir', () => {
  it('joins a relative path under the directory', () => {
    expect(insideDir('/out', 'clusters/dev-01.diff')).toBe('/out/clusters/dev-01.diff');
  });

  it('throws (a bug) for anything that is not strictly inside', () => {
    for (const rel of ['../x', '/etc/passwd', '', '.', 'a/../../b', 'clusters/../../x']) {
      expect(() => insideDir('/out', rel), rel).toThrow(/^bug: .* would be written outside \/out$/);
      expect(() => insideDir('/out', rel)).not.toThrow(ConfigurationError);
    }
  });
});

describe('writeDiffFiles with hostile cluster names', () => {
  it('writes every patch inside the output directory, one file per cluster, named in diff.json', async () => {
    const parent = temp();
    const out = path.join(parent, 'a', 'b', 'out');
    const names = HOSTILE.filter((n) => n !== '');
    await writeDiffFiles(report(names), out);
    // Nothing appeared beside the output directory, at any depth of the parent.
    expect(walk(parent).filter((f) => !f.startsWith('a/b/out'))).toEqual(['a', 'a/b']);
    const json = JSON.parse(readFileSync(path.join(out, 'diff.json'), 'utf8')) as {
      patchFiles: { cluster: string; file: string }[];
    };
    expect(json.patchFiles.map((p) => p.cluster)).toEqual(names);
    const files = json.patchFiles.map((p) => p.file);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(names.length);
    expect(walk(out)).toEqual(['clusters', ...files, 'diff.json', 'diff.md'].sort());
    for (const p of json.patchFiles) {
      expect(p.file).toMatch(/^clusters\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.diff$/);
      expect(readFileSync(path.join(out, p.file), 'utf8')).toContain(
        `+patch of ${JSON.stringify(p.cluster)}`,
      );
    }
    expect(files).toContain('clusters/prod.diff');
  });

  it('does not write through a symlink planted in the output directory', async () => {
    const parent = temp();
    const out = path.join(parent, 'out');
    const elsewhere = path.join(parent, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'victim'), 'untouched\n');
    symlinkSync(path.join(elsewhere, 'victim'), path.join(out, 'diff.json'));
    await writeDiffFiles(report(['dev-01']), out);
    expect(readFileSync(path.join(elsewhere, 'victim'), 'utf8')).toBe('untouched\n');
    expect(readFileSync(path.join(out, 'diff.json'), 'utf8')).toContain('"patchFiles"');

    rmSync(path.join(out, 'clusters'), { recursive: true });
    symlinkSync(elsewhere, path.join(out, 'clusters'));
    await expect(writeDiffFiles(report(['dev-01']), out)).rejects.toThrow(
      /clusters is a symlink out of .*: refusing to write clusters\/dev-01\.diff through it/,
    );
    expect(readdirSync(elsewhere)).toEqual(['victim']);
  });
});

describe('config file paths', () => {
  function repoWithOutside() {
    const parent = temp();
    const repo = path.join(parent, 'repo');
    mkdirSync(path.join(repo, '.github'), { recursive: true });
    writeFileSync(path.join(parent, 'outside.yaml'), 'SECRET-OUTSIDE: 1\n');
    writeFileSync(path.join(repo, 'inside.yaml'), 'clusterLabel: region\n');
    symlinkSync(path.join(parent, 'outside.yaml'), path.join(repo, 'link-to-outside.yaml'));
    symlinkSync('inside.yaml', path.join(repo, 'link-inside.yaml'));
    return { parent, repo };
  }

  it('resolves paths inside the repository to a repo-relative path', () => {
    const { repo } = repoWithOutside();
    expect(pathInRepo(repo, 'inside.yaml')).toEqual({
      kind: 'inside',
      rel: 'inside.yaml',
      abs: path.join(repo, 'inside.yaml'),
    });
    expect(configInRepo(repo, './.github/../inside.yaml')).toBe('inside.yaml');
    expect(configInRepo(repo, path.join(repo, 'inside.yaml'))).toBe('inside.yaml');
    expect(configInRepo(repo, 'link-inside.yaml')).toBe('link-inside.yaml');
    expect(configInRepo(repo, 'not/there.yaml')).toBe('not/there.yaml');
    expect(loadConfig(repo, 'link-inside.yaml').clusterLabel).toBe('region');
  });

  it('refuses .., an absolute path elsewhere and a symlink out, without reading the file', () => {
    const { parent, repo } = repoWithOutside();
    for (const given of [
      '../outside.yaml',
      path.join(parent, 'outside.yaml'),
      '/etc/passwd',
      'link-to-outside.yaml',
      '.',
      '..',
    ]) {
      expect(pathInRepo(repo, given), given).toEqual({ kind: 'outside' });
      const load = () => loadConfig(repo, given);
      expect(load).toThrow(ConfigurationError);
      expect(load).toThrow(`config file ${given} must be inside the repository`);
      try {
        load();
      } catch (e) {
        expect(String((e as Error).message)).not.toContain('SECRET-OUTSIDE');
      }
    }
  });

  it('refuses the default config file when it is a symlink out of the repository', () => {
    const { parent, repo } = repoWithOutside();
    symlinkSync(path.join(parent, 'outside.yaml'), path.join(repo, '.github/gitops-promotion.yaml'));
    expect(() => loadConfig(repo)).toThrow(
      'config file .github/gitops-promotion.yaml must be inside the repository',
    );
  });
});

describe('workspacePath (the actions’ path input)', () => {
  it('accepts the workspace and directories in it', () => {
    const ws = temp();
    mkdirSync(path.join(ws, 'repo'));
    expect(workspacePath(ws, '')).toBe(ws);
    expect(workspacePath(ws, '.')).toBe(ws);
    expect(workspacePath(ws, 'repo')).toBe(path.join(ws, 'repo'));
    expect(workspacePath(ws, path.join(ws, 'repo'))).toBe(path.join(ws, 'repo'));
  });

  it('refuses .., an absolute path elsewhere and a symlink out', () => {
    const parent = temp();
    const ws = path.join(parent, 'ws');
    mkdirSync(ws);
    mkdirSync(path.join(parent, 'other'));
    symlinkSync(path.join(parent, 'other'), path.join(ws, 'link-out'));
    for (const input of ['../..', '..', '/etc', path.join(parent, 'other'), 'link-out', 'link-out/sub']) {
      expect(() => workspacePath(ws, input), input).toThrow(ConfigurationError);
      expect(() => workspacePath(ws, input)).toThrow(`input path ${input} must be inside GITHUB_WORKSPACE`);
    }
    expect(existsSync(path.join(parent, 'other'))).toBe(true);
  });
});
