import { describe, expect, it } from 'vitest';
import type { ApplicationObject } from '../../src/gitops/applications.js';
import type { AppChange } from '../../src/diff/model.js';
import { appRisks } from '../../src/diff/risks.js';

const change = (status: AppChange['status']): AppChange => ({
  kind: 'Application',
  cluster: 'dev-01',
  name: 'dev-01-loki',
  namespace: 'argocd',
  status,
  fields: [],
  unified: '',
  deep: { state: 'not-applicable' },
});

function app(spec: Record<string, unknown>, finalizers: string[] = []): ApplicationObject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'dev-01-loki', namespace: 'argocd', finalizers },
    spec: {
      project: 'default',
      source: { repoURL: 'https://x', path: 'p', targetRevision: 'HEAD' },
      ...spec,
    },
  } as unknown as ApplicationObject;
}

const dest = { server: 'https://dev-01.k8s.example.com', namespace: 'loki' };
const kinds = (before: ApplicationObject, after: ApplicationObject) =>
  appRisks(change('modified'), before, after).map((r) => [r.kind, r.message]);

describe('risk flags', () => {
  it('automated.enabled: false is automated sync turned off (Argo CD 3.1)', () => {
    const on = app({ destination: dest, syncPolicy: { automated: { prune: true } } });
    const off = app({ destination: dest, syncPolicy: { automated: { prune: true, enabled: false } } });
    expect(kinds(on, off)).toEqual([['automated-sync-toggled', 'automated sync is turned off']]);
    expect(kinds(off, on)).toEqual([['automated-sync-toggled', 'automated sync is turned on']]);
  });

  it('a removed Application whose automated sync is disabled does not prune', () => {
    const off = app({ destination: dest, syncPolicy: { automated: { prune: true, enabled: false } } });
    expect(appRisks(change('removed'), off, undefined).map((r) => r.message)).toEqual([
      'Application removed',
    ]);
    const on = app({ destination: dest, syncPolicy: { automated: { prune: true } } }, [
      'resources-finalizer.argocd.argoproj.io',
    ]);
    expect(appRisks(change('removed'), on, undefined).map((r) => r.message)).toEqual([
      'Application removed: with automated prune and the resources finalizer, Argo CD deletes its live resources',
    ]);
  });

  it('the same destination written in another key order is no change', () => {
    const a = app({ destination: { server: dest.server, namespace: 'loki' } });
    const b = app({ destination: { namespace: 'loki', server: dest.server } });
    expect(kinds(a, b)).toEqual([]);
    const c = app({ destination: { namespace: 'logging', server: dest.server } });
    expect(kinds(a, c)).toEqual([
      [
        'destination-changed',
        'destination changes from https://dev-01.k8s.example.com (namespace loki) to https://dev-01.k8s.example.com (namespace logging)',
      ],
    ]);
  });
});
