import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { describe, it, expect } from 'vitest';
import schema from '../../schemas/argocd-application.schema.json' with { type: 'json' };

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATOR = path.join(ROOT, 'scripts', 'gen-argocd-schema.mjs');

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

type Json = Record<string, unknown>;

function validApp(): Json {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: 'payments-staging',
      namespace: 'argocd',
      labels: { 'app.kubernetes.io/part-of': 'payments', env: 'staging' },
      annotations: {
        'argocd.argoproj.io/sync-wave': '2',
        'notifications.argoproj.io/subscribe.on-sync-failed.slack': 'payments-alerts',
      },
      finalizers: ['resources-finalizer.argocd.argoproj.io'],
    },
    spec: {
      project: 'payments',
      source: {
        repoURL: 'https://github.com/example/gitops.git',
        targetRevision: 'main',
        path: 'charts/payments',
        helm: {
          releaseName: 'payments',
          valueFiles: ['values.yaml', 'values-staging.yaml'],
          values: 'replicaCount: 2\nimage:\n  tag: "1.4.2"\n',
        },
      },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'payments' },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
        retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } },
      },
      revisionHistoryLimit: 10,
    },
  };
}

function errorsOf(doc: unknown): ErrorObject[] {
  const ok = validate(doc);
  return ok ? [] : [...(validate.errors ?? [])];
}

/** Shallow projection so expectations stay exact without depending on schemaPath/message wording. */
function brief(errors: ErrorObject[]) {
  return errors.map((e) => ({ instancePath: e.instancePath, keyword: e.keyword, params: e.params }));
}

function withSpec(mutate: (spec: Json) => void): Json {
  const app = validApp();
  mutate(app.spec as Json);
  return app;
}

describe('schemas/argocd-application.schema.json', () => {
  it('carries its provenance', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBe('https://gitops-promotion.dev/schemas/argocd-application.schema.json');
    expect(schema.$comment).toContain('37ee0097cf851bc2dd7665fc081bbce61a7e836e');
    expect(schema.$comment).toContain('Apache License 2.0');
    expect(schema.required).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(schema.properties.spec.required).toEqual(['destination', 'project']);
  });

  it('accepts a realistic single-source Helm Application', () => {
    expect(errorsOf(validApp())).toEqual([]);
  });

  it('accepts a multi-source Application (spec.sources[] with a ref source)', () => {
    const app = withSpec((spec) => {
      delete spec.source;
      spec.sources = [
        {
          repoURL: 'https://charts.example.com',
          chart: 'payments',
          targetRevision: '1.4.2',
          helm: { releaseName: 'payments', valueFiles: ['$values/envs/staging/payments.yaml'] },
        },
        { repoURL: 'https://github.com/example/gitops.git', targetRevision: 'main', ref: 'values' },
      ];
    });
    expect(errorsOf(app)).toEqual([]);
  });

  it('accepts helm.valuesObject with arbitrary content (x-kubernetes-preserve-unknown-fields)', () => {
    const app = withSpec((spec) => {
      (spec.source as { helm: Json }).helm.valuesObject = { image: { tag: '1.4.2' }, anything: [1, 'two'] };
    });
    expect(errorsOf(app)).toEqual([]);
  });

  it('rejects spec.syncPolicy.automatic (typo of automated) as an additional property', () => {
    const app = withSpec((spec) => {
      const syncPolicy = spec.syncPolicy as Json;
      syncPolicy.automatic = syncPolicy.automated;
      delete syncPolicy.automated;
    });
    expect(brief(errorsOf(app))).toEqual([
      {
        instancePath: '/spec/syncPolicy',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'automatic' },
      },
    ]);
  });

  it('rejects spec.source.helm.valueFile (typo of valueFiles)', () => {
    const app = withSpec((spec) => {
      const helm = (spec.source as { helm: Json }).helm;
      helm.valueFile = helm.valueFiles;
      delete helm.valueFiles;
    });
    expect(brief(errorsOf(app))).toEqual([
      {
        instancePath: '/spec/source/helm',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'valueFile' },
      },
    ]);
  });

  it('rejects a non-string label value', () => {
    const app = validApp();
    (app.metadata as { labels: Json }).labels.replicas = 3;
    expect(brief(errorsOf(app))).toEqual([
      { instancePath: '/metadata/labels/replicas', keyword: 'type', params: { type: 'string' } },
    ]);
  });

  it('rejects a missing spec.destination (the CRD requires destination and project)', () => {
    const app = withSpec((spec) => {
      delete spec.destination;
    });
    expect(brief(errorsOf(app))).toEqual([
      { instancePath: '/spec', keyword: 'required', params: { missingProperty: 'destination' } },
    ]);
  });

  it('rejects a missing spec.project', () => {
    const app = withSpec((spec) => {
      delete spec.project;
    });
    expect(brief(errorsOf(app))).toEqual([
      { instancePath: '/spec', keyword: 'required', params: { missingProperty: 'project' } },
    ]);
  });

  it('rejects kind: ApplicationSet', () => {
    const app = { ...validApp(), kind: 'ApplicationSet' };
    expect(brief(errorsOf(app))).toEqual([
      { instancePath: '/kind', keyword: 'const', params: { allowedValue: 'Application' } },
    ]);
  });

  it('rejects a wrong apiVersion, a missing metadata.name and unknown metadata fields', () => {
    const app = validApp();
    app.apiVersion = 'argoproj.io/v1beta1';
    const metadata = app.metadata as Json;
    delete metadata.name;
    metadata.label = { env: 'staging' };
    expect(brief(errorsOf(app))).toEqual([
      { instancePath: '/apiVersion', keyword: 'const', params: { allowedValue: 'argoproj.io/v1alpha1' } },
      { instancePath: '/metadata', keyword: 'required', params: { missingProperty: 'name' } },
      { instancePath: '/metadata', keyword: 'additionalProperties', params: { additionalProperty: 'label' } },
    ]);
  });

  it('is what scripts/gen-argocd-schema.mjs generates (--check)', () => {
    const result = spawnSync(process.execPath, [GENERATOR, '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('the precompiled Application validator', () => {
  it('is what scripts/gen-validators.mjs generates from the committed schema', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/gen-validators.mjs'), '--check'], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('agrees with ajv compiling the schema at run time', async () => {
    const { validate } = await import('../../src/gitops/generated/argocd-application.validate.js');
    const bad = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name: 'x' },
      spec: { project: 'p', destination: {}, syncPolicy: { automatic: {} } },
    };
    expect(validate(bad)).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/spec/syncPolicy', 'additionalProperties'],
    ]);
  });
});
