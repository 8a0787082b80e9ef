import { finding, type RawFinding } from '../../findings.js';
import type { Position } from '../../findings.js';
import { isMap } from '../../util/is-map.js';
import type { RenderedObject } from '../objects.js';
import type { RuleContext } from './context.js';

const ARGO = 'argoproj.io';

/** One reference to an AppProject: an Application's `spec.project`, an ApplicationSet template's. */
interface ProjectUse {
  cluster: string;
  project: string;
  /** Who uses it, as a message prefix ('' for an Application: the finding's subject names it). */
  what: string;
  at: Position;
  subject?: string;
}

/**
 * An Application (or an ApplicationSet's template) names an AppProject that exists: `default`, or
 * one the same render defines. A cluster whose render defines no AppProject may use the ones another
 * cluster's render defines (one control plane holding every project); a repo that renders no
 * AppProject at all creates them elsewhere, and is not checked. A warning: a project can also be
 * created by hand.
 */
export function applicationProjectRule(ctx: RuleContext): RawFinding[] {
  const projects = new Map<string, Set<string>>();
  for (const o of ctx.objects) {
    if (o.group !== ARGO || o.kind !== 'AppProject' || !o.name) continue;
    const set = projects.get(o.cluster.name) ?? new Set<string>();
    projects.set(o.cluster.name, set.add(o.name));
  }
  if (projects.size === 0) return [];
  const everywhere = new Set([...projects.values()].flatMap((s) => [...s]));
  const out: RawFinding[] = [];
  for (const use of projectUses(ctx)) {
    if (use.project === 'default') continue;
    const own = projects.get(use.cluster);
    // Another cluster's render may hold the projects, but a partial run does not see every render.
    if (!own && ctx.partial) continue;
    if ((own ?? everywhere).has(use.project)) continue;
    // One message for every cluster: the same missing project is one finding.
    out.push({
      ...finding(
        'warning',
        'application-project',
        `${use.what}project "${use.project}" is neither "default" nor an AppProject the app-of-apps chart renders (it renders ${[...everywhere].sort().join(', ')}): Argo CD refuses an Application whose project does not exist`,
        use.at,
        use.cluster,
      ),
      ...(use.subject ? { subject: use.subject } : {}),
    });
  }
  return out;
}

function projectUses(ctx: RuleContext): ProjectUse[] {
  const uses: ProjectUse[] = [];
  for (const app of ctx.apps) {
    const project = (app.object.spec as { project?: unknown } | undefined)?.project;
    if (typeof project !== 'string' || project === '') continue;
    uses.push({
      cluster: app.cluster.name,
      project,
      what: '',
      at: ctx.locate.field(app, ['spec', 'project'], project),
      subject: app.name,
    });
  }
  for (const o of ctx.objects) {
    const project = applicationSetProject(o);
    if (project === null) continue;
    uses.push({
      cluster: o.cluster.name,
      project,
      what: `ApplicationSet ${o.name}: `,
      at: ctx.locate.template(o, ['spec', 'template', 'spec', 'project']),
    });
  }
  return uses;
}

/** The project an ApplicationSet's template names, when it is written out (not a `{{…}}` parameter). */
function applicationSetProject(o: RenderedObject): string | null {
  if (o.group !== ARGO || o.kind !== 'ApplicationSet' || !isMap(o.object.spec)) return null;
  const template = o.object.spec.template;
  const spec = isMap(template) && isMap(template.spec) ? template.spec : null;
  const project = spec?.project;
  if (typeof project !== 'string' || project === '' || project.includes('{{')) return null;
  return project;
}
