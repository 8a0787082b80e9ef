import { afterEach, describe, expect, it } from 'vitest';
import { readHelmSource } from '../../src/gitops/helm-source.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { applySourceOverrides, mergePatch } from '../../src/gitops/source-overrides.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

/** RFC 7386 appendix A: each (target, patch, result). */
const RFC_7386: [unknown, unknown, unknown][] = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [
    ['a', 'b'],
    ['c', 'd'],
    ['c', 'd'],
  ],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe('mergePatch is a JSON merge patch (RFC 7386)', () => {
  it.each(RFC_7386)('%j + %j → %j', (target, patch, result) => {
    expect(mergePatch(target, patch)).toEqual(result);
  });
});

describe('applySourceOverrides: .argocd-source.yaml, then .argocd-source-<app>.yaml', () => {
  let fx: FixtureRepo;
  afterEach(() => fx.cleanup());
  const CHART = 'charts/web';
  const helm = readHelmSource({
    releaseName: 'web',
    valueFiles: ['values.yaml', 'values-dev.yaml'],
    parameters: [{ name: 'image.tag', value: 'v1', forceString: true }],
    valuesObject: { a: { b: 1, c: 2 } },
  });
  const apply = (app = 'dev-web') =>
    applySourceOverrides(new RepoFiles(fx.dir, defaultYamlLimits), CHART, app, helm);

  it('changes nothing when neither file exists', () => {
    fx = new FixtureRepo(null);
    expect(apply()).toEqual({ helm, applied: [] });
  });

  it('merges both, the app file last: lists replaced, valuesObject merged key by key', () => {
    fx = new FixtureRepo(null);
    fx.write(
      `${CHART}/.argocd-source.yaml`,
      'helm:\n  releaseName: from-repo-file\n  valueFiles: [x.yaml]\n',
    );
    fx.write(
      `${CHART}/.argocd-source-dev-web.yaml`,
      'helm:\n  releaseName: from-app-file\n  valuesObject:\n    a:\n      c: null\n      d: 4\n',
    );
    fx.write(`${CHART}/.argocd-source-prod-web.yaml`, 'helm:\n  releaseName: not-this-app\n');
    const r = apply();
    expect(r).toEqual({
      helm: {
        ...helm,
        releaseName: 'from-app-file',
        valueFiles: ['x.yaml'],
        valuesObject: { a: { b: 1, d: 4 } },
      },
      applied: [`${CHART}/.argocd-source.yaml`, `${CHART}/.argocd-source-dev-web.yaml`],
    });
  });

  it("reads Image Updater's write-back (`forcestring`, Go's case-insensitive field names)", () => {
    fx = new FixtureRepo(null);
    fx.write(
      `${CHART}/.argocd-source-dev-web.yaml`,
      'helm:\n  parameters:\n  - name: image.name\n    value: nginx\n    forcestring: true\n  - name: image.tag\n    value: 1.17.0\n    forcestring: true\n',
    );
    const r = apply();
    expect('helm' in r && r.helm.parameters).toEqual([
      { name: 'image.name', value: 'nginx', forceString: true },
      { name: 'image.tag', value: '1.17.0', forceString: true },
    ]);
  });

  it('cannot unset a field with null (Go decodes over the source), and list items keep the fields they omit', () => {
    fx = new FixtureRepo(null);
    fx.write(
      `${CHART}/.argocd-source.yaml`,
      'helm:\n  releaseName: null\n  valueFiles: null\n  parameters:\n  - name: image.tag\n    value: v2\n',
    );
    const r = apply();
    expect('helm' in r && r.helm).toEqual({
      ...helm,
      parameters: [{ name: 'image.tag', value: 'v2', forceString: true }],
    });
  });

  it.each([
    ['an empty file', ''],
    ['a list', '- a\n'],
    ['a scalar', 'x\n'],
    ['broken YAML', 'helm: [\n'],
  ])('refuses %s (Argo CD fails the render)', (_what, text) => {
    fx = new FixtureRepo(null);
    fx.write(`${CHART}/.argocd-source.yaml`, text);
    expect(apply()).toEqual({
      problem: {
        message: `${CHART}/.argocd-source.yaml is not a YAML mapping: Argo CD cannot merge it into the source`,
        at: { file: `${CHART}/.argocd-source.yaml`, line: 1, column: 1 },
      },
    });
  });

  it.each([
    ['helm:\n  parameters:\n  - name: a\n    value: 1\n', 'parameters'],
    ['helm:\n  valueFiles: x.yaml\n', 'valueFiles'],
    ['helm:\n  skipCrds: "true"\n', 'skipCrds'],
    ['helm: text\n', null],
  ])('refuses a field of the wrong type: %j', (text, field) => {
    fx = new FixtureRepo(null);
    fx.write(`${CHART}/.argocd-source-dev-web.yaml`, text);
    const r = apply();
    expect('problem' in r && r.problem.message).toBe(
      `${CHART}/.argocd-source-dev-web.yaml: helm.${field ? `${field} has the wrong type` : 'is not a mapping'} (Argo CD cannot read the source)`,
    );
  });

  it('never takes anything but the helm block (path, repoURL, targetRevision stay)', () => {
    fx = new FixtureRepo(null);
    fx.write(
      `${CHART}/.argocd-source.yaml`,
      'path: /etc\nrepoURL: https://evil.example\nhelm:\n  skipTests: true\n',
    );
    const r = apply();
    expect('helm' in r && r.helm).toEqual({ ...helm, skipTests: true });
  });
});
