import type {
  DriftReport,
  EdgeDrift,
  EnvironmentFinding,
  EnvironmentSection,
  LiveSection,
} from '../drift/model.js';
import { environmentSeverity, liveSeverity } from '../drift/severity.js';
import { renderMatrixText } from './matrix-text.js';
import { ageText, plural } from './drift-format.js';
import { oneLine } from '../util/one-line.js';
import { shortSha } from '../util/short-sha.js';

/** The drift report in a terminal: every line of repository text on one line (no escape sequence). */

const t = oneLine;

function verdictLine(r: DriftReport): string[] {
  const counts = `${plural(r.counts.errors, 'error')}, ${plural(r.counts.warnings, 'warning')}, ${plural(r.counts.pendingCommits, 'commit')} pending`;
  const lines: string[] = [];
  if (r.drifted) lines.push(`drift: drift found (${counts})`);
  else if (r.complete) lines.push('drift: no drift');
  if (!r.complete) lines.push(`drift: incomplete: ${r.incomplete.map(t).join('; ') || 'no reason given'}`);
  return lines;
}

function edgeLines(e: EdgeDrift, now: string): string[] {
  const name = `${t(e.from)} → ${t(e.to)} (${e.kind})`;
  if (e.state === 'unknown') return [`  ${name}: unknown: ${t(e.reason)}`];
  if (e.state === 'in-sync') return [`  ${name}: in sync`];
  if (e.state === 'diverged')
    return [
      `  ${name}: diverged: ${t(e.to)} has ${plural(e.targetOnly, 'commit')} ${t(e.from)} lacks (promote with strategy merge)`,
    ];
  const oldest = e.oldestAt === null ? '' : `, oldest ${ageText(e.oldestAt, now)} old`;
  const lines = [
    `  ${name}: ${plural(e.pendingCount, 'commit')} pending${oldest}${e.overdue ? ', OVERDUE' : ''}`,
  ];
  for (const c of e.pending)
    lines.push(
      `    ${shortSha(c.sha)} ${t(c.subject)} (${t(c.author)}${c.pullRequests.map((n) => `, #${n}`).join('')})`,
    );
  const unlisted = e.pendingCount - e.pending.length;
  if (unlisted > 0)
    lines.push(`    … and ${unlisted} more: git log ${shortSha(e.toSha)}..${shortSha(e.fromSha)}`);
  return lines;
}

function promotionLines(r: DriftReport): string[] {
  const p = r.promotion;
  const lines = ['promotion:', ...p.edges.flatMap((e) => edgeLines(e, r.generatedAt))];
  for (const m of p.missedForwardMerges)
    lines.push(
      `  error: missed forward-merge: ${t(m.target)} lacks ${plural(m.commitCount, 'commit')} of ${t(m.source)}` +
        ` (${m.hotfixes.map(t).join(', ') || 'no hotfix branch or tag found'}): ${m.commits.map((c) => shortSha(c.sha)).join(' ')}`,
    );
  for (const m of p.missingRefs) lines.push(`  error: missing ref ${t(m.ref)} (${t(m.namedBy)})`);
  return lines;
}

function findingText(f: EnvironmentFinding): string {
  if (f.kind === 'downstream-only')
    return `${t(f.component)} runs downstream only (${f.clusters.map(t).join(', ')})`;
  if (f.kind === 'revision')
    return `${t(f.application)} on ${t(f.cluster)}: targetRevision ${t(f.revision)}, not ${t(f.expected)}`;
  return `${t(f.component)} on ${t(f.cluster)}: ${t(f.path)}: ${f.upstream === null ? '(not set)' : t(f.upstream)} → ${f.downstream === null ? '(not set)' : t(f.downstream)}`;
}

function environmentLines(env: EnvironmentSection): string[] {
  if (env.state === 'skipped') return [`environments: skipped: ${t(env.reason)}`];
  const lines = ['environments:'];
  for (const p of env.pairs) {
    const name = `${t(p.upstream)} → ${t(p.downstream)}`;
    if (p.state === 'unknown') lines.push(`  ${name}: unknown: ${t(p.reason ?? 'no reason given')}`);
    else {
      const total = p.findings.length + (p.omitted ?? 0);
      lines.push(`  ${name}: compared, ${total === 0 ? 'no divergence' : plural(total, 'finding')}`);
    }
    for (const f of p.findings) lines.push(`    ${environmentSeverity(f).padEnd(7)} ${findingText(f)}`);
  }
  return lines;
}

function liveLines(live: LiveSection, now: string): string[] {
  if (live.state === 'skipped') return [`argo cd: skipped: ${t(live.reason)}`];
  if (live.state === 'unreachable') return [`argo cd: unreachable (${t(live.server)}): ${t(live.reason)}`];
  const lines = [`argo cd (${t(live.server)}):`];
  for (const c of live.clusters) {
    if (c.state === 'unknown') {
      lines.push(`  ${t(c.cluster)}: unknown: ${t(c.reason)}`);
      continue;
    }
    const sync = c.lastSyncAt === null ? 'never synced' : `last sync ${ageText(c.lastSyncAt, now)} ago`;
    lines.push(
      `  ${t(c.cluster)}: ${plural(c.applicationCount, 'Application')}, ${plural(c.applications.length, 'problem')}, ${sync}`,
    );
    for (const a of c.applications)
      lines.push(
        `    ${liveSeverity(a).padEnd(7)} ${t(a.name)}: ${t(a.sync)} ${t(a.health)} (${a.problems.join(', ')})`,
      );
    for (const n of c.orphans) lines.push(`    warning orphan ${t(n)}`);
    for (const n of c.notDeployed) lines.push(`    warning not deployed ${t(n)}`);
  }
  return lines;
}

export function renderDriftText(r: DriftReport): string {
  const lines = [
    ...verdictLine(r),
    ...promotionLines(r),
    ...environmentLines(r.environment),
    ...liveLines(r.live, r.generatedAt),
  ];
  if (r.approvals.length > 0) lines.push('approvals (tick them in the dashboard issue):');
  for (const a of r.approvals)
    lines.push(
      `  ${a.kind} ${t(a.from)} → ${t(a.to)}: ${plural(a.pendingCount, 'commit')} (${shortSha(a.toSha)}..${shortSha(a.fromSha)})`,
    );
  const matrix = r.matrix && r.matrix.clusters.length > 0 ? `\n${renderMatrixText(r.matrix)}` : '';
  return `${lines.join('\n')}\n${matrix}`;
}
