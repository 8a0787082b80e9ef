import { afterEach, describe, expect, it } from 'vitest';
import { rendersApplications } from '../../src/commands/nested-levels.js';
import { RepoFiles } from '../../src/gitops/repo-files.js';
import { defaultYamlLimits } from '../../src/gitops/yaml-source.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

describe('rendersApplications: which in-repo charts are rendered to find a nested app-of-apps level', () => {
  let fx: FixtureRepo | undefined;
  afterEach(() => fx?.cleanup());
  const chart = (files: Record<string, string>) => {
    fx = new FixtureRepo(null);
    fx.write('chart/Chart.yaml', 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
    for (const [name, text] of Object.entries(files)) fx.write(`chart/${name}`, text);
    return rendersApplications(new RepoFiles(fx.dir, defaultYamlLimits), 'chart');
  };

  it('a template or a vendored subchart that names the kind: rendered', () => {
    expect(chart({ 'templates/apps.yaml': 'kind: Application\n' })).toBe(true);
    expect(chart({ 'charts/sub/templates/x.yaml': 'kind: {{ "Application" }}\n' })).toBe(true);
  });

  it('a chart that never names it: a component, not rendered here', () => {
    expect(
      chart({
        'templates/deploy.yaml': 'kind: Deployment\n# an ApplicationSet elsewhere is not this kind\n',
      }),
    ).toBe(false);
  });

  it('a packed subchart cannot be read as text: rendered to find out, never assumed a component', () => {
    expect(
      chart({ 'templates/deploy.yaml': 'kind: Deployment\n', 'charts/apps-0.1.0.tgz': '\x1f\x8b binary' }),
    ).toBe(true);
  });

  it('more files than the scan reads: rendered to find out', () => {
    const many = Object.fromEntries(
      Array.from({ length: 2001 }, (_, i) => [`templates/t${i}.yaml`, 'kind: ConfigMap\n']),
    );
    expect(chart(many)).toBe(true);
  });
});
