import {
  collapseFindings,
  countBySeverity,
  sortFindings,
  type Finding,
  type RawFinding,
} from '../findings.js';
import type { Config } from '../gitops/config.js';
import { detectControlPlane, type ControlPlane } from '../gitops/control-plane.js';
import { Locator } from '../gitops/locate.js';
import { RULES } from '../gitops/rules/index.js';
import type { ValidateResult } from '../gitops/validate-model.js';
import type { VMap } from '../gitops/vnode.js';
import { buildMatrix } from '../report/matrix.js';
import type { ClusterRenders } from './validate-render.js';
import type { Discovery } from './validate-discover.js';

/** validate's last phase: the rules over what rendered, the config's rule settings, the result. */

/** Runs every rule over the discovery and its renders: validate's verdict. */
export function check(d: Discovery, r: ClusterRenders): ValidateResult {
  const unrendered = d.topology.clusters.flatMap((c) => (r.rendered.has(c.name) ? [] : [c.name]));
  const controlPlane = detectControlPlane(d.config.controlPlane, d.all.clusters, r.apps, unrendered);
  const raw: RawFinding[] = [...d.findings, ...r.findings, ...ruleFindings(d, r, controlPlane)];
  raw.push(...d.files.yamlFindings());
  const findings = sortFindings(applyRuleSettings(collapseFindings(raw), d.config));
  return {
    findings,
    counts: countBySeverity(findings),
    clusters: d.topology.clusters.map((c) => ({
      name: c.name,
      env: c.env,
      ref: c.ref,
      rendered: r.rendered.has(c.name),
      applications: r.rendered.get(c.name) ?? 0,
    })),
    matrix: buildMatrix(d.topology.clusters, r.apps, [...r.rendered.keys()]),
    apps: r.apps,
    topology: d.topology,
    controlPlane,
    config: d.config,
  };
}

function ruleFindings(d: Discovery, r: ClusterRenders, controlPlane: ControlPlane): RawFinding[] {
  const merged = new Map<string, VMap | null>([...r.values].map(([k, v]) => [k, v.merged]));
  const ctx = {
    files: d.files,
    config: d.config,
    topology: d.topology,
    apps: r.apps,
    objects: r.objects,
    values: r.values,
    locate: new Locator(d.files, merged),
    partial: d.partial,
    controlPlane,
  };
  return RULES.flatMap((rule) => rule(ctx));
}

/** Config `rules:` turns a rule off or changes its severity. */
export function applyRuleSettings<F extends Finding>(findings: readonly F[], config: Config): F[] {
  const out: F[] = [];
  for (const f of findings) {
    const setting = config.rules[f.rule];
    if (setting === 'off') continue;
    out.push(setting ? { ...f, severity: setting } : f);
  }
  return out;
}
