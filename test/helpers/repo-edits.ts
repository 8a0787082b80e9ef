import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/**
 * The edits of the property test, each what a person does to a GitOps repo in a pull request. An
 * edit is given a number and picks its target among the candidates in sorted order, so one seed is
 * one sequence of edits; an edit with no candidate in the repo does nothing and says so.
 */
export type EditKind =
  | 'change-value'
  | 'edit-template'
  | 'bump-dependency'
  | 'reorder-value-files'
  | 'delete-template'
  | 'add-configmap';

export const EDIT_KINDS: readonly EditKind[] = [
  'change-value',
  'edit-template',
  'bump-dependency',
  'reorder-value-files',
  'delete-template',
  'add-configmap',
];

export interface Edit {
  kind: EditKind;
  pick: number;
}

/** Applies one edit to the work tree; returns what it did (the commit message), or null if it found nothing to do. */
export function applyEdit(dir: string, edit: Edit, serial: number): string | null {
  switch (edit.kind) {
    case 'change-value':
      return changeValue(dir, edit.pick);
    case 'edit-template':
      return editTemplate(dir, edit.pick, serial);
    case 'bump-dependency':
      return bumpDependency(dir, edit.pick);
    case 'reorder-value-files':
      return reorderValueFiles(dir, edit.pick);
    case 'delete-template':
      return deleteTemplate(dir, edit.pick);
    case 'add-configmap':
      return addConfigMap(dir, edit.pick, serial);
  }
}

function files(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel)).sort()) {
    if (e === '.git') continue;
    const r = rel ? `${rel}/${e}` : e;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...files(dir, r));
    else out.push(r);
  }
  return out;
}

const charts = (dir: string) =>
  files(dir)
    .filter((f) => /(^|\/)Chart\.yaml$/.test(f))
    .map(path.posix.dirname);

const pickOf = <T>(xs: readonly T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);

/** Keys whose values say where things come from or which repo is this one: changing them is not a values edit. */
const IDENTITY = /^(repoURL|revision|targetRevision|server|cluster|name|env|path|chart|ref)$/;

/** A scalar of a chart's values file: a number +1, a boolean flipped, a string with `-2` appended. */
function changeValue(dir: string, pick: number): string | null {
  const valueFiles = files(dir).filter(
    (f) => /\.ya?ml$/.test(f) && charts(dir).some((c) => f.startsWith(c === '.' ? '' : `${c}/`)),
  );
  const candidates: { file: string; path: string }[] = [];
  for (const file of valueFiles.filter(
    (f) => /(^|\/)values[^/]*\.ya?ml$/.test(f) || /tenants\.yaml$/.test(f),
  )) {
    const doc = parseDocument(readFileSync(path.join(dir, file), 'utf8'));
    walk(doc.contents, [], (p) => candidates.push({ file, path: p.join('.') }));
  }
  const c = pickOf(candidates, pick);
  if (!c) return null;
  const text = readFileSync(path.join(dir, c.file), 'utf8');
  const doc = parseDocument(text);
  const segments = c.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const node = doc.getIn(segments, true) as Node;
  if (!isScalar(node)) return null;
  const v = node.value;
  node.value = typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : `${String(v)}-2`;
  writeFileSync(path.join(dir, c.file), doc.toString());
  return `values: ${c.path} in ${c.file}`;
}

function walk(node: unknown, at: string[], found: (p: string[]) => void): void {
  if (isMap(node)) {
    for (const item of node.items) {
      const key = isScalar(item.key) ? String(item.key.value) : null;
      if (key === null || key === '<<' || IDENTITY.test(key)) continue;
      walk(item.value, [...at, key], found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, [...at, String(i)], found));
  } else if (isScalar(node) && node.value !== null && !(node as { alias?: unknown }).alias) {
    if (at.length > 0) found(at);
  }
}

const templates = (dir: string) =>
  files(dir).filter(
    (f) => /\/templates\/[^/_][^/]*\.ya?ml$/.test(f) && charts(dir).some((c) => f.startsWith(`${c}/`)),
  );

/** A label added under the first block `labels:` of a template. */
function editTemplate(dir: string, pick: number, serial: number): string | null {
  const candidates = templates(dir).filter((f) =>
    /^\s*labels:\s*$/m.test(readFileSync(path.join(dir, f), 'utf8')),
  );
  const file = pickOf(candidates, pick);
  if (!file) return null;
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => /^\s*labels:\s*$/.test(l));
  const indent = /^(\s*)/.exec(lines[i]!)![1]!;
  lines.splice(i + 1, 0, `${indent}  example.com/revision: "r${serial}"`);
  writeFileSync(path.join(dir, file), lines.join('\n'));
  return `template: label in ${file}`;
}

/** The patch version of a Chart.yaml dependency (and its Chart.lock), else of the chart itself. */
function bumpDependency(dir: string, pick: number): string | null {
  const chart = pickOf(charts(dir), pick);
  if (chart === undefined) return null;
  const file = path.posix.join(chart, 'Chart.yaml');
  const text = readFileSync(path.join(dir, file), 'utf8');
  const dep = /(\n\s+version:\s*)(v?\d+\.\d+\.)(\d+)/.exec(text.slice(text.indexOf('dependencies:') + 1));
  const bump = (t: string, re: RegExp) =>
    t.replace(re, (_m, a: string, b: string, c: string) => `${a}${b}${Number(c) + 1}`);
  if (text.includes('dependencies:') && dep) {
    const at = text.indexOf('dependencies:');
    writeFileSync(
      path.join(dir, file),
      text.slice(0, at) + bump(text.slice(at), /(\n\s+version:\s*)(v?\d+\.\d+\.)(\d+)/),
    );
    const lock = path.join(dir, chart, 'Chart.lock');
    if (existsSync(lock))
      writeFileSync(lock, bump(readFileSync(lock, 'utf8'), /(\n\s+version:\s*)(v?\d+\.\d+\.)(\d+)/));
    return `deps: bump a dependency of ${chart}`;
  }
  writeFileSync(path.join(dir, file), bump(text, /(\nversion:\s*)(\d+\.\d+\.)(\d+)/));
  return `chart: bump ${chart} version`;
}

/** The first two entries of a `valueFiles:` list (in a bootstrap or a template) swapped. */
function reorderValueFiles(dir: string, pick: number): string | null {
  const candidates: { file: string; line: number }[] = [];
  for (const f of files(dir).filter((x) => /\.ya?ml$/.test(x))) {
    const lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
    lines.forEach((l, i) => {
      if (
        /^\s*valueFiles:\s*$/.test(l) &&
        /^\s*- /.test(lines[i + 1] ?? '') &&
        /^\s*- /.test(lines[i + 2] ?? '')
      )
        candidates.push({ file: f, line: i + 1 });
    });
  }
  const c = pickOf(candidates, pick);
  if (!c) return null;
  const lines = readFileSync(path.join(dir, c.file), 'utf8').split('\n');
  [lines[c.line], lines[c.line + 1]] = [lines[c.line + 1]!, lines[c.line]!];
  writeFileSync(path.join(dir, c.file), lines.join('\n'));
  return `values: reorder the value files in ${c.file}`;
}

/** One template of a component chart deleted (what it rendered is gone). */
function deleteTemplate(dir: string, pick: number): string | null {
  const file = pickOf(templates(dir), pick);
  if (!file) return null;
  rmSync(path.join(dir, file));
  return `template: delete ${file}`;
}

/** A new ConfigMap template in a chart. */
function addConfigMap(dir: string, pick: number, serial: number): string | null {
  const chart = pickOf(charts(dir), pick);
  if (chart === undefined) return null;
  const file = path.posix.join(chart, `templates/settings-${serial}.yaml`);
  writeFileSync(
    path.join(dir, file),
    [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      `  name: settings-${serial}`,
      '  namespace: {{ .Release.Namespace }}',
      'data:',
      `  release: {{ .Release.Name | quote }}`,
      '',
    ].join('\n'),
  );
  return `chart: add ConfigMap settings-${serial} to ${chart}`;
}
