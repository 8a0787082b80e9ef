import { finding, type RawFinding } from '../../findings.js';
import applicationSchema from '../../../schemas/argocd-application.schema.json' with { type: 'json' };
import { explain, precompiled } from '../json-schema.js';
import { fromJson, nodeAt, toJson } from '../vnode.js';
import type { RuleContext } from './context.js';

/** Problems a more specific rule reports better (value-files-empty for null valueFiles entries). */
const COVERED_ELSEWHERE = [/(^|\/)helm\/valueFiles\/\d+$/];

/** Rendered Applications against Argo CD's Application CRD schema, with unknown fields rejected. */
export function applicationSchemaRule(ctx: RuleContext): RawFinding[] {
  const validate = precompiled(applicationSchema);
  const out: RawFinding[] = [];
  for (const app of ctx.apps) {
    if (validate(app.object)) continue;
    const root = fromJson(app.object, app.cluster.definedAt);
    for (const v of explain(validate.errors ?? [], root, app.cluster.definedAt)) {
      if (COVERED_ELSEWHERE.some((re) => re.test(v.segments.join('/')))) continue;
      const node = nodeAt(root, v.segments);
      const at =
        v.keyword === 'additionalProperties'
          ? ctx.locate.key(app, v.segments)
          : ctx.locate.field(app, v.segments, node && node.kind === 'scalar' ? toJson(node) : null);
      out.push({
        ...finding('error', 'application-schema', v.message, at, app.cluster.name),
        subject: app.name,
      });
    }
  }
  return out;
}
