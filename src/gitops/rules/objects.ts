import { finding, type RawFinding } from '../../findings.js';
import { isApplication } from '../applications.js';
import { describeObject, objectKey, type RenderedObject } from '../objects.js';
import { isMap } from '../../util/is-map.js';
import type { RuleContext } from './context.js';

/**
 * Every object the app-of-apps chart renders has what Kubernetes and Argo CD need to apply it: a
 * string `apiVersion` and `kind`, and a `metadata` map with a `name` (or a `generateName`, a hook's).
 * One problem, one finding: Applications are left to application-schema, which requires the same.
 */
export function objectFieldsRule(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const o of ctx.objects) {
    // An Application's metadata is held to Argo CD's own schema (application-schema).
    if (isApplication(o.object)) continue;
    const missing = missingFields(o.object);
    if (missing.length === 0) continue;
    const what = o.kind ? `${o.kind}${o.name ? ` ${o.name}` : ''}` : 'an object';
    const at = ctx.locate.template(o, missing.includes('metadata') ? [] : ['metadata']);
    out.push(
      finding(
        'error',
        'object-required-fields',
        `${what} rendered with no ${missing.join(', no ')}: Argo CD cannot apply it`,
        at,
        o.cluster.name,
      ),
    );
  }
  return out;
}

function missingFields(object: Record<string, unknown>): string[] {
  const text = (v: unknown) => typeof v === 'string' && v !== '';
  const missing: string[] = [];
  if (!text(object.apiVersion)) missing.push('apiVersion');
  if (!text(object.kind)) missing.push('kind');
  if (!isMap(object.metadata)) missing.push('metadata');
  else if (!text(object.metadata.name) && !text(object.metadata.generateName)) missing.push('metadata.name');
  return missing;
}

/**
 * Two objects with one identity (API group, kind, namespace, name) in one cluster's render are one
 * live resource: Argo CD applies the last and warns. Applications have their own rule
 * (application-name-unique); objects without a name are reported by object-required-fields.
 */
export function objectUniqueRule(ctx: RuleContext): RawFinding[] {
  const seen = new Map<string, RenderedObject>();
  const out: RawFinding[] = [];
  for (const o of ctx.objects) {
    if (!o.name || !o.kind || isApplication(o.object)) continue;
    const key = `${o.cluster.name}\0${objectKey(o)}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, o);
      continue;
    }
    const also =
      first.template === o.template
        ? `rendered twice by ${o.template ?? 'the chart'}`
        : `also rendered by ${first.template ?? 'another template'}`;
    out.push(
      finding(
        'error',
        'object-unique',
        `${describeObject(o)} is ${also}: Argo CD applies only the last of them`,
        ctx.locate.templateMention(o, o.name, ['metadata', 'name']),
        o.cluster.name,
      ),
    );
  }
  return out;
}
