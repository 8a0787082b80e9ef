import { repoJoin, type RepoFiles } from './repo-files.js';
import { actions as templateActionTexts } from './template-paths.js';

/** What a chart's templates read of its values, as far as the template text shows it. */
export interface TemplateReads {
  /**
   * Every field name a template action reads (`.enable`, `$c.source`) or names as a string
   * (`index .Values "certManager"`): a key the base values.yaml lacks but a template reads is an
   * optional key, not a typo.
   */
  names: ReadonlySet<string>;
  /**
   * `.Values` paths (`podAnnotations`, `apps`) a template iterates (`range`) or writes out whole
   * (`toYaml`, `toJson`, `tpl`, or `with` followed by `toYaml .`): their keys are the user's own.
   */
  wholePaths: ReadonlySet<string>;
}

/** At most this many template files are read, each up to this size: the scan is a hint, not a parser. */
const MAX_FILES = 2000;
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Scans what reads a chart's values: its templates (`<chart>/templates/**`, helpers included), the
 * templates of the subcharts vendored as directories (a library chart reads the parent's values), and
 * the values files beside Chart.yaml (a string rendered with `tpl` reads values too).
 */
export function templateReads(files: RepoFiles, chart: string): TemplateReads {
  const names = new Set<string>();
  const wholePaths = new Set<string>();
  const subcharts = files
    .list(repoJoin(chart, 'charts'))
    .map((name) => repoJoin(chart, `charts/${name}/templates`))
    .filter((dir) => files.isDirectory(dir));
  const valuesFiles = files
    .list(chart)
    .filter((name) => /\.ya?ml$/.test(name) && name !== 'Chart.yaml')
    .map((name) => repoJoin(chart, name));
  const own = templateFiles(files, [repoJoin(chart, 'templates'), ...subcharts]);
  for (const file of [...own, ...valuesFiles]) {
    const text = files.text(file);
    if (text !== null && text.length <= MAX_FILE_BYTES) scanTemplate(text, names, wholePaths);
  }
  return { names, wholePaths };
}

function templateFiles(files: RepoFiles, dirs: string[]): string[] {
  const out: string[] = [];
  const pending = [...dirs];
  while (pending.length > 0 && out.length < MAX_FILES) {
    const current = pending.shift()!;
    for (const name of files.list(current)) {
      const rel = repoJoin(current, name);
      if (files.isDirectory(rel)) pending.push(rel);
      else if (files.isFile(rel) && out.length < MAX_FILES) out.push(rel);
    }
  }
  return out;
}

const FIELD = /\.([A-Za-z_][A-Za-z0-9_]*)/g;
const STRING = /"((?:[^"\\\n]|\\.)*)"|`([^`]*)`/g;
// Each written so that no two parts can match the same text: linear time on any template. A path
// may be empty (`.Values` itself: `range $name, $app := .Values` makes every top-level key the user's).
const PATH = String.raw`\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?![A-Za-z0-9_])`;
const DUMPER = String.raw`\b(?:toYaml|toJson|toPrettyJson|toRawJson|tpl)`;
const VALUES_PATH = new RegExp(PATH);
const DUMP = new RegExp(String.raw`${DUMPER}\s*(?:\(\s*)?(?:\$[A-Za-z0-9_]*)?${PATH}`, 'g');
const PIPED = new RegExp(String.raw`${PATH}\s*\|\s*(?:toYaml|toJson|toPrettyJson|toRawJson)\b`, 'g');
const DUMP_DOT = new RegExp(String.raw`${DUMPER}\s*(?:\(\s*)?\.(?![A-Za-z_$])`);
const BLOCK = /^-?\s*(range|with)\b/;

function scanTemplate(text: string, names: Set<string>, wholePaths: Set<string>): void {
  const actions = templateActionTexts(text);
  actions.forEach((action, i) => {
    for (const m of action.matchAll(FIELD)) names.add(m[1]!);
    for (const m of action.matchAll(STRING)) names.add(m[1] ?? m[2] ?? '');
    for (const m of action.matchAll(DUMP)) wholePaths.add(m[1]!.slice(1));
    for (const m of action.matchAll(PIPED)) wholePaths.add(m[1]!.slice(1));
    const block = BLOCK.exec(action)?.[1];
    if (!block) return;
    const first = VALUES_PATH.exec(action);
    if (!first) return;
    // `range` iterates the user's keys; `with` then `toYaml .` writes the block out as it is.
    const dumped = block === 'range' || actions.slice(i + 1, i + 4).some((a) => DUMP_DOT.test(a));
    if (dumped) wholePaths.add(first[1]!.slice(1));
  });
}
