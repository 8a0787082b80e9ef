/**
 * The render cache's directory and its in-run layer: an entry that is not exactly what this cache wrote
 * for the key is never used (re-rendered, then rewritten); failures and volatile renders are never kept;
 * templateMany sends only its misses, together and in order; the directory is bounded. Real helm.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import type { Helm } from '../../src/helm/helm.js';
import { CachingHelm, createCachingHelm } from '../../src/helm/render-cache.js';
import { RENDER_CACHE_FORMAT } from '../../src/helm/render-key.js';
import { RenderStore, renderCacheDir } from '../../src/helm/render-store.js';
import type { HelmPort, TemplateRequest, TemplateResult } from '../../src/ports/helm.js';
import { readManifests } from '../../src/gitops/manifests.js';
import { READING_SOURCES } from '../../src/gitops/reading-sources.js';
import { testHelm } from '../helpers/helm.js';
import { RecordingLogger } from '../helpers/logger.js';
import { probeChart, type ProbeChart } from '../helpers/render-cache-chart.js';

let p: ProbeChart;
beforeEach(() => {
  p = probeChart();
});
afterEach(() => p.cleanup());

function run(store = new RenderStore(p.cacheDir)) {
  const inner = testHelm();
  const logger = new RecordingLogger();
  return { inner, logger, helm: new CachingHelm(inner, { store, logger }) };
}

const templates = (h: Helm) => h.invocations.filter((a) => a[0] === 'template').length;

/** Every entry file of the cache directory. */
function entries(): string[] {
  const root = path.join(p.cacheDir, `helm-renders-v${RENDER_CACHE_FORMAT}`);
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((shard) =>
    readdirSync(path.join(root, shard)).map((f) => path.join(root, shard, f)),
  );
}

/** The one entry a first run writes for the probe's request. */
async function warm(): Promise<{ file: string; stdout: string }> {
  const first = await run().helm.template(p.request);
  expect(first.ok).toBe(true);
  const files = entries();
  expect(files).toHaveLength(1);
  return { file: files[0]!, stdout: first.stdout };
}

describe('an entry that is not what this cache wrote for the key', () => {
  const BREAKS: [string, (file: string, stdout: string) => void][] = [
    ['corrupted (not JSON)', (f) => writeFileSync(f, '\u0000\u0001garbage')],
    ['truncated', (f) => writeFileSync(f, readFileSync(f, 'utf8').slice(0, 100))],
    ['empty', (f) => writeFileSync(f, '')],
    [
      'recording another key',
      (f) => {
        const e = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        writeFileSync(f, JSON.stringify({ ...e, key: 'f'.repeat(64) }));
      },
    ],
    [
      'holding another output than its digest (hand-edited, still JSON)',
      (f, stdout) => {
        const e = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        writeFileSync(f, JSON.stringify({ ...e, stdout: stdout.replace('hi', 'pwned') }));
      },
    ],
    [
      'holding other objects than its digest (its JSON form hand-edited)',
      (f) => {
        const e = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        expect(e.reading).toContain('busybox');
        writeFileSync(
          f,
          JSON.stringify({ ...e, reading: (e.reading as string).replace('busybox', 'pwned') }),
        );
      },
    ],
    [
      'of another format',
      (f) => {
        const e = JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
        writeFileSync(f, JSON.stringify({ ...e, format: 0 }));
      },
    ],
    [
      'a symlink (to the very entry it replaced)',
      (f) => {
        renameSync(f, `${p.root}/elsewhere.json`);
        symlinkSync(`${p.root}/elsewhere.json`, f);
      },
    ],
    [
      'in a shard directory that is a symlink',
      (f) => {
        const shard = path.dirname(f);
        renameSync(shard, `${p.root}/shard`);
        symlinkSync(`${p.root}/shard`, shard);
      },
    ],
    [
      'a directory',
      (f) => {
        rmSync(f);
        mkdirSync(f);
      },
    ],
    [
      'a FIFO (opening it to read would wait for a writer)',
      (f) => {
        rmSync(f);
        execFileSync('mkfifo', [f]);
      },
    ],
  ];

  it.each(BREAKS)('%s: ignored, re-rendered with helm, and written again', async (_, edit) => {
    const { file, stdout } = await warm();
    edit(file, stdout);
    const second = run();
    const got = await second.helm.template(p.request);
    expect(templates(second.inner)).toBe(1);
    expect(second.helm.stats).toMatchObject({ hits: 0, misses: 1, rejected: 1 });
    expect(got.stdout).toBe(stdout);
    expect(second.logger.lines.some((l) => l.message.startsWith('render cache: entry ignored:'))).toBe(true);
    // The rewritten entry (a regular file again, unless its directory is a link) serves the next run.
    const third = run();
    const again = await third.helm.template(p.request);
    expect(again.stdout).toBe(stdout);
    const shardIsLink = lstatSync(path.dirname(file)).isSymbolicLink();
    expect(templates(third.inner)).toBe(shardIsLink ? 1 : 0);
  });
});

describe("the render's objects, kept beside its output", () => {
  it('served read, equal to reading the output; a number JSON cannot hold: kept without them, read from YAML', async () => {
    await warm();
    const served = await run().helm.template(p.request);
    expect(served.read).toEqual(readManifests(served.stdout));
    expect(Object.isFrozen(served.read!.manifests[0]!.object)).toBe(true);
    // `-0.0` reads as -0, which JSON gives back as 0 (helm itself refuses `.nan` and `.inf`).
    p.write(
      'chart/templates/numbers.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: n}\nzero: -0.0\n',
    );
    const writer = run();
    const first = await writer.helm.template(p.request);
    expect(first.ok).toBe(true);
    const kept = entries().map(
      (f) => JSON.parse(readFileSync(f, 'utf8')) as { stdout: string; reading: unknown },
    );
    expect(kept.find((e) => e.stdout === first.stdout)?.reading).toBeNull();
    const again = run();
    const fromYaml = await again.helm.template(p.request);
    expect(again.helm.stats).toMatchObject({ hits: 1, misses: 0 });
    expect(fromYaml.read).toBeUndefined();
    const numbers = readManifests(fromYaml.stdout).manifests.find((m) => m.object.zero !== undefined);
    expect(Object.is(numbers?.object.zero, -0)).toBe(true);
  });
});

describe('objects another build read', () => {
  it('are not used: the entry serves its output, read again here', async () => {
    const { file, stdout } = await warm();
    const key = path.basename(file, '.json');
    const forged = JSON.stringify({
      manifests: [{ source: null, object: { kind: 'Forged' } }],
      problems: [],
    });
    const store = new RenderStore(p.cacheDir);
    expect(
      await store.write(key, { stdout, stderr: [], reading: forged, readBy: 'another build' }),
    ).toBeNull();
    const r = run();
    const served = await r.helm.template(p.request);
    expect(r.helm.stats).toMatchObject({ hits: 1, misses: 0 });
    expect(served.read).toBeUndefined();
    expect(served.stdout).toBe(stdout);
    // The same entry written by this build is served with its objects.
    await store.write(key, { stdout, stderr: [], reading: forged, readBy: READING_SOURCES });
    expect((await run().helm.template(p.request)).read?.manifests[0]?.object.kind).toBe('Forged');
  });
});

describe('never kept', () => {
  it('a failed render: each run runs helm, and no entry is written', async () => {
    p.write('chart/templates/fail.yaml', '{{ fail "no" }}\n');
    for (let i = 0; i < 2; i++) {
      const r = run();
      const got = await r.helm.template(p.request);
      expect(got.ok).toBe(false);
      expect(got.stderr).toContain('no');
      expect(templates(r.inner)).toBe(1);
      expect(r.helm.stats).toMatchObject({ misses: 1, failed: 1, stored: 0 });
    }
    expect(entries()).toEqual([]);
  });

  it('a failed render is not reused within the run either (the next identical request runs helm)', async () => {
    p.write('chart/templates/fail.yaml', '{{ fail "no" }}\n');
    const r = run();
    await r.helm.template(p.request);
    await r.helm.template(p.request);
    expect(templates(r.inner)).toBe(2);
  });

  it.each([
    [
      'a template',
      (p: ProbeChart) => p.write('chart/templates/pw.yaml', 'x: {{ randAlphaNum 8 | quote }}\n'),
    ],
    [
      'a helpers file',
      (p: ProbeChart) => p.write('chart/templates/_t.tpl', '{{ define "t" }}{{ now }}{{ end }}\n'),
    ],
    [
      'has uuidv4 in its inline values (for tpl)',
      (p: ProbeChart) => void (p.request.inlineValues = 'x: "{{ uuidv4 }}"\n'),
    ],
  ])('a render that %s: helm runs every time', async (_, edit) => {
    edit(p);
    for (let i = 0; i < 2; i++) {
      const r = run();
      expect((await r.helm.template(p.request)).ok).toBe(true);
      await r.helm.template(p.request);
      expect(templates(r.inner)).toBe(2);
      expect(r.helm.stats.uncacheable).toBe(2);
      expect(r.helm.stats.reasons[0]).toMatch(/calls (randAlphaNum|now|uuidv4), whose result changes/);
    }
    expect(entries()).toEqual([]);
  });

  it('a chart with a symlink loop: rendered (as helm does), not hashed', async () => {
    symlinkSync('..', path.join(p.chart, 'templates/loop'));
    const r = run();
    await r.helm.template(p.request);
    expect(templates(r.inner)).toBe(1);
    expect(r.helm.stats.reasons[0]).toContain('symlink loop');
    expect(entries()).toEqual([]);
  });
});

describe('within one run', () => {
  it('an identical request is rendered once, also when asked at the same time, also without a directory', async () => {
    const inner = testHelm();
    const helm = new CachingHelm(inner, { store: null, logger: new RecordingLogger() });
    const results = await Promise.all([helm.template(p.request), helm.template(p.request)]);
    await helm.template(p.request);
    expect(templates(inner)).toBe(1);
    expect(results[0]!.stdout).toBe(results[1]!.stdout);
    expect(helm.stats).toMatchObject({ asked: 3, misses: 1, repeated: 2 });
    expect(helm.renders).toHaveLength(3);
    expect(existsSync(p.cacheDir)).toBe(false);
  });

  it('the same content in another directory is the same render, its messages naming that directory', async () => {
    const copy = probeChart();
    try {
      const helm = run().helm;
      const a = await helm.template(p.request);
      const req = {
        ...copy.request,
        valueFiles: [path.join(copy.root, 'values-a.yaml')],
        fileParameters: [{ name: 'fromFile', path: path.join(copy.root, 'set-file.txt') }],
      };
      const b = await helm.template(req);
      expect(helm.stats).toMatchObject({ misses: 1, repeated: 1 });
      expect(b.stdout).toBe(a.stdout);
      // Helm notes the symlink it followed, naming the chart directory: the served copy names its own.
      expect(a.stderr).toContain(p.chart);
      expect(b.stderr).toContain(copy.chart);
      expect(b.stderr).not.toContain(p.chart);
      expect(b.stderr).toBe((await testHelm().template(req)).stderr);
    } finally {
      copy.cleanup();
    }
  });

  it('a dependency build forgets the hashes taken: the chart it wrote into is hashed again', async () => {
    const r = run();
    await r.helm.template(p.request);
    p.write('chart/templates/cm2.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: cm2 }\n');
    expect((await r.helm.dependencyBuild(p.chart)).ok).toBe(true);
    const got = await r.helm.template(p.request);
    expect(templates(r.inner)).toBe(2);
    expect(got.stdout).toContain('name: cm2');
  });
});

describe('templateMany', () => {
  /** An inner port that records the batches it is asked for. */
  function recording(inner: HelmPort) {
    const batches: string[][] = [];
    const port: HelmPort = {
      invocations: inner.invocations,
      renders: inner.renders,
      version: () => inner.version(),
      template: (req) => inner.template(req),
      templateMany: (reqs, c) => {
        batches.push(reqs.map((r) => r.releaseName));
        return inner.templateMany(reqs, c);
      },
      dependencyBuild: (d, r) => inner.dependencyBuild(d, r),
    };
    return { port, batches };
  }

  it('sends only the misses, in one call and in order, and answers in the order asked', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'];
    const reqs: TemplateRequest[] = names.map((releaseName) => ({ ...p.request, releaseName }));
    await run().helm.templateMany([reqs[1]!, reqs[3]!], 2);
    const { port, batches } = recording(testHelm());
    const helm = new CachingHelm(port, { store: new RenderStore(p.cacheDir), logger: new RecordingLogger() });
    const asked = [...reqs, reqs[0]!];
    const got: TemplateResult[] = await helm.templateMany(asked, 3);
    expect(batches).toEqual([['a', 'c', 'e']]);
    expect(helm.stats).toMatchObject({ asked: 6, hits: 2, misses: 3, repeated: 1 });
    const expected = await testHelm().templateMany(asked, 3);
    expect(got.map((r) => r.stdout)).toEqual(expected.map((r) => r.stdout));
    expect(got.map((r) => r.stdout.match(/release: "(\w)"/)?.[1])).toEqual([...names, 'a']);
  });

  it('a batch that throws throws for every waiting twin too, and keeps nothing', async () => {
    const failing: HelmPort = {
      invocations: [],
      renders: [],
      version: () => testHelm().version(),
      template: () => Promise.reject(new Error('boom')),
      templateMany: () => Promise.reject(new Error('boom')),
      dependencyBuild: () => Promise.resolve({ ok: true, stderr: '' }),
    };
    const helm = new CachingHelm(failing, {
      store: new RenderStore(p.cacheDir),
      logger: new RecordingLogger(),
    });
    await expect(Promise.all([helm.templateMany([p.request], 1), helm.template(p.request)])).rejects.toThrow(
      'boom',
    );
    expect(entries()).toEqual([]);
  });
});

describe('the directory', () => {
  it('is bounded: beyond maxBytes the least recently used entries are pruned, a hit counting as a use', async () => {
    const reqs = ['a', 'b', 'c'].map((releaseName) => ({ ...p.request, releaseName }));
    await run().helm.templateMany(reqs, 1);
    const files = entries();
    expect(files).toHaveLength(3);
    const size = statSync(files[0]!).size;
    // Oldest first: a, then b, then c (mtimes set apart); then a is used again.
    // Read before any is pruned (which entry is where depends on the keys).
    const named = new Map(
      ['a', 'b', 'c'].map((n) => [
        n,
        files.find((f) => readFileSync(f, 'utf8').includes(`release: \\"${n}\\"`))!,
      ]),
    );
    const byName = (n: string) => named.get(n)!;
    ['a', 'b', 'c'].forEach((n, i) => utimesSync(byName(n), 1000 + i, 1000 + i));
    const r = run(new RenderStore(p.cacheDir, size * 2 + 10));
    await r.helm.template(reqs[0]!);
    expect(templates(r.inner)).toBe(0);
    // A run that keeps an entry prunes (one that only read does not: nothing grew).
    await r.helm.template({ ...p.request, releaseName: 'd' });
    const writtenTemp = path.join(path.dirname(files[0]!), `.${'0'.repeat(64)}.1.ab.tmp`);
    writeFileSync(writtenTemp, 'unfinished');
    utimesSync(writtenTemp, 1000, 1000);
    symlinkSync('/etc/passwd', path.join(path.dirname(files[0]!), 'junk'));
    const stats = await r.helm.finish();
    expect(stats.hits).toBe(1);
    const left = entries();
    // The two most recently used (d, just kept, and a, just read) stay; b, c, the old temp file, the link go.
    expect(left).toHaveLength(2);
    expect(left).toContain(byName('a'));
    expect(
      readFileSync(
        left.find((f) => f !== byName('a'))!,
        'utf8',
      ),
    ).toContain('release: \\"d\\"');
    expect(r.logger.lines.at(-1)).toEqual({
      level: 'info',
      message: expect.stringMatching(
        /^render cache \(.*\): 1 hit, 1 miss \(1 stored\); 2 entries kept \(\d+ KiB\), 4 pruned$/,
      ),
    });
    // A run that only reads leaves the directory as it is.
    const reader = run(new RenderStore(p.cacheDir, 0));
    await reader.helm.template(reqs[0]!);
    await reader.helm.finish();
    expect(entries().sort()).toEqual(left.sort());
  });

  it('never writes nor prunes through a link: a symlinked store root or shard is refused, then unlinked, what it leads to untouched', async () => {
    const victim = path.join(p.root, 'victim');
    mkdirSync(path.join(victim, 'ab'), { recursive: true });
    const precious = path.join(victim, 'ab', `ab${'0'.repeat(62)}.json`);
    writeFileSync(precious, 'not an entry of ours\n');
    mkdirSync(p.cacheDir);
    const root = path.join(p.cacheDir, `helm-renders-v${RENDER_CACHE_FORMAT}`);
    symlinkSync(victim, root);
    const first = run();
    expect((await first.helm.template(p.request)).ok).toBe(true);
    expect(first.helm.stats.stored).toBe(0);
    expect(first.logger.lines.some((l) => l.message.includes('is a symlink'))).toBe(true);
    await first.helm.finish();
    expect(lstatSync(root, { throwIfNoEntry: false })).toBeUndefined();
    expect(readdirSync(path.join(victim, 'ab'))).toEqual([path.basename(precious)]);
    // A real root now; a shard that is a link to the victim's directory is refused and unlinked the same way.
    mkdirSync(root);
    const { file } = await warm();
    const shard = path.dirname(file);
    rmSync(shard, { recursive: true });
    symlinkSync(path.join(victim, 'ab'), shard);
    const second = run(new RenderStore(p.cacheDir, 0));
    await second.helm.template(p.request);
    expect(second.helm.stats.stored).toBe(0);
    await second.helm.finish();
    expect(existsSync(shard)).toBe(false);
    expect(readFileSync(precious, 'utf8')).toBe('not an entry of ours\n');
  });

  it('removes the entries of an older format a restored cache still holds, by the same rules, and nothing else', async () => {
    const old = path.join(p.cacheDir, 'helm-renders-v0');
    const entry = path.join(old, 'cd', `cd${'1'.repeat(62)}.json`);
    mkdirSync(path.dirname(entry), { recursive: true });
    writeFileSync(entry, '{}');
    const foreign = path.join(old, 'notes.txt');
    writeFileSync(foreign, 'kept\n');
    const victim = path.join(p.root, 'victim-old');
    mkdirSync(victim);
    const precious = path.join(victim, `ef${'2'.repeat(62)}.json`);
    writeFileSync(precious, 'not ours\n');
    symlinkSync(victim, path.join(old, 'ef'));
    const linkedOld = path.join(p.cacheDir, 'helm-renders-v7');
    symlinkSync(victim, linkedOld);
    await warm();
    const { helm } = run();
    // A run that keeps something prunes.
    await helm.template({ ...p.request, releaseName: 'another' });
    await helm.finish();
    expect(existsSync(entry)).toBe(false);
    expect(existsSync(path.dirname(entry))).toBe(false);
    expect(readdirSync(old)).toEqual(['notes.txt']);
    expect(lstatSync(linkedOld, { throwIfNoEntry: false })).toBeUndefined();
    expect(readFileSync(precious, 'utf8')).toBe('not ours\n');
    // This format's entries stay.
    expect(readdirSync(path.join(p.cacheDir, `helm-renders-v${RENDER_CACHE_FORMAT}`)).length).toBeGreaterThan(
      0,
    );
  });

  it('must be outside the repository', () => {
    expect(() => renderCacheDir(path.join(p.root, 'cache'), p.root)).toThrow(ConfigurationError);
    expect(() => renderCacheDir(p.root, path.join(p.root, 'chart'))).toThrow(ConfigurationError);
    expect(() => renderCacheDir(p.root, p.root)).toThrow(/must be outside the repository/);
    expect(() => renderCacheDir(path.join(p.root, 'values-a.yaml'), p.chart)).toThrow(/is not a directory/);
    expect(renderCacheDir(p.cacheDir, p.chart)).toBe(p.cacheDir);
    expect(() =>
      createCachingHelm(testHelm(), {
        cacheDir: path.join(p.chart, 'c'),
        repoDir: p.chart,
        logger: new RecordingLogger(),
      }),
    ).toThrow(ConfigurationError);
  });
});
