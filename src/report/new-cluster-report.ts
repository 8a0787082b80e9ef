import { fileLine } from '../findings.js';
import type { NewClusterOutcome } from '../gitops/new-cluster-model.js';
import { oneLine } from '../util/one-line.js';
import { plural } from '../util/plural.js';

const VERB: Record<NewClusterOutcome['kind'], string> = {
  written: 'wrote',
  'dry-run': 'would write (dry run: nothing written)',
  invalid: 'would write (nothing written: see below)',
};

/**
 * What new-cluster did: each file with every value it replaced (line, field, old → new), what it
 * left that names the old cluster, validate's verdict on the new cluster; with `contents`, the files.
 */
export function renderNewClusterText(outcome: NewClusterOutcome, contents: boolean): string {
  const { plan, validation: v } = outcome;
  const t = oneLine;
  const lines = [
    `new cluster ${t(plan.name)} like ${t(plan.like)}: ${VERB[outcome.kind]} ${plural(plan.files.length, 'file')}`,
  ];
  for (const f of plan.files) {
    lines.push(`  + ${t(f.path)} (from ${t(f.from)})`);
    for (const r of f.replaced)
      lines.push(`      ${r.line}: ${t(r.field)}: ${t(r.from)} → ${t(r.to)}${r.note ? ` (${r.note})` : ''}`);
  }
  const kept = plan.files.flatMap((f) => f.kept.map((k) => ({ file: f.path, ...k })));
  if (kept.length > 0) {
    lines.push(
      `  left as they were (they name ${t(plan.like)} but are not its identity fields; check them):`,
    );
    for (const k of kept) lines.push(`      ${t(k.file)}:${k.line}: ${t(k.field)}: ${t(k.text)}`);
  }
  lines.push(
    `validated: ${t(plan.name)} ${v.rendered ? `renders ${plural(v.applications, 'Application')}` : 'does not render'}, ${plural(v.errors, 'error')}, ${plural(v.warnings, 'warning')}${v.inherited > 0 ? `; ${plural(v.inherited, 'error')} it shares with ${t(plan.like)}, there before` : ''}${v.otherErrors > 0 ? `; ${plural(v.otherErrors, 'error')} about other clusters, there before` : ''}`,
  );
  for (const f of v.findings) lines.push(`  ${t(fileLine(f))}: ${f.severity} [${f.rule}] ${t(f.message)}`);
  if (outcome.kind === 'invalid') for (const p of outcome.problems) lines.push(`not written: ${t(p)}`);
  if (outcome.kind === 'written') lines.push('Review them (git status, git diff), then commit.');
  if (contents) for (const f of plan.files) lines.push('', `--- ${t(f.path)}`, f.text.replace(/\n$/, ''));
  return `${lines.join('\n')}\n`;
}

/** new-cluster --format json: `{version: 1, outcome, name, like, env, files[], validation, problems}`. */
export function renderNewClusterJson(outcome: NewClusterOutcome): string {
  const { plan, validation } = outcome;
  return `${JSON.stringify(
    {
      version: 1,
      outcome: outcome.kind,
      name: plan.name,
      like: plan.like,
      env: plan.env,
      files: plan.files.map((f) => ({
        path: f.path,
        from: f.from,
        replaced: f.replaced,
        kept: f.kept,
        text: f.text,
      })),
      validation,
      problems: outcome.kind === 'invalid' ? outcome.problems : [],
    },
    null,
    2,
  )}\n`;
}
