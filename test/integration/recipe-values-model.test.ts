/**
 * The merged-values model validation checks (applyParameters) agrees with what helm makes of the
 * arguments Argo CD builds: `--set` typed as strvals types, `--set-string` strings and `{…}` lists,
 * `--set-file` the file's text, `--set-string` after `--set` and `--set-file` after both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelmParameter } from '../../src/gitops/set-parameters.js';
import { applyParameters } from '../../src/gitops/set-parameters.js';
import { toJson, type VMap } from '../../src/gitops/vnode.js';
import { argoRenderApplication } from '../helpers/argo-render.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { HELM_MAJORS } from '../helpers/helm.js';
import { bootstrapApp, PROBE, recipeRepo, shown } from '../helpers/recipe-repo.js';

const SET: [string, string][] = [
  ['bool', 'TRUE'],
  ['boolLower', 'false'],
  ['plus', '+5'],
  ['negative', '-01'],
  ['zero', '0'],
  ['leadingZero', '007'],
  ['float', '1.5'],
  ['exp', '1e3'],
  ['huge', '9223372036854775808'],
  ['empty', ''],
  ['csv', 'a,b'],
  ['escapedComma', 'a\\,b'],
  ['backslash', 'x\\y'],
  ['equals', 'a=b'],
  ['list', '{1,true,x}'],
  ['listEscaped', '{a\\,b,c}'],
  ['spaces', ' {a}'],
  ['deep.path[1].x', 'v'],
  ['dotted\\.key', 'd'],
  ['over', '1'],
];
const SET_STRING: [string, string][] = [
  ['s.bool', 'true'],
  ['s.int', '42'],
  ['s.null', 'null'],
  ['s.list', '{1,2}'],
  ['s.csv', 'a,b'],
  ['over', 'string wins'],
];
const FILES: [string, string, string][] = [
  ['f.text', 'files/text.txt', 'line 1\nline 2\n'],
  ['f.bool', 'files/bool.txt', 'true'],
  ['f.yaml', 'files/map.yaml', 'a: 1\n'],
  ['s.int', 'files/int.txt', '7'],
];

const params: HelmParameter[] = [
  // Written in an order that interleaves kinds: helm still applies --set, --set-string, --set-file.
  ...SET_STRING.map(([name, value]) => ({ name, value, forceString: true })),
  ...SET.map(([name, value]) => ({ name, value })),
];

describe.each(HELM_MAJORS)('applyParameters models helm (Helm %i)', (major) => {
  let fx: FixtureRepo;
  const app = bootstrapApp({
    parameters: params,
    fileParameters: FILES.map(([name, path]) => ({ name, path })),
  });
  beforeAll(() => {
    fx = recipeRepo(app, Object.fromEntries(FILES.map(([, path, text]) => [`${PROBE}/${path}`, text])));
  });
  afterAll(() => fx.cleanup());

  it('gives the values helm renders with', () => {
    const oracle = argoRenderApplication(fx.dir, app, { major });
    expect(oracle.ok, oracle.ok ? '' : oracle.stderr).toBe(true);
    if (!oracle.ok) return;
    const helmValues = shown(oracle.objects, 'probe')!.values as Record<string, unknown>;
    const pos = { file: 'x', line: 1, column: 1 };
    const base: VMap = {
      kind: 'map',
      pos,
      entries: new Map([['base', { kind: 'scalar', pos, value: 'from-chart' }]]),
    };
    const model = applyParameters(
      base,
      params,
      pos,
      FILES.map(([name, , text]) => ({ name, text })),
    );
    expect(toJson(model)).toEqual(helmValues);
    // What the cases are about, so that a model and a helm that agree on nothing would not pass.
    expect(helmValues).toMatchObject({
      bool: true,
      plus: 5,
      negative: -1,
      leadingZero: '007',
      huge: '9223372036854775808',
      csv: 'a,b',
      list: [1, true, 'x'],
      over: 'string wins',
      s: { bool: 'true', int: '7', null: 'null', list: ['1', '2'] },
      f: { text: 'line 1\nline 2\n', bool: 'true', yaml: 'a: 1\n' },
    });
  });
});
