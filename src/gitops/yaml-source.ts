import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Node,
} from 'yaml';
import { finding, type Finding, type Position } from '../findings.js';
import type { VNode } from './vnode.js';

export interface YamlLimits {
  /** Files larger than this are not parsed. */
  maxFileBytes: number;
  /** How many alias expansions one file may contain before it is treated as an alias bomb. */
  maxAliasCount: number;
  /** How many nodes one file may expand to. */
  maxNodes: number;
}

export const defaultYamlLimits: YamlLimits = {
  maxFileBytes: 1024 * 1024,
  maxAliasCount: 100,
  maxNodes: 200_000,
};

export interface YamlDocument {
  /** null for an empty document. */
  root: VNode | null;
  /** Comment lines directly before the document (helm's `# Source:` lines). */
  commentBefore: string | null;
  /** 1-based line where the document starts. */
  line: number;
}

export interface LoadedYaml {
  file: string;
  documents: YamlDocument[];
  findings: Finding[];
}

class AliasLimitError extends Error {
  constructor(
    message: string,
    readonly pos: Position,
  ) {
    super(message);
  }
}

/**
 * A duplicate key is an error we report, but helm (Go's YAML, Helm 3 and 4) and so Argo CD read the
 * document anyway, the last value winning: the document is kept, built that way.
 */
const READ_ANYWAY = new Set(['DUPLICATE_KEY']);

/** True for a finding that means helm could not read the file either (all but a duplicate key). */
export function stopsHelm(f: Finding): boolean {
  return f.rule !== 'yaml-duplicate-key';
}

const ruleForCode: Record<string, string> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab',
};

/**
 * Parses YAML the way Helm's YAML 1.1 reader sees it, keeping the line and column of every value.
 * Never throws for bad input: syntax errors, duplicate keys, tabs, alias bombs and oversized
 * files come back as findings and the documents that could be read.
 */
export function parseYaml(
  file: string,
  text: string,
  limits: YamlLimits = defaultYamlLimits,
  /** '1.1' reads values as Helm's Go YAML does (`yes` is true); '1.2' is for our own config (`off` is a string). */
  version: '1.1' | '1.2' = '1.1',
): LoadedYaml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxFileBytes) return tooLarge(file, bytes, limits);
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    version,
    merge: true,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const findings: Finding[] = [];
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const list = Array.isArray(docs) ? docs : [docs];
  const documents: YamlDocument[] = [];
  for (const doc of list) {
    for (const err of doc.errors) {
      const pos = at(err.pos[0]);
      findings.push(finding('error', ruleForCode[err.code] ?? 'yaml-syntax', cleanMessage(err.message), pos));
    }
    if (doc.errors.some((e) => !READ_ANYWAY.has(e.code))) continue;
    const budget = { aliases: 0, nodes: 0 };
    try {
      const root = doc.contents ? convert(doc.contents as Node, doc, at, limits, budget) : null;
      const comment =
        doc.commentBefore ?? (doc.contents as { commentBefore?: string } | null)?.commentBefore ?? null;
      documents.push({ root, commentBefore: comment, line: at(doc.range[0]).line });
    } catch (e) {
      if (!(e instanceof AliasLimitError)) throw e;
      findings.push(finding('error', 'yaml-alias-limit', e.message, e.pos));
    }
  }
  return { file, documents, findings };
}

/** The result for a file over the size limit: one finding, nothing parsed. */
export function tooLarge(file: string, bytes: number, limits: YamlLimits): LoadedYaml {
  const message = `file is ${bytes} bytes, over the limit of ${limits.maxFileBytes} bytes`;
  return {
    file,
    documents: [],
    findings: [finding('error', 'yaml-file-too-large', message, { file, line: 1, column: 1 })],
  };
}

function cleanMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

type DocLike = Parameters<Alias['resolve']>[0];

function convert(
  node: Node,
  doc: DocLike,
  at: (offset: number) => Position,
  limits: YamlLimits,
  budget: { aliases: number; nodes: number },
  posOverride?: Position,
  /** Inside an alias expansion: where the outermost alias is written (what a finding points at). */
  site?: Position,
): VNode {
  const pos = posOverride ?? at(node.range?.[0] ?? 0);
  if (++budget.nodes > limits.maxNodes) {
    throw new AliasLimitError(
      `document expands to more than ${limits.maxNodes} nodes (alias bomb?)`,
      site ?? pos,
    );
  }
  if (isAlias(node)) {
    const here = site ?? pos;
    if (++budget.aliases > limits.maxAliasCount) {
      throw new AliasLimitError(
        `more than ${limits.maxAliasCount} alias expansions (an alias bomb expands exponentially)`,
        here,
      );
    }
    const target = node.resolve(doc);
    if (!target) return { kind: 'scalar', pos, value: null };
    return convert(target, doc, at, limits, budget, pos, here);
  }
  if (isScalar(node)) {
    const v = node.value;
    // yaml's 1.1 schema reads a lone `.` (or `1.2.3`-like text) as NaN; Go's YAML reads a string.
    const source = (node as { source?: unknown }).source;
    if (
      typeof v === 'number' &&
      Number.isNaN(v) &&
      typeof source === 'string' &&
      !/^[-+]?\.nan$/i.test(source)
    ) {
      return { kind: 'scalar', pos, value: source };
    }
    const value = v instanceof Date ? v.toISOString() : (v as string | number | boolean | null | bigint);
    return { kind: 'scalar', pos, value: value ?? null };
  }
  if (isSeq(node)) {
    return {
      kind: 'seq',
      pos,
      items: node.items.map((item) =>
        item
          ? convert(item as Node, doc, at, limits, budget, undefined, site)
          : { kind: 'scalar', pos, value: null },
      ),
    };
  }
  if (isMap(node)) {
    const entries = new Map<string, VNode>();
    const merged: VNode[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyPos = at(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
      const key = keyNode && isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      if (keyNode && isScalar(keyNode) && (keyNode.value === '<<' || typeof keyNode.value === 'symbol')) {
        const value = pair.value
          ? convert(pair.value as Node, doc, at, limits, budget, undefined, site)
          : null;
        if (value?.kind === 'map') merged.push(value);
        else if (value?.kind === 'seq') merged.push(...value.items.filter((i) => i.kind === 'map'));
        continue;
      }
      const value: VNode = pair.value
        ? convert(pair.value as Node, doc, at, limits, budget, undefined, site)
        : { kind: 'scalar', pos: keyPos, value: null };
      entries.set(key, { ...value, keyPos });
    }
    // YAML merge keys: explicit keys win, earlier merged maps win over later ones.
    for (const m of merged) {
      if (m.kind !== 'map') continue;
      for (const [k, v] of m.entries) if (!entries.has(k)) entries.set(k, v);
    }
    return { kind: 'map', pos, entries };
  }
  return { kind: 'scalar', pos, value: null };
}
