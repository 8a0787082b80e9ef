import path from 'node:path';
import type { TemplateRequest } from '../ports/helm.js';
import { canonicalJson } from '../util/canonical-json.js';
import { sha256, type ContentDigest } from './content-digest.js';
import { templateArgs } from './template-args.js';
import { volatileCall } from './volatile-calls.js';

/**
 * Bumped whenever what a key covers or what an entry holds changes: entries written under another
 * format live in another directory and are never read.
 */
export const RENDER_CACHE_FORMAT = 3;

/** What a key is made of besides the request: the helm that renders, and how the files are read. */
export interface KeyContext {
  /** `helm version --short` of the helm that renders (its build's commit included). */
  helmVersion: string;
  /** The variables of ours helm is given that can change its output (TZ for `date`, the locale). */
  environment: Readonly<Record<string, string | null>>;
  tree(dir: string): Promise<ContentDigest>;
  file(file: string): Promise<ContentDigest>;
}

export type RenderKey = { kind: 'key'; key: string } | { kind: 'uncacheable'; reason: string };

/**
 * The cache key of a render: the SHA-256 of everything helm's output depends on. The argument list
 * the adapter gives helm (helm.ts templateArgs, so that any change to how it is built changes every
 * key) with each absolute path replaced by the digest of what is there (the chart directory's tree,
 * content-digest.ts treeDigest: its whole tree or, where that is proven enough, its meaningful files
 * and the names of the others; each values and `--set-file` file, wherever it is) and the inline
 * values by the digest of their text; the request itself in the same terms; the helm version, the
 * variables helm sees, the cache format.
 */
export async function renderKey(req: TemplateRequest, ctx: KeyContext): Promise<RenderKey> {
  const fileParameters = req.fileParameters ?? [];
  const relative = [req.chartDir, ...req.valueFiles, ...fileParameters.map((p) => p.path)].find(
    (p) => !path.isAbsolute(p),
  );
  if (relative !== undefined) return { kind: 'uncacheable', reason: `"${relative}" is not an absolute path` };
  const [chart, values, files] = await Promise.all([
    ctx.tree(req.chartDir),
    Promise.all(req.valueFiles.map((f) => ctx.file(f))),
    Promise.all(fileParameters.map((p) => ctx.file(p.path))),
  ]);
  const ids: string[] = [];
  for (const d of [chart, ...values, ...files]) {
    if (d.kind === 'refused') return { kind: 'uncacheable', reason: d.reason };
    if (d.volatile) return volatile(d.volatile);
    ids.push(`sha256:${d.digest}`);
  }
  const inRequest = requestVolatile(req);
  if (inRequest) return volatile(inRequest);
  const [chartId, ...rest] = ids as [string, ...string[]];
  const identified: TemplateRequest = {
    ...req,
    chartDir: chartId,
    valueFiles: rest.slice(0, values.length),
    fileParameters: fileParameters.map((p, i) => ({ name: p.name, path: rest[values.length + i]! })),
  };
  const inline = req.inlineValues != null ? [`inline:sha256:${sha256(req.inlineValues)}`] : [];
  const material = canonicalJson({
    format: RENDER_CACHE_FORMAT,
    helm: ctx.helmVersion,
    environment: ctx.environment,
    args: templateArgs(identified, [...identified.valueFiles, ...inline]),
    request: identified,
  });
  return { kind: 'key', key: sha256(material) };
}

function volatile(why: string): RenderKey {
  return { kind: 'uncacheable', reason: why };
}

/** Inline values and `--set` values are templates too where a chart passes them to `tpl`. */
function requestVolatile(req: TemplateRequest): string | null {
  const inline = req.inlineValues != null ? volatileCall(req.inlineValues) : null;
  if (inline) return `the inline values ${inline}`;
  for (const p of req.parameters) {
    const why = volatileCall(p.value, { kind: 'parameter' });
    if (why) return `parameter ${p.name} ${why}`;
  }
  return null;
}
