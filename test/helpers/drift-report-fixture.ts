import type {
  Approval,
  DriftMatrix,
  DriftReport,
  EdgeDrift,
  EdgeKind,
  EnvironmentSection,
  LiveSection,
  MissedForwardMerge,
  MissingRef,
  PendingCommit,
} from '../../src/drift/model.js';
import { PENDING_LISTED } from '../../src/drift/model.js';
import { countDrift } from '../../src/drift/severity.js';

/**
 * Drift reports for the dashboard's tests, built as the drift command builds them: the counts from
 * countDrift, `drifted`, `complete` and `incomplete` from the sections, an approval per pending promote
 * or release edge.
 */

/** The report's clock: every age in the goldens is against this, never the wall clock. */
export const GENERATED_AT = '2026-12-01T12:00:00Z';
export const REPO_URL = 'https://github.com/example-org/gitops-repo';
export const REPORT_URL = `${REPO_URL}/actions/runs/42`;

/** A 40-hex sha from a hex digit (or a short hex seed, repeated). */
export function sha(seed: string): string {
  return seed.repeat(Math.ceil(40 / seed.length)).slice(0, 40);
}

/** `days` days before GENERATED_AT, ISO 8601. */
export function daysAgo(days: number): string {
  return new Date(Date.parse(GENERATED_AT) - days * 86_400_000).toISOString();
}

export function commit(
  seed: string,
  subject: string,
  author: string,
  days: number,
  pulls: number[] = [],
): PendingCommit {
  return { sha: sha(seed), subject, author, date: daysAgo(days), pullRequests: pulls };
}

export interface PendingEdgeArgs {
  kind?: EdgeKind;
  from: string;
  to: string;
  commits: PendingCommit[];
  /** The whole count, when more are pending than listed (default: commits.length). */
  pendingCount?: number;
  overdue?: boolean;
  fromSha?: string;
  toSha?: string;
}

/** A pending edge: its commits the oldest first (at most PENDING_LISTED), its authors, its oldest date. */
export function pendingEdge(a: PendingEdgeArgs): EdgeDrift {
  const oldestFirst = [...a.commits].sort((x, y) => x.date.localeCompare(y.date));
  return {
    kind: a.kind ?? 'promote',
    from: a.from,
    to: a.to,
    state: 'pending',
    fromSha: a.fromSha ?? a.commits.at(-1)?.sha ?? sha('1'),
    toSha: a.toSha ?? sha('2'),
    pending: oldestFirst.slice(0, PENDING_LISTED),
    pendingCount: a.pendingCount ?? a.commits.length,
    oldestAt: oldestFirst[0]?.date ?? null,
    authors: [...new Set(oldestFirst.map((c) => c.author))],
    overdue: a.overdue ?? false,
    targetOnly: 0,
  };
}

export function inSyncEdge(from: string, to: string, kind: EdgeKind = 'promote', at = sha('3')): EdgeDrift {
  return {
    kind,
    from,
    to,
    state: 'in-sync',
    fromSha: at,
    toSha: at,
    pending: [],
    pendingCount: 0,
    oldestAt: null,
    authors: [],
    overdue: false,
    targetOnly: 0,
  };
}

export interface ReportParts {
  chain: string[];
  edges: EdgeDrift[];
  missedForwardMerges?: MissedForwardMerge[];
  missingRefs?: MissingRef[];
  environment?: EnvironmentSection;
  live?: LiveSection;
  matrix?: DriftMatrix | null;
}

function incompleteReasons(p: ReportParts): string[] {
  const reasons: string[] = [];
  for (const e of p.edges) if (e.state === 'unknown') reasons.push(`edge ${e.from} → ${e.to}: ${e.reason}`);
  const env = p.environment;
  if (env?.state === 'computed')
    for (const pair of env.pairs)
      if (pair.state === 'unknown')
        reasons.push(`environments ${pair.upstream} → ${pair.downstream}: ${pair.reason}`);
  const live = p.live;
  if (live?.state === 'unreachable') reasons.push(`Argo CD unreachable: ${live.reason}`);
  if (live?.state === 'computed')
    for (const c of live.clusters)
      if (c.state === 'unknown') reasons.push(`cluster ${c.cluster}: ${c.reason}`);
  return reasons;
}

function approvalsOf(edges: readonly EdgeDrift[]): Approval[] {
  return edges.flatMap((e) =>
    e.state === 'pending' && e.kind !== 'wave'
      ? [
          {
            kind: e.kind,
            from: e.from,
            to: e.to,
            fromSha: e.fromSha,
            toSha: e.toSha,
            pendingCount: e.pendingCount,
          },
        ]
      : [],
  );
}

export function driftReport(p: ReportParts): DriftReport {
  const promotion = {
    edges: p.edges,
    missedForwardMerges: p.missedForwardMerges ?? [],
    missingRefs: p.missingRefs ?? [],
  };
  const environment: EnvironmentSection = p.environment ?? {
    state: 'skipped',
    reason: 'drift.environments is off',
  };
  const live: LiveSection = p.live ?? { state: 'skipped', reason: 'no Argo CD server configured' };
  const counts = countDrift(promotion, environment, live);
  const incomplete = incompleteReasons(p);
  return {
    generatedAt: GENERATED_AT,
    repository: 'example-org/gitops-repo',
    chain: p.chain,
    promotion,
    environment,
    live,
    matrix: p.matrix ?? null,
    approvals: approvalsOf(p.edges),
    counts,
    drifted: counts.errors + counts.warnings + counts.pendingCommits > 0,
    complete: incomplete.length === 0,
    incomplete,
  };
}

const MATRIX_CLUSTERS = ['dev-01', 'stag-01', 'prod-01', 'ops-01'];

/** The what-runs-where of the example: each component at its environment's ref. */
export function exampleMatrix(components = ['cert-manager', 'kyverno', 'loki']): DriftMatrix {
  const refs: Record<string, string> = {
    'dev-01': 'dev',
    'stag-01': 'staging',
    'prod-01': 'stable',
    'ops-01': 'ops-stable',
  };
  const cells: DriftMatrix['cells'] = {};
  for (const c of components)
    cells[c] = Object.fromEntries(
      MATRIX_CLUSTERS.map((k) => [k, c === 'kyverno' && k === 'dev-01' ? null : refs[k]!]),
    );
  return { clusters: MATRIX_CLUSTERS, components, cells };
}

/** Mixed drift: pending edges (one overdue), a missed forward-merge, env findings, live problems, an orphan, an unreachable cluster. */
export function mixedReport(): DriftReport {
  return driftReport({
    chain: ['dev', 'staging', 'stable', 'ops-stable'],
    edges: [
      pendingEdge({
        from: 'dev',
        to: 'staging',
        fromSha: sha('d'),
        toSha: sha('5'),
        commits: [
          commit('b', 'loki: wave 4 (#12)', 'Ada', 2, [12]),
          commit('c', 'pipe | in <subject>', 'Grace | Ops', 1, [15]),
          commit('e', 'pushed to dev by @octocat', 'Linus', 0),
          commit('f', 'kyverno: enforce', 'Ada', 3, [16, 17]),
        ],
      }),
      pendingEdge({
        kind: 'release',
        from: 'staging',
        to: 'stable',
        fromSha: sha('5'),
        toSha: sha('6'),
        overdue: true,
        commits: [
          commit('7', 'cert-manager 1.16', 'Grace | Ops', 12, [9]),
          commit('8', 'prometheus: retention 30d', 'Ada', 10, [10]),
          commit('9', 'ingress: new class', 'Linus', 9),
        ],
      }),
      inSyncEdge('stable', 'ops-stable', 'wave', sha('6')),
    ],
    missedForwardMerges: [
      {
        target: 'staging',
        source: 'stable',
        commits: [commit('a', 'fix login redirect', 'Ada', 4, [21])],
        commitCount: 1,
        hotfixes: ['hotfix/fix-login', 'stable-v1.2.1'],
      },
    ],
    environment: {
      state: 'computed',
      pairs: [
        { upstream: 'dev', downstream: 'staging', state: 'compared', findings: [] },
        {
          upstream: 'staging',
          downstream: 'stable',
          state: 'compared',
          findings: [
            { kind: 'downstream-only', component: 'kyverno', clusters: ['prod-01'] },
            {
              kind: 'revision',
              cluster: 'prod-01',
              application: 'prod-01-loki',
              revision: 'v2.9.1',
              expected: 'stable',
            },
            {
              kind: 'values',
              component: 'loki',
              cluster: 'prod-01',
              path: '/spec/source/helm/valuesObject/replicas',
              upstream: '1',
              downstream: '3',
            },
          ],
        },
      ],
    },
    live: {
      state: 'computed',
      server: 'argocd.example.com',
      clusters: [
        {
          cluster: 'stag-01',
          state: 'checked',
          applications: [
            {
              name: 'stag-01-loki',
              sync: 'OutOfSync',
              health: 'Healthy',
              revision: sha('4'),
              expectedRevision: sha('5'),
              problems: ['out-of-sync', 'wrong-revision'],
            },
          ],
          orphans: [],
          notDeployed: [],
          lastSyncAt: daysAgo(1),
          applicationCount: 6,
        },
        {
          cluster: 'prod-01',
          state: 'checked',
          applications: [
            {
              name: 'prod-01-kyverno',
              sync: 'Synced',
              health: 'Degraded',
              revision: null,
              expectedRevision: null,
              problems: ['degraded'],
            },
          ],
          orphans: ['prod-01-old-grafana'],
          notDeployed: [],
          lastSyncAt: daysAgo(3),
          applicationCount: 7,
        },
        {
          cluster: 'ops-01',
          state: 'unknown',
          reason: 'Argo CD reports the cluster unreachable: dial tcp 10.0.0.4:443: i/o timeout',
        },
      ],
    },
    matrix: exampleMatrix(),
  });
}

/** Everything proven in sync: every edge, both environment pairs, every cluster. */
export function cleanReport(): DriftReport {
  const clusters = ['dev-01', 'stag-01', 'prod-01', 'ops-01'].map((cluster, i) => ({
    cluster,
    state: 'checked' as const,
    applications: [],
    orphans: [],
    notDeployed: [],
    lastSyncAt: daysAgo(i),
    applicationCount: 6,
  }));
  return driftReport({
    chain: ['dev', 'staging', 'stable', 'ops-stable'],
    edges: [
      inSyncEdge('dev', 'staging', 'promote', sha('3')),
      inSyncEdge('staging', 'stable', 'release', sha('3')),
      inSyncEdge('stable', 'ops-stable', 'wave', sha('3')),
    ],
    environment: {
      state: 'computed',
      pairs: [
        { upstream: 'dev', downstream: 'staging', state: 'compared', findings: [] },
        { upstream: 'staging', downstream: 'stable', state: 'compared', findings: [] },
      ],
    },
    live: { state: 'computed', server: 'argocd.example.com', clusters },
    matrix: exampleMatrix(),
  });
}

/**
 * A big fleet: `clusters` clusters of `appsPerCluster` problem Applications and as many orphans, two
 * edges with `commits` pending each (PENDING_LISTED listed), a values finding per cluster and component.
 */
export function bigReport(clusters: number, appsPerCluster: number, commits: number): DriftReport {
  const names = Array.from({ length: clusters }, (_, i) => `prod-${String(i + 1).padStart(3, '0')}`);
  const many = (prefix: string, count: number) =>
    Array.from({ length: Math.min(count, PENDING_LISTED) }, (_, i) =>
      commit(
        `${prefix}${i.toString(16).padStart(3, '0')}`,
        `change number ${i} of a long week`,
        `Author ${i % 7}`,
        30 - (i % 30),
        [100 + i],
      ),
    );
  const components = Array.from({ length: 12 }, (_, i) => `component-${i}`);
  return driftReport({
    chain: ['dev', 'staging', 'stable'],
    edges: [
      pendingEdge({
        from: 'dev',
        to: 'staging',
        commits: many('a', commits),
        pendingCount: commits,
        fromSha: sha('d'),
        toSha: sha('5'),
      }),
      pendingEdge({
        kind: 'release',
        from: 'staging',
        to: 'stable',
        commits: many('b', commits),
        pendingCount: commits,
        overdue: true,
        fromSha: sha('5'),
        toSha: sha('6'),
      }),
    ],
    environment: {
      state: 'computed',
      pairs: [
        {
          upstream: 'staging',
          downstream: 'stable',
          state: 'compared',
          findings: names.flatMap((cluster) =>
            components.map((component) => ({
              kind: 'values' as const,
              component,
              cluster,
              path: '/spec/source/helm/valuesObject/replicas',
              upstream: '1',
              downstream: '3',
            })),
          ),
        },
      ],
    },
    live: {
      state: 'computed',
      server: 'argocd.example.com',
      clusters: names.map((cluster) => ({
        cluster,
        state: 'checked' as const,
        applications: Array.from({ length: appsPerCluster }, (_, i) => ({
          name: `${cluster}-app-${i}`,
          sync: 'OutOfSync',
          health: i % 3 === 0 ? 'Degraded' : 'Healthy',
          revision: null,
          expectedRevision: null,
          problems: i % 3 === 0 ? ['degraded' as const] : ['out-of-sync' as const],
        })),
        orphans: Array.from({ length: appsPerCluster }, (_, i) => `${cluster}-orphan-${i}`),
        notDeployed: [],
        lastSyncAt: daysAgo(1),
        applicationCount: appsPerCluster * 2,
      })),
    },
    matrix: {
      clusters: names,
      components,
      cells: Object.fromEntries(
        components.map((c) => [c, Object.fromEntries(names.map((n) => [n, 'stable']))]),
      ),
    },
  });
}
