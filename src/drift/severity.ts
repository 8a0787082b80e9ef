import type {
  DriftCounts,
  EdgeDrift,
  EnvironmentFinding,
  EnvironmentSection,
  LiveApplication,
  LiveSection,
  PromotionSection,
} from './model.js';

/** How bad each kind of drift is: errors need someone, warnings are worth a look. */
export type DriftSeverity = 'error' | 'warning' | 'info';

/** Pending commits are info, past `drift.maxAge` a warning. */
export function edgeSeverity(edge: EdgeDrift): DriftSeverity {
  if (edge.state === 'unknown' || edge.state === 'diverged') return 'warning';
  return edge.overdue ? 'warning' : 'info';
}

/** Production running what upstream never ran, or a pinned revision: errors; a value set downstream only: warning. */
export function environmentSeverity(f: EnvironmentFinding): DriftSeverity {
  return f.kind === 'values' ? 'warning' : 'error';
}

/** Degraded or missing live: error; out of sync, unknown, on another revision: warning. */
export function liveSeverity(app: LiveApplication): DriftSeverity {
  return app.problems.some((p) => p === 'degraded' || p === 'missing') ? 'error' : 'warning';
}

/** The counts of a report's sections (orphans and not-deployed Applications are warnings). */
export function countDrift(
  promotion: PromotionSection,
  environment: EnvironmentSection,
  live: LiveSection,
): DriftCounts {
  const counts: DriftCounts = { errors: 0, warnings: 0, pendingCommits: 0 };
  const add = (s: DriftSeverity) => {
    if (s === 'error') counts.errors++;
    else if (s === 'warning') counts.warnings++;
  };
  for (const edge of promotion.edges) {
    add(edgeSeverity(edge));
    if (edge.state !== 'unknown') counts.pendingCommits += edge.pendingCount;
  }
  counts.errors += promotion.missedForwardMerges.length + promotion.missingRefs.length;
  if (environment.state === 'computed')
    for (const pair of environment.pairs) {
      for (const f of pair.findings) add(environmentSeverity(f));
      // Past the listed ones, counted all the same.
      counts.errors += pair.omittedErrors ?? 0;
      counts.warnings += (pair.omitted ?? 0) - (pair.omittedErrors ?? 0);
    }
  if (live.state === 'computed')
    for (const c of live.clusters) {
      if (c.state === 'unknown') continue;
      for (const app of c.applications) add(liveSeverity(app));
      counts.warnings += c.orphans.length + c.notDeployed.length;
    }
  return counts;
}
