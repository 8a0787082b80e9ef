import { describe, expect, it } from 'vitest';
import {
  canonical,
  deployedObjects,
  escapeSetValue,
  expandBuildEnv,
  mergePatch,
  sameRepo,
} from '../helpers/argo-source-render.js';

/** The oracle's own pieces of Argo CD's recipe (TOOLING.md, "How Argo CD renders a Helm source"). */
describe('the oracle recipe', () => {
  it('escapes commas as Argo CD does, except in a {…} list or where already escaped', () => {
    expect(escapeSetValue('a,b')).toBe('a\\,b');
    expect(escapeSetValue('a\\,b')).toBe('a\\,b');
    expect(escapeSetValue('{a,b}')).toBe('{a,b}');
    expect(escapeSetValue(',,')).toBe('\\,\\,');
  });

  it('expands build variables like os.Expand: unknown to empty, $$ to $', () => {
    const vars = { ARGOCD_APP_NAME: 'prd-2-gateway' };
    expect(expandBuildEnv('values-$ARGOCD_APP_NAME.yaml', vars)).toBe('values-prd-2-gateway.yaml');
    expect(expandBuildEnv('${ARGOCD_APP_NAME}/x', vars)).toBe('prd-2-gateway/x');
    expect(expandBuildEnv('$NOPE-$$', vars)).toBe('-$');
  });

  it('merges .argocd-source files as a JSON merge patch: maps merged, lists replaced, null deletes', () => {
    const source = {
      path: 'apps/x',
      helm: { valueFiles: ['a.yaml'], parameters: [{ name: 'a', value: '1' }] },
    };
    const patch = { helm: { parameters: [{ name: 'image.tag', value: '2' }], valueFiles: null } };
    expect(mergePatch(source, patch)).toEqual({
      path: 'apps/x',
      helm: { parameters: [{ name: 'image.tag', value: '2' }] },
    });
  });

  it('takes ssh and https forms, .git, a trailing slash and the case of the host for one repository', () => {
    const forms = [
      'git@github.com:Org/Fleet.git',
      'https://github.com/org/fleet',
      'https://github.com/org/fleet.git/',
      'ssh://git@github.com/org/fleet.git',
    ];
    expect(new Set(forms.map(sameRepo))).toEqual(new Set(['https://github.com/org/fleet']));
    expect(sameRepo('https://github.com/org/other')).not.toBe(sameRepo(forms[0]!));
  });

  it("keys what helm rendered where Argo CD deploys it: lists flattened, empty documents dropped, a repeated key's last value", () => {
    const out = [
      '---',
      '# Source: x/templates/a.yaml',
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: a }',
      'data: { k: "1", k: "2" }',
      '---',
      '---',
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - { apiVersion: v1, kind: Secret, metadata: { name: s, namespace: other } }',
      '  - { apiVersion: rbac.authorization.k8s.io/v1, kind: ClusterRole, metadata: { name: r } }',
      '',
    ].join('\n');
    const objects = deployedObjects(out, 'apps');
    expect([...objects.keys()].sort()).toEqual(['ClusterRole//r', 'ConfigMap/apps/a', 'Secret/other/s']);
    expect(objects.get('ConfigMap/apps/a')!.data).toEqual({ k: '2' });
  });

  it('compares objects without regard to key order', () => {
    expect(canonical({ b: 1, a: [{ y: 1, x: 2 }] })).toBe(canonical({ a: [{ x: 2, y: 1 }], b: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});
