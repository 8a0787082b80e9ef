import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { editIdentity, type IdentityChange } from '../../src/gitops/identity-edits.js';
import { EXAMPLE_REPO } from '../helpers/fixture-repo.js';

const change = (over: Partial<IdentityChange> = {}): IdentityChange => ({
  name: { from: 'dev-01', to: 'dev-02' },
  env: null,
  likeEnv: null,
  server: null,
  revision: null,
  clusterLabel: 'cluster',
  valueFile: (e) => (e === 'values.dev-01.yaml' ? 'values.dev-02.yaml' : null),
  ...over,
});

describe('editIdentity', () => {
  it("replaces the example bootstrap's identity fields, and only those, keeping the layout", () => {
    const text = readFileSync(path.join(EXAMPLE_REPO, 'argocd-bootstrap-apps/dev-01.yaml'), 'utf8');
    const edited = editIdentity('dev-01.yaml', text, change());
    expect(edited.replaced.map((r) => `${r.line} ${r.field}: ${r.from} → ${r.to}`)).toEqual([
      '4 metadata.name: dev-01-bootstrap-apps → dev-02-bootstrap-apps',
      '7 metadata.labels.cluster: dev-01 → dev-02',
      '18 spec.source.helm.releaseName: dev-01-apps → dev-02-apps',
      '20 spec.source.helm.valueFiles[0]: values.dev-01.yaml → values.dev-02.yaml',
    ]);
    expect(edited.kept).toEqual([]);
    expect(edited.text).toBe(text.replaceAll('dev-01', 'dev-02'));
  });

  it('changes env, server and revision only where those fields hold them; other mentions are kept and said', () => {
    const text = [
      '# dev-01 is our first cluster',
      'cluster:',
      '  name: dev-01',
      '  env: dev',
      "  server: 'https://10.0.0.1'",
      'global:',
      '  targetRevision: HEAD',
      'note: "dev-01 ingress"',
      'devtools: { env: dev-tools }',
      'dev-01: {}',
      'hosts: [dev-010.example.com, xdev-01]',
      '',
    ].join('\n');
    const edited = editIdentity(
      'values.dev-01.yaml',
      text,
      change({
        env: { from: 'dev', to: 'staging' },
        server: { from: ['https://10.0.0.1'], to: 'https://10.0.0.2' },
        revision: { from: ['HEAD', 'dev'], to: 'staging' },
      }),
    );
    expect(edited.replaced.map((r) => `${r.field}: ${r.from} → ${r.to}`)).toEqual([
      'cluster.name: dev-01 → dev-02',
      'cluster.env: dev → staging',
      'cluster.server: https://10.0.0.1 → https://10.0.0.2',
      'global.targetRevision: HEAD → staging',
    ]);
    expect(edited.kept).toEqual([
      { line: 8, field: 'note', text: 'dev-01 ingress' },
      { line: 10, field: 'dev-01', text: 'key dev-01' },
    ]);
    expect(edited.text).toBe(
      text
        .replace('name: dev-01', 'name: dev-02')
        .replace('env: dev\n', 'env: staging\n')
        .replace("'https://10.0.0.1'", "'https://10.0.0.2'")
        .replace('targetRevision: HEAD', 'targetRevision: staging'),
    );
  });

  it('derives a server from the name, and says so; a helm parameter is the field its name ends with', () => {
    const text = [
      'spec:',
      '  source:',
      '    helm:',
      '      parameters:',
      '        - name: global.cluster',
      '          value: dev-01',
      '        - name: global.server',
      '          value: https://dev-01.k8s.example.com',
      '        - name: replicas',
      '          value: "1"',
      '',
    ].join('\n');
    const edited = editIdentity('b.yaml', text, change());
    expect(edited.replaced).toEqual([
      { line: 6, field: 'spec.source.helm.parameters[0].value', from: 'dev-01', to: 'dev-02' },
      {
        line: 8,
        field: 'spec.source.helm.parameters[1].value',
        from: 'https://dev-01.k8s.example.com',
        to: 'https://dev-02.k8s.example.com',
        note: 'derived from the name: give --server to set it',
      },
    ]);
  });

  it("replaces a value that is the name itself, saying so, but never an environment's or a revision's", () => {
    const text = 'cluster: dev\nenv: dev\nrevision: dev\ntxtOwnerId: dev\nserver: https://dev.k8s.example\n';
    const edited = editIdentity(
      'values.dev.yaml',
      text,
      change({ name: { from: 'dev', to: 'dev-02' }, valueFile: () => null }),
    );
    expect(edited.text).toBe(
      'cluster: dev-02\nenv: dev\nrevision: dev\ntxtOwnerId: dev-02\nserver: https://dev-02.k8s.example\n',
    );
    expect(edited.replaced.find((r) => r.field === 'txtOwnerId')?.note).toBe(
      "the whole value is the cluster's name",
    );
  });

  it('quotes a plain value that would read back as something else, and refuses a file that does not parse', () => {
    const edited = editIdentity(
      'v.yaml',
      'targetRevision: stable\n',
      change({ revision: { from: ['stable'], to: '1.10' } }),
    );
    expect(edited.text).toBe('targetRevision: "1.10"\n');
    expect(() => editIdentity('v.yaml', 'a: [\n', change())).toThrow(ConfigurationError);
  });
});
