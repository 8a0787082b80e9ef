import path from 'node:path';
import type { Position } from '../findings.js';
import { componentKey, type RenderedApp } from './applications.js';
import type { RepoFiles } from './repo-files.js';
import { lineReads, valuesRanges } from './template-paths.js';
import { leaves, nodeAt, type VMap } from './vnode.js';
import { escapeRegExp } from '../util/regexp-escape.js';

/**
 * Rendered Applications have no lines of their own: a problem in one is a problem in the values
 * line that produced the value, or in the template line that wrote the field. The locator finds it.
 */
export class Locator {
  constructor(
    private readonly files: RepoFiles,
    private readonly mergedValues: ReadonlyMap<string, VMap | null>,
  ) {}

  /**
   * Where a field's value came from: the values line that set this value (inside the component's
   * block, or a key of the same name), else the template line that writes the field.
   */
  field(app: RenderedApp, fieldPath: readonly string[], value: unknown): Position {
    return this.valueOrigin(app, fieldPath, value) ?? this.template(app, fieldPath);
  }

  /** For a key the schema does not allow: the values key that produced it, else the template line. */
  key(app: RenderedApp, fieldPath: readonly string[]): Position {
    const merged = this.valuesOf(app);
    const block = merged ? this.block(merged, app) : undefined;
    if (merged && block) {
      for (let i = 0; i < fieldPath.length; i++) {
        const node = nodeAt(merged, [...block, ...fieldPath.slice(i)]);
        if (node && fieldPath.length - i >= 2) return node.keyPos ?? node.pos;
      }
    }
    return this.template(app, fieldPath);
  }

  /** The values that rendered an Application: its nested level's, else its cluster's. */
  private valuesOf(app: RenderedApp): VMap | null | undefined {
    return app.level ? app.level.values : this.mergedValues.get(app.cluster.name);
  }

  valueOrigin(app: RenderedApp, fieldPath: readonly string[], value: unknown): Position | null {
    if (value === null || typeof value === 'object' || value === undefined) return null;
    const merged = this.valuesOf(app);
    if (!merged) return null;
    const wanted = String(value);
    const read = this.readOrigin(app, merged, fieldPath, wanted);
    // What the line reads holds another value (the template changed it): no guess by value then.
    if (read) return read === 'another-value' ? null : read;
    const block = this.block(merged, app);
    const lastKey = [...fieldPath].reverse().find((k) => !/^\d+$/.test(k));
    let best: { score: number; pos: Position } | null = null;
    for (const leaf of leaves(merged)) {
      if (leaf.node.value === null || String(leaf.node.value) !== wanted) continue;
      const inBlock = block !== undefined && block.every((k, i) => leaf.path[i] === k);
      const leafKey = [...leaf.path].reverse().find((k) => !/^\d+$/.test(k));
      const sameKey = leafKey === lastKey;
      if (!inBlock && !sameKey) continue;
      const score = (inBlock ? 2 : 0) + (sameKey ? 1 : 0);
      if (!best || score > best.score) best = { score, pos: leaf.node.pos };
    }
    return best?.pos ?? null;
  }

  /**
   * The values line a field's value came from, by the path the template line that writes the field
   * reads (`.Values.a.b`, or `$app.wave` of `range $name, $app := .Values.apps`: the component's
   * element of that map), when the merged values hold that very value there.
   */
  private readOrigin(
    app: RenderedApp,
    merged: VMap,
    fieldPath: readonly string[],
    wanted: string,
  ): Position | 'another-value' | null {
    const at = this.template(app, fieldPath);
    const text = at.file === app.template ? this.files.text(at.file) : null;
    if (!text || !at.line) return null;
    const ranges = valuesRanges(text);
    let found: 'another-value' | null = null;
    for (const read of lineReads(text.split('\n')[at.line - 1] ?? '', ranges)) {
      const element = read.within && componentIn(merged, read.within, app.component);
      if (read.within && !element) continue;
      const node = nodeAt(merged, [...(read.within ?? []), ...(element ? [element] : []), ...read.path]);
      if (node?.kind !== 'scalar' || node.value === null) continue;
      if (String(node.value) === wanted) return node.pos;
      found = 'another-value';
    }
    return found;
  }

  /**
   * The values path of an Application's component block: a top-level key named for the component,
   * else its element of a map the rendering template ranges over (`apps.worker`).
   */
  private block(merged: VMap, app: Pick<RenderedApp, 'template' | 'component'>): string[] | undefined {
    const top = componentBlock(merged, app.component);
    if (top !== undefined) return [top];
    const text = app.template ? this.files.text(app.template) : null;
    for (const range of text ? valuesRanges(text) : []) {
      const element = componentIn(merged, range.path, app.component);
      if (element) return [...range.path, element];
    }
    return undefined;
  }

  /** The template line that writes a field: the rendering template first, then the chart's helpers. */
  template(app: Pick<RenderedApp, 'template' | 'cluster'>, fieldPath: readonly string[]): Position {
    const keys = fieldPath.filter((k) => !/^\d+$/.test(k));
    const candidates = app.template ? [app.template, ...this.helpers(app.template)] : [];
    for (const file of candidates) {
      const line = findKeyLine(this.files.text(file) ?? '', keys);
      if (line) return { file, line, column: 1 };
    }
    if (app.template) return { file: app.template, line: 1, column: 1 };
    return app.cluster.definedAt;
  }

  /**
   * The line of the rendering template that mentions a text (e.g. `"cert-manager"` in a one-line
   * template that includes a shared helper), else the template line that writes the field.
   */
  templateMention(
    app: Pick<RenderedApp, 'template' | 'cluster'>,
    text: string,
    fieldPath: readonly string[],
  ): Position {
    const lines = app.template ? (this.files.text(app.template) ?? '').split('\n') : [];
    const i = lines.findIndex((l) => l.includes(text));
    if (app.template && i >= 0)
      return { file: app.template, line: i + 1, column: lines[i]!.indexOf(text) + 1 };
    return this.template(app, fieldPath);
  }

  private helpers(template: string): string[] {
    const dir = path.posix.dirname(template);
    const text = this.files.text(template);
    if (text === null) return [];
    const names: string[] = [];
    for (const file of this.listTemplates(dir))
      if (file !== template && /\/_[^/]*$/.test(file)) names.push(file);
    return names;
  }

  private readonly listed = new Map<string, string[]>();

  private listTemplates(dir: string): string[] {
    let list = this.listed.get(dir);
    if (!list) {
      list = this.files.list(dir).map((n) => `${dir}/${n}`);
      this.listed.set(dir, list);
    }
    return list;
  }
}

/** The key of a component's element in the map at `path` of the values, if that map has one. */
function componentIn(merged: VMap, path: readonly string[], component: string): string | undefined {
  const map = path.length === 0 ? merged : nodeAt(merged, path);
  return map?.kind === 'map' ? componentBlock(map, component) : undefined;
}

/** The top-level values key of a component's block (`envoyGateway` for `envoy-gateway`), if any. */
export function componentBlock(merged: VMap, component: string): string | undefined {
  const wanted = componentKey(component);
  for (const key of merged.entries.keys()) if (componentKey(key) === wanted) return key;
  return undefined;
}

/**
 * The line of a nested key in a YAML-ish template: each key must appear after, and indented deeper
 * than, the one before it. Falls back to the first line with the last key alone.
 */
export function findKeyLine(text: string, keys: readonly string[]): number | null {
  if (keys.length === 0) return null;
  const lines = text.split('\n');
  const keyRe = (k: string) => new RegExp(`^(\\s*)(?:-\\s+)?["']?${escapeRegExp(k)}["']?\\s*:`);
  let from = 0;
  let indent = -1;
  let found: number | null = null;
  for (const key of keys) {
    const re = keyRe(key);
    let hit: number | null = null;
    for (let i = from; i < lines.length; i++) {
      const m = re.exec(lines[i]!);
      if (m && m[1]!.length > indent) {
        hit = i;
        indent = m[1]!.length;
        break;
      }
    }
    if (hit === null) {
      found = null;
      break;
    }
    found = hit;
    from = hit + 1;
  }
  if (found !== null) return found + 1;
  const re = keyRe(keys[keys.length - 1]!);
  const i = lines.findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : null;
}
