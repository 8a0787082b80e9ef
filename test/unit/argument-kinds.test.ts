import { describe, expect, it } from 'vitest';
import { branchProblem, refProblem } from '../../src/git/refs.js';
import {
  apiVersionProblem,
  kubeVersionProblem,
  namespaceProblem,
  parameterNameProblem,
  releaseNameProblem,
} from '../../src/helm/arguments.js';
import { recipeProblems } from '../../src/gitops/helm-recipe.js';

const ok = (f: (v: string) => string | null, values: string[]) =>
  expect(values.filter((v) => f(v) !== null)).toEqual([]);
const refused = (f: (v: string) => string | null, values: string[]) =>
  expect(values.filter((v) => f(v) === null)).toEqual([]);

describe('argument kinds: what a repository value may look like before it becomes an argument', () => {
  it('release names follow helm (lowercase RFC 1123 subdomain, at most 53)', () => {
    ok(releaseNameProblem, ['dev-01-apps', 'a', 'a.b-c', '0x', 'x'.repeat(53)]);
    refused(releaseNameProblem, [
      '--set-file=leak=/proc/self/environ',
      '--post-renderer=./evil.sh',
      '-x',
      'Dev',
      'a_b',
      'a b',
      'a\nb',
      '',
      'x'.repeat(54),
      'a-',
      '.a',
    ]);
    expect(releaseNameProblem('--post-renderer=./evil.sh')).toBe(
      'release name "--post-renderer=./evil.sh" is not a valid helm release name (lowercase letters, digits, "-" and ".", starting and ending with a letter or digit)',
    );
    expect(releaseNameProblem('a\n::error ::x')).toContain('"a\\n::error ::x"');
  });

  it('namespaces are RFC 1123 labels', () => {
    ok(namespaceProblem, ['argocd', 'kube-system', 'a1', 'x'.repeat(63)]);
    refused(namespaceProblem, ['--kube-context=x', 'a b', '../x', 'a.b', 'A', 'x'.repeat(64), '-a']);
  });

  it('--set names follow the strvals path grammar', () => {
    ok(parameterNameProblem, [
      'image.tag',
      'ingress.hosts[0].host',
      'podAnnotations.prometheus\\.io/scrape',
      'a-b.c_d',
      'global.x',
    ]);
    refused(parameterNameProblem, ['--set-file', '-x', 'a=b', 'x,y', 'a b', 'a..b', 'x\ny', '', '.a']);
  });

  it('kube and API versions', () => {
    ok(kubeVersionProblem, ['1.30', 'v1.30.2', '1.29.3-gke.1200', 'v1.28.0+k3s1']);
    refused(kubeVersionProblem, ['--post-renderer=x', '1', 'latest', '1.30 ', 'v1.30\n']);
    ok(apiVersionProblem, ['v1', 'apps/v1', 'monitoring.coreos.com/v1/ServiceMonitor', 'batch/v1beta1']);
    refused(apiVersionProblem, ['--post-renderer=x', 'apps', '/v1', 'a b/v1', 'apps/v1/']);
  });

  it('refs: ref names or shas, optionally ~N/^N; branches: plain names', () => {
    ok(refProblem, [
      'dev',
      'origin/dev',
      'refs/remotes/origin/dev',
      'HEAD',
      'HEAD~1',
      'main^',
      'a1b2c3d',
      'stable-v1.2.3',
    ]);
    refused(refProblem, [
      '--upload-pack=x',
      '-x',
      'a..b',
      'a b',
      'a:b',
      'a\nb',
      '',
      '@',
      'x.lock',
      'a/.b',
      'a@{1}',
      '/a',
      'a/',
    ]);
    ok(branchProblem, ['dev', 'staging', 'hotfix/x', 'release-1.2']);
    refused(branchProblem, ['HEAD', 'dev~1', '--upload-pack=x', 'a..b', 'a:b', '']);
  });

  it('a recipe names each bad field, paths out of the repository included', () => {
    expect(
      recipeProblems({
        releaseName: '--x',
        namespace: '',
        chart: '../../outside',
        valueFiles: ['charts/a/values.yaml', '../etc/passwd', '/etc/passwd'],
        parameters: [{ name: 'ok' }, { name: '--set-file' }],
        kubeVersion: '--x',
        apiVersions: ['v1', '--x'],
      }).map((p) => ('index' in p ? `${p.field}[${p.index}]` : p.field)),
    ).toEqual([
      'releaseName',
      'chart',
      'valueFile[1]',
      'valueFile[2]',
      'parameter[1]',
      'kubeVersion',
      'apiVersion[1]',
    ]);
  });
});
