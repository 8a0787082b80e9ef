/**
 * Which files of a chart directory a render can read. Helm loads every file of the directory, but
 * gives a meaning of its own only to some (pkg/chart/v2/loader and internal/chart/v3/loader of Helm 4,
 * pkg/chart/loader of Helm 3): Chart.yaml, Chart.lock, values.yaml, values.schema.json,
 * requirements.yaml / .lock, templates/, charts/ (subcharts), crds/ (`--include-crds`), and the
 * directory loader reads .helmignore. Every other file is only in `.Files`, which a template reaches
 * through the root context alone. So where it is proven (template-flow.ts fileReadRefusal) that no
 * template can, a render depends on those files' names (`.Files` is not there to list them, but a
 * chart is keyed conservatively) and not on their content: editing another cluster's values file in
 * the chart directory changes no render of this one.
 *
 * Not proven, and the whole tree is the key (content-digest.ts): a symlink anywhere in the chart (what
 * it leads to is read as a file of the chart), a charts/ entry (subcharts' templates are not followed,
 * and a parent's template may hand them its root context), a template this check does not read, a
 * template that may read the root's `.Files`, and another file over 1 MiB (helm refuses any chart file
 * over 5 MiB, its loaders' MaxDecompressedFileSize, whatever reads it: one that could grow past that
 * makes the whole tree the key, content and so size included).
 */
import { fileReadRefusal, type TemplateFile } from './template-flow.js';
import { lexTemplate } from './template-lex.js';
import { parseTemplate } from './template-parse.js';

/** Top-level files helm reads as itself, matched ignoring case (a case-insensitive file system finds them so). */
const MEANINGFUL_FILES = new Set([
  'chart.yaml',
  'chart.lock',
  'values.yaml',
  'values.schema.json',
  'requirements.yaml',
  'requirements.lock',
  '.helmignore',
]);
/** Top-level directories every file of which helm reads as itself (charts/: the key is then the whole tree anyway). */
const MEANINGFUL_DIRS = new Set(['templates', 'crds', 'charts']);
/** Another file may be this large at most for the narrow key: well under helm's 5 MiB limit of a chart file. */
export const OTHER_FILE_LIMIT = 1024 * 1024;
/** The templates are read (lexed, parsed, followed) up to this many bytes in all. */
const TEMPLATE_BYTES = 8 * 1024 * 1024;

/** Whether helm gives this path of a chart directory (relative, with `/`) a meaning of its own. */
export function meaningfulPath(rel: string): boolean {
  const lower = rel.toLowerCase();
  const top = lower.split('/')[0]!;
  return MEANINGFUL_DIRS.has(top) || (top === lower && MEANINGFUL_FILES.has(lower));
}

export type NarrowTree = { kind: 'narrow'; lines: string[] } | { kind: 'whole'; reason: string };

/**
 * The narrow key's lines of a chart directory, told each entry of the walk in its order (`read` in
 * any order): a meaningful file as the whole tree has it (its digest), another file as its path and
 * mode only, a directory as its path and mode. `result` says whether the narrow key is proven.
 */
export class NarrowWalk {
  private readonly lines = ['narrow tree: meaningful files, the names of the others'];
  private refusal: string | null = null;
  private readonly templates: { rel: string; content: Buffer }[] = [];
  private templateBytes = 0;

  /** A file's bytes, as the walk reads them: the templates are kept to be followed. */
  read(rel: string, content: Buffer): void {
    if (!rel.startsWith('templates/')) return;
    this.templateBytes += content.length;
    if (this.templateBytes > TEMPLATE_BYTES) this.refuse(`the templates are over ${TEMPLATE_BYTES} bytes`);
    else this.templates.push({ rel, content });
  }

  link(rel: string): void {
    this.refuse(`${rel} is a symlink`);
  }

  dir(rel: string, mode: number): void {
    this.charts(rel);
    this.lines.push(JSON.stringify(['dir', rel, mode]));
  }

  file(rel: string, mode: number, size: number, digest: string): void {
    this.charts(rel);
    if (meaningfulPath(rel)) this.lines.push(JSON.stringify(['file', rel, mode, digest]));
    else if (size > OTHER_FILE_LIMIT) this.refuse(`${rel} is over ${OTHER_FILE_LIMIT} bytes`);
    else this.lines.push(JSON.stringify(['name', rel, mode]));
  }

  result(): NarrowTree {
    if (this.refusal) return { kind: 'whole', reason: this.refusal };
    const files: TemplateFile[] = [];
    for (const t of this.templates.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
      const parsed = templateFile(t.rel, t.content);
      if (typeof parsed === 'string') return { kind: 'whole', reason: parsed };
      files.push(parsed);
    }
    const refusal = fileReadRefusal(files);
    return refusal ? { kind: 'whole', reason: refusal } : { kind: 'narrow', lines: this.lines };
  }

  private charts(rel: string): void {
    if (rel.toLowerCase().split('/')[0] === 'charts')
      this.refuse('the chart has charts/ (its subcharts are not followed)');
  }

  private refuse(reason: string): void {
    this.refusal ??= reason;
  }
}

/** A template as followed, or why it is not read: text helm parses as UTF-8, its byte order mark stripped. */
function templateFile(rel: string, content: Buffer): TemplateFile | string {
  const text = content.toString('utf8');
  if (text.includes('\uFFFD') || text.includes('\0')) return `${rel} is not UTF-8 text`;
  const lexed = lexTemplate(text.replace(/^\uFEFF/, ''));
  if (!lexed.ok) return `${rel}: ${lexed.reason}`;
  const parsed = parseTemplate(lexed.actions);
  if (!parsed.ok) return `${rel}: ${parsed.reason}`;
  return { path: rel, template: parsed.template };
}
