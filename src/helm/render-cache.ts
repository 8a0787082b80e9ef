import { realpath } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import type { DependencyRepository, HelmPort, TemplateRequest, TemplateResult } from '../ports/helm.js';
import { mapLimit } from '../util/concurrency.js';
import { fileDigest, treeDigest, type ContentDigest, type TreeDigest } from './content-digest.js';
import { HELM_ENV } from './helm.js';
import { renderKey, type KeyContext, type RenderKey } from './render-key.js';
import { renderCacheDir, RenderStore, type CachedRender, type EntryRead } from './render-store.js';
import { namesPlace, renderPlaces, withoutPlaces, withPlaces } from './render-places.js';
import { cacheSummary, type RenderCacheStats } from './render-cache-stats.js';
import { readManifests, type ReadManifests } from '../gitops/manifests.js';
import { readingFromJson, readingJson } from '../gitops/manifests-json.js';
import { READING_SOURCES } from '../gitops/reading-sources.js';

export type { RenderCacheStats } from './render-cache-stats.js';

export interface RenderCacheOptions {
  /** The cache directory (`--cache-dir`, input `cache-dir`), or null: this run's renders only. */
  store: RenderStore | null;
  logger: Logger;
  /** The environment helm is given: the variables of it helm sees (TZ, the locale) are in every key. */
  env?: NodeJS.ProcessEnv;
}

/** What one request shares with the identical requests of the run: its render, or the failure helm gave. */
type Shared =
  | { kind: 'render'; render: CachedRender }
  | { kind: 'failed'; result: TemplateResult }
  | { kind: 'thrown'; error: unknown };

/** `places`: the request's paths helm may name (render-places.ts), taken with its key. */
type Plan =
  | { kind: 'served'; shared: Promise<Shared>; places: string[] }
  | { kind: 'render'; key: null }
  | { kind: 'render'; key: string; settle: (s: Shared) => void; places: string[] };

/**
 * A HelmPort that renders nothing twice: each request's key (render-key.ts: the content of every
 * file helm reads, the arguments, the helm version) is looked up in this run's renders, then in the
 * cache directory; only the misses go to the inner port (together, in order, so that it can batch
 * them), and only successful renders are kept. A render that is not a function of its key (it calls
 * a volatile template function, or its output names a path of this run) is never kept.
 *
 * One instance serves one run: the chart directories are hashed once (a tree exported from git does
 * not change during a run; a working tree edited during a run is not seen by that run, as it would
 * not be by helm halfway through), and a dependency build forgets every hash. A later run builds a
 * new instance and hashes again, so nothing it reads can be stale.
 */
export class CachingHelm implements HelmPort {
  readonly stats: RenderCacheStats = {
    asked: 0,
    hits: 0,
    repeated: 0,
    misses: 0,
    failed: 0,
    uncacheable: 0,
    stored: 0,
    rejected: 0,
    reasons: [],
  };
  private helmVersion: Promise<string | null> | null = null;
  /** A write to the cache directory was refused in this run (finish prunes then). */
  private refusedWrite = false;
  private trees = new Map<string, Promise<TreeDigest & { real: string | null }>>();
  private files = new Map<string, Promise<ContentDigest>>();
  private readonly shared = new Map<string, Promise<Shared>>();
  private readonly builds = new Set<Promise<unknown>>();
  private readonly environment: Record<string, string | null>;

  constructor(
    readonly inner: HelmPort,
    private readonly options: RenderCacheOptions,
  ) {
    const env = options.env ?? process.env;
    this.environment = Object.fromEntries(
      HELM_ENV.filter((v) => v !== 'PATH').map((v) => [v, env[v] ?? null]),
    );
    // Asked now, while the trees are read, not before the first render.
    if (options.store) void this.version$();
  }

  /** What the inner port ran: a render served here ran nothing. */
  get invocations(): string[][] {
    return this.inner.invocations;
  }

  /** Every render asked, served here or not (reports count these, the same with a cache or without). */
  readonly renders: TemplateRequest[] = [];

  get store(): RenderStore | null {
    return this.options.store;
  }

  version(): Promise<string> {
    return this.inner.version();
  }

  /**
   * A build writes into the chart (charts/*.tgz, a lock file): every hash taken before it is
   * forgotten, and none is taken while it runs (a tree may hold the chart: one at the repository root).
   */
  async dependencyBuild(chartDir: string, repositories?: readonly DependencyRepository[]) {
    const build = this.inner.dependencyBuild(chartDir, repositories);
    this.builds.add(build);
    this.forgetHashes();
    try {
      return await build;
    } finally {
      this.builds.delete(build);
      this.forgetHashes();
    }
  }

  template(req: TemplateRequest): Promise<TemplateResult> {
    return this.renderAll([req], async ([r]) => [await this.inner.template(r!)]).then((x) => x[0]!);
  }

  /** The misses go to the inner port together, in order; `onResult` hears of each result once. */
  templateMany(
    reqs: readonly TemplateRequest[],
    concurrency: number,
    onResult?: (index: number, result: TemplateResult) => void,
  ): Promise<TemplateResult[]> {
    return this.renderAll(
      reqs,
      (misses, indexes) =>
        this.inner.templateMany(
          misses,
          concurrency,
          onResult && ((i, result) => onResult(indexes[i]!, result)),
        ),
      onResult,
    );
  }

  /**
   * Prunes the cache directory to its bound and logs what the cache did in this run. A run that
   * only read entries that were whole leaves it as it is: only a write grows it, and only something
   * found wrong (an entry ignored, a write refused: a link, a stray file) needs tidying.
   */
  async finish(): Promise<RenderCacheStats> {
    const store = this.options.store;
    const tidy = store !== null && (this.stats.stored > 0 || this.stats.rejected > 0 || this.refusedWrite);
    const pruned = tidy ? await store.prune().catch((e: Error) => e.message) : null;
    const line = cacheSummary(this.stats, store?.dir ?? null, pruned);
    if (store) this.options.logger.info(line);
    else this.options.logger.debug(line);
    return this.stats;
  }

  /** `render` gets the misses and their indexes in `reqs`; `onServed` hears of each result served here. */
  private async renderAll(
    reqs: readonly TemplateRequest[],
    render: (misses: TemplateRequest[], indexes: number[]) => Promise<TemplateResult[]>,
    onServed?: (index: number, result: TemplateResult) => void,
  ): Promise<TemplateResult[]> {
    this.stats.asked += reqs.length;
    this.renders.push(...reqs);
    const plans = await mapLimit(reqs, 16, (req) => this.plan(req));
    const indexes = reqs.flatMap((_, i) => (plans[i]!.kind === 'render' ? [i] : []));
    const misses = indexes.map((i) => reqs[i]!);
    let rendered: TemplateResult[];
    try {
      rendered = misses.length > 0 ? await render(misses, indexes) : [];
    } catch (e) {
      for (const p of plans)
        if (p.kind === 'render' && p.key !== null) {
          p.settle({ kind: 'thrown', error: e });
          this.shared.delete(p.key);
        }
      throw e;
    }
    let next = 0;
    return Promise.all(
      plans.map(async (p, i) => {
        if (p.kind === 'served') {
          const result = served(await p.shared, p.places);
          onServed?.(i, result);
          return result;
        }
        const result = rendered[next++]!;
        if (p.key !== null) await this.keep(p, result);
        return result;
      }),
    );
  }

  /** Served from this run or the cache directory, or to render (with the key to keep it under). */
  private async plan(req: TemplateRequest): Promise<Plan> {
    const key = await this.keyOf(req);
    const places = key.kind === 'key' ? await this.places(req) : null;
    if (key.kind === 'uncacheable' || !places) {
      const reason = key.kind === 'uncacheable' ? key.reason : `${req.chartDir} has no real path`;
      this.stats.uncacheable++;
      if (this.stats.reasons.length < 5 && !this.stats.reasons.includes(reason))
        this.stats.reasons.push(reason);
      return { kind: 'render', key: null };
    }
    const known = this.shared.get(key.key);
    if (known) {
      this.stats.repeated++;
      return { kind: 'served', shared: known, places };
    }
    // Claimed before the cache directory is read: an identical request meanwhile waits for this one.
    let settle!: (s: Shared) => void;
    this.shared.set(key.key, new Promise<Shared>((resolve) => (settle = resolve)));
    const read = await this.read(key.key, places);
    if (read.kind === 'hit') {
      this.stats.hits++;
      settle({ kind: 'render', render: read.render });
      return { kind: 'served', shared: this.shared.get(key.key)!, places };
    }
    if (read.kind === 'rejected') {
      this.stats.rejected++;
      this.options.logger.debug(`render cache: entry ignored: ${read.reason}`);
    }
    this.stats.misses++;
    return { kind: 'render', key: key.key, settle, places };
  }

  /** The cache directory's entry for the key, if its messages can be given this request's paths. */
  private async read(key: string, places: readonly string[]): Promise<EntryRead> {
    const read = this.options.store ? await this.options.store.read(key) : ({ kind: 'miss' } as const);
    if (read.kind !== 'hit' || withPlaces(read.render.stderr, places) !== null) return read;
    return { kind: 'rejected', reason: `the entry of ${key} names a path this render does not have` };
  }

  /**
   * A successful render kept (in this run, and in the cache directory), unless its output names a
   * path of this run, which a render elsewhere would not; a failure is only shared with its twins.
   */
  private async keep(
    { key, settle, places }: { key: string; settle: (s: Shared) => void; places: string[] },
    result: TemplateResult,
  ) {
    const store = this.options.store;
    const render =
      result.ok && !namesPlace(result.stdout, places)
        ? {
            stdout: result.stdout,
            stderr: withoutPlaces(result.stderr, places),
            // Only an entry kept for a later run needs its objects as JSON (this run reads them once).
            ...readingFor(store ? result.stdout : null),
          }
        : null;
    if (!render) {
      if (!result.ok) this.stats.failed++;
      settle({ kind: 'failed', result });
      this.shared.delete(key);
      return;
    }
    settle({ kind: 'render', render });
    if (!store) return;
    const refused = await store.write(key, render);
    if (!refused) {
      this.stats.stored++;
      return;
    }
    this.options.logger.debug(`render cache: not stored: ${refused}`);
    this.refusedWrite = true;
  }

  private async places(req: TemplateRequest): Promise<string[] | null> {
    const tree = await this.tree(req.chartDir);
    return tree.real ? renderPlaces(req, tree.real, tree.links) : null;
  }

  private async keyOf(req: TemplateRequest): Promise<RenderKey> {
    // Within one run helm is one binary: only keys that outlive the run (a store) name its version.
    const version = this.options.store ? await this.version$() : 'this run';
    if (version === null) return { kind: 'uncacheable', reason: 'the helm version is unknown' };
    const ctx: KeyContext = {
      helmVersion: version,
      environment: this.environment,
      tree: async (dir) => (await this.tree(dir)).digest,
      file: async (file) => {
        while (this.builds.size > 0) await Promise.allSettled([...this.builds]);
        return memo(this.files, file, () => fileDigest(file).catch(refusedBy(file)));
      },
    };
    return renderKey(req, ctx);
  }

  private version$(): Promise<string | null> {
    this.helmVersion ??= this.inner.version().then(
      (v) => v.trim() || null,
      () => null,
    );
    return this.helmVersion;
  }

  private forgetHashes(): void {
    this.trees.clear();
    this.files.clear();
  }

  private async tree(dir: string): Promise<TreeDigest & { real: string | null }> {
    while (this.builds.size > 0) await Promise.allSettled([...this.builds]);
    return memo(this.trees, dir, async () => {
      const tree = await treeDigest(dir).catch((e: Error) => ({
        digest: refusedBy(dir)(e),
        whole: e.message,
        links: [],
      }));
      if (tree.whole !== null && tree.digest.kind === 'digest')
        this.options.logger.debug(`render cache: ${dir} is keyed by its whole tree: ${tree.whole}`);
      return { ...tree, real: await realpath(dir).catch(() => null) };
    });
  }
}

/** A render served without helm for a request with these places: its messages name the request's paths. */
function served(shared: Shared, places: readonly string[]): TemplateResult {
  if (shared.kind === 'thrown') throw shared.error;
  if (shared.kind === 'failed') return { ...shared.result, args: [...shared.result.args] };
  const stderr = withPlaces(shared.render.stderr, places);
  // Equal keys have as many places; an entry read from the directory was checked against them.
  if (stderr === null) throw new Error('bug: a render is served with fewer places than it names');
  // No helm process ran for it: no argument array.
  const read = readingOf(shared.render);
  return { ok: true, stdout: shared.render.stdout, stderr, args: [], ...(read ? { read } : {}) };
}

/** An output's objects as JSON, and the code that read them; none without an output to keep. */
function readingFor(stdout: string | null): Pick<CachedRender, 'reading' | 'readBy'> {
  const reading = stdout === null ? null : readingJson(readManifests(stdout));
  return { reading, readBy: reading === null ? null : READING_SOURCES };
}

const readings = new WeakMap<CachedRender, ReadManifests | null>();

/** The objects an entry keeps as JSON, read once per entry (null: its output is read as YAML). */
function readingOf(render: CachedRender): ReadManifests | null {
  if (render.reading === null) return null;
  let read = readings.get(render);
  if (read === undefined) readings.set(render, (read = readingFromJson(render.reading)));
  return read;
}

function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) map.set(key, (p = make()));
  return p;
}

function refusedBy(what: string) {
  return (e: Error): ContentDigest => ({ kind: 'refused', reason: `${what}: ${e.message}` });
}

/**
 * The helm of a command that renders: `inner` behind this run's render cache, kept in `cacheDir`
 * when one is given (trusted configuration: a flag or an action input, never a path from the
 * repository). Refused inside the repository: its entries would become files a chart at the root reads.
 */
export function createCachingHelm(
  inner: HelmPort,
  options: { cacheDir: string | null; repoDir: string; logger: Logger; env?: NodeJS.ProcessEnv },
): CachingHelm {
  const store = options.cacheDir ? new RenderStore(renderCacheDir(options.cacheDir, options.repoDir)) : null;
  return new CachingHelm(inner, {
    store,
    logger: options.logger,
    ...(options.env ? { env: options.env } : {}),
  });
}
