import { LineCounter, parseAllDocuments } from 'yaml';
import type { RuleId } from '../rule-ids.js';
import { finding, type Finding, type Position } from '../findings.js';
import type { VNode } from './vnode.js';
import { AliasLimitError, convertDocument } from './yaml-convert.js';

export interface YamlLimits {
  /** Files larger than this are not parsed. */
  maxFileBytes: number;
  /**
   * How many nodes alias expansion may produce in one document (each `*alias` adds the full size of
   * what it expands to). Hundreds of ordinary aliases stay far below it; an alias bomb crosses it at
   * once and is refused, in time and memory bounded by the file's own size.
   */
  maxExpandedNodes: number;
}

export const defaultYamlLimits: YamlLimits = {
  maxFileBytes: 1024 * 1024,
  maxExpandedNodes: 200_000,
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

/**
 * A duplicate key is an error we report, but helm (Go's YAML, Helm 3 and 4) and so Argo CD read the
 * document anyway, the last value winning: the document is kept, built that way.
 */
const READ_ANYWAY = new Set(['DUPLICATE_KEY']);

/** True for a finding that means helm could not read the file either (all but a duplicate key). */
export function stopsHelm(f: Finding): boolean {
  return f.rule !== 'yaml-duplicate-key';
}

const ruleForCode: Record<string, RuleId> = {
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
    try {
      const root = convertDocument(doc, at, limits.maxExpandedNodes);
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
