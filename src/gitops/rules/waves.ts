import { finding, type RawFinding } from '../../findings.js';
import { componentKey, type RenderedApp } from '../applications.js';
import { nodeAt } from '../vnode.js';
import type { RuleContext } from './context.js';

export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
const WAVE_PATH = ['metadata', 'annotations', SYNC_WAVE];

function wave(app: RenderedApp): { raw: unknown; value: number | null } {
  const raw = app.object.metadata?.annotations?.[SYNC_WAVE];
  if (raw === undefined) return { raw, value: 0 };
  // Untrimmed, as Argo CD reads it (Go's strconv.Atoi): " 5" is not wave 5 there but wave 0.
  return { raw, value: typeof raw === 'string' && /^[+-]?\d+$/.test(raw) ? Number(raw) : null };
}

/** The sync-wave annotation is an integer in a string: Argo CD ignores anything else silently. */
export function syncWaveFormatRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    const { raw, value } = wave(app);
    if (value !== null) continue;
    out.push({
      ...finding(
        'error',
        'sync-wave-format',
        `sync-wave ${JSON.stringify(raw)} is not an integer string (Argo CD treats it as wave 0)`,
        ctx.locate.field(app, WAVE_PATH, raw),
        app.cluster.name,
      ),
      subject: app.name,
    });
  }
  return out;
}

/** Declared dependencies (`dependsOn`) deploy in strictly earlier waves, on every cluster. */
export function syncWaveOrderRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const deps = Object.entries(ctx.config.dependsOn);
  if (deps.length === 0) return out;
  const byCluster = new Map<string, Map<string, RenderedApp>>();
  for (const app of ctx.apps) {
    let m = byCluster.get(app.cluster.name);
    if (!m) byCluster.set(app.cluster.name, (m = new Map()));
    m.set(componentKey(app.component), app);
  }
  const unknown = unknownDependencies(ctx, deps);
  out.push(...unknown.map((u) => u.finding));
  const typos = new Set(unknown.map((u) => u.name));
  for (const [cluster, apps] of byCluster) {
    for (const [dependent, needs] of deps) {
      const app = apps.get(componentKey(dependent));
      if (!app) continue;
      const own = wave(app).value;
      if (own === null) continue;
      for (const need of needs) {
        const dep = apps.get(componentKey(need));
        if (!dep && typos.has(need)) continue;
        if (!dep) {
          out.push({
            ...finding(
              'warning',
              'sync-wave-order',
              `depends on ${need}, which is not deployed on ${cluster}`,
              ctx.locate.template(app, ['metadata', 'name']),
              cluster,
            ),
            subject: app.name,
          });
          continue;
        }
        const theirs = wave(dep).value;
        if (theirs === null || theirs < own) continue;
        out.push({
          ...finding(
            'error',
            'sync-wave-order',
            `${app.component} (wave ${own}) depends on ${dep.component} (wave ${theirs}): a dependency must deploy in a strictly earlier wave`,
            ctx.locate.field(app, WAVE_PATH, wave(app).raw ?? null),
            cluster,
          ),
        });
      }
    }
  }
  return out;
}

/**
 * `dependsOn` names that are no component anywhere (a typo would otherwise switch the check off), at
 * their line in the config. Only when every cluster rendered: one missing could hold the component.
 */
function unknownDependencies(
  ctx: RuleContext,
  deps: [string, string[]][],
): { name: string; finding: RawFinding }[] {
  const file = ctx.config.file;
  const withApps = new Set(ctx.apps.map((a) => a.cluster.name));
  const renderedAll = ctx.topology.clusters.every((c) => withApps.has(c.name));
  if (ctx.partial || !file || !renderedAll) return [];
  const known = new Set(ctx.apps.map((a) => componentKey(a.component)));
  const root = ctx.files.readYaml(file)?.documents[0]?.root;
  const at = (segments: string[]) => {
    const node = root && nodeAt(root, segments);
    return node ? (node.keyPos ?? node.pos) : { file, line: 1, column: 1 };
  };
  const components = [...new Set(ctx.apps.map((a) => a.component))].sort().join(', ');
  const out: { name: string; finding: RawFinding }[] = [];
  for (const [dependent, needs] of deps) {
    const names = [
      [dependent, ['dependsOn', dependent]] as const,
      ...needs.map((n, i) => [n, ['dependsOn', dependent, String(i)]] as const),
    ];
    for (const [name, segments] of names) {
      if (known.has(componentKey(name))) continue;
      out.push({
        name,
        finding: finding(
          'error',
          'sync-wave-order',
          `dependsOn names "${name}", which is no component (components: ${components})`,
          at([...segments]),
        ),
      });
    }
  }
  return out;
}
