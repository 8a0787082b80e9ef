import { afterEach, describe, expect, it } from 'vitest';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { notRenderedReason, sourceReads, sourceType } from '../../src/gitops/source-type.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe("sourceType: the tool Argo CD's repo server picks for an in-repository source", () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());
  const repo = (paths: string[], texts: Record<string, string> = {}) => {
    fx = new FixtureRepo(null);
    for (const p of paths) fx.write(p, 'x: 1\n');
    for (const [p, t] of Object.entries(texts)) fx.write(p, t);
    return new RepoFiles(fx.dir, defaultYamlLimits);
  };

  it('discovery: a kustomization wins over a Chart.yaml beside it; a Chart.yaml alone is helm; else plain manifests', () => {
    const files = repo([
      'k/Chart.yaml',
      'k/kustomization.yaml',
      'h/Chart.yaml',
      'y/Kustomization',
      'd/a.yaml',
    ]);
    expect(sourceType({ path: 'k' }, files, 'k')).toEqual({ tool: 'kustomize' });
    expect(sourceType({ path: 'y' }, files, 'y')).toEqual({ tool: 'kustomize' });
    expect(sourceType({ path: 'h' }, files, 'h')).toEqual({ tool: 'helm' });
    expect(sourceType({ path: 'd' }, files, 'd')).toEqual({ tool: 'directory' });
  });

  it('the tool the source names wins over discovery; two named tools are refused, as Argo CD does', () => {
    const files = repo(['k/Chart.yaml', 'k/kustomization.yaml']);
    expect(sourceType({ path: 'k', helm: {} }, files, 'k')).toEqual({ tool: 'helm' });
    const plugin = { path: 'k', plugin: { name: 'kustomized-helm' } } as never;
    expect(sourceType(plugin, files, 'k')).toEqual({ tool: 'plugin', name: 'kustomized-helm' });
    const both = { path: 'k', helm: {}, kustomize: {} } as never;
    expect(sourceType(both, files, 'k')).toEqual({
      tool: 'invalid',
      reason: 'multiple application sources defined (helm, kustomize)',
    });
  });

  it('only helm is rendered offline; every other tool says why not', () => {
    expect(notRenderedReason({ tool: 'helm' }, 'h')).toBeNull();
    expect(notRenderedReason({ tool: 'plugin', name: 'nix' }, 'p')).toBe(
      'p is rendered by the config management plugin nix, which is not run offline',
    );
    expect(notRenderedReason({ tool: 'kustomize' }, 'k')).toBe('kustomize source k is not rendered');
  });

  it('what a kustomize source reads: its directory and every local path its kustomizations name, followed', () => {
    const files = repo(['base/deploy.yaml', 'shared/cm.env', 'overlays/prod/patch.yaml'], {
      'overlays/prod/kustomization.yaml':
        'resources: [../../base, https://github.com/org/x//deploy?ref=v1]\npatches:\n  - path: patch.yaml\nconfigMapGenerator:\n  - name: c\n    envs: [../../shared/cm.env]\n',
      'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
    });
    expect(sourceReads({ tool: 'kustomize' }, files, 'overlays/prod')).toEqual([
      'base',
      'overlays/prod',
      'shared/cm.env',
    ]);
  });

  it('what cannot be followed reads the whole repository: a path outside it, an unreadable kustomization, a plugin, jsonnet', () => {
    const files = repo(['j/main.jsonnet', 'd/a.yaml'], {
      'out/kustomization.yaml': 'resources: [../../elsewhere]\n',
      'bad/kustomization.yaml': 'resources: [a\n',
    });
    expect(sourceReads({ tool: 'kustomize' }, files, 'out')).toEqual(['.']);
    expect(sourceReads({ tool: 'kustomize' }, files, 'bad')).toEqual(['.']);
    expect(sourceReads({ tool: 'plugin', name: 'p' }, files, 'd')).toEqual(['.']);
    expect(sourceReads({ tool: 'directory' }, files, 'j')).toEqual(['.']);
    expect(sourceReads({ tool: 'directory' }, files, 'd')).toEqual(['d']);
  });
});
