/**
 * One list of inputs per action: its spec in src/actions (what the code reads and how), its
 * actions/<name>/action.yml (what the runner passes), the root action.yml (command + the union) and the
 * README's input table must name the same inputs with the same defaults. An input added or removed in
 * one place only fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { parse } from 'yaml';
import { DIFF_INPUTS, type DiffInputs } from '../../src/actions/diff-action.js';
import { ROOT_INPUTS } from '../../src/actions/dispatch.js';
import { parseInputs, type InputSpec, type InputSpecs } from '../../src/actions/inputs.js';
import { PROMOTE_INPUTS, type PromoteInputs } from '../../src/actions/promote-action.js';
import { RELEASE_INPUTS } from '../../src/actions/release-action.js';
import { HOTFIX_INPUTS } from '../../src/actions/hotfix-action.js';
import { DRIFT_INPUTS } from '../../src/actions/drift-action.js';
import { VALIDATE_INPUTS, type ValidateInputs } from '../../src/actions/validate-action.js';
import { ConfigurationError } from '../../src/errors.js';
import { PROJECT_ROOT } from '../helpers/fixture-repo.js';

const SPECS: Record<string, InputSpecs> = {
  validate: VALIDATE_INPUTS,
  diff: DIFF_INPUTS,
  promote: PROMOTE_INPUTS,
  release: RELEASE_INPUTS,
  hotfix: HOTFIX_INPUTS,
  drift: DRIFT_INPUTS,
};
/** The README section holding each action's input table. */
const README_SECTION: Record<string, string> = {
  validate: '## The action',
  diff: '### The diff action',
  promote: '### The promote action',
  release: '### The release action',
  hotfix: '### The hotfix action',
  drift: '### The drift action',
};

/** A spec's default as action.yml writes it (`''` for none). */
function actionYmlDefault(spec: InputSpec): string {
  if (spec.actionDefault !== undefined) return spec.actionDefault;
  if (spec.default === undefined) return '';
  return Array.isArray(spec.default) ? spec.default.join(' ') : String(spec.default);
}

interface YmlInput {
  description?: string;
  required?: boolean;
  default?: unknown;
}

function ymlInputs(file: string): Record<string, YmlInput> {
  const action = parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8')) as {
    inputs?: Record<string, YmlInput>;
  };
  return action.inputs ?? {};
}

/** What the spec says, in action.yml's terms. */
function specTable(spec: InputSpecs): Record<string, { default: string; required: boolean }> {
  return Object.fromEntries(
    Object.entries(spec).map(([name, s]) => [
      name,
      { default: actionYmlDefault(s), required: s.required ?? false },
    ]),
  );
}

function ymlTable(inputs: Record<string, YmlInput>): Record<string, { default: string; required: boolean }> {
  return Object.fromEntries(
    Object.entries(inputs).map(([name, i]) => [
      name,
      { default: i.default === undefined ? '' : String(i.default), required: i.required ?? false },
    ]),
  );
}

const owners = (input: string) => Object.keys(SPECS).filter((a) => input in SPECS[a]!);

it('every action under actions/ has an input spec, and every spec an action', () => {
  const dirs = readdirSync(path.join(PROJECT_ROOT, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(dirs.sort()).toEqual(Object.keys(SPECS).sort());
});

describe.each(Object.keys(SPECS))('actions/%s/action.yml', (name) => {
  const yml = ymlInputs(`actions/${name}/action.yml`);

  it("declares exactly the spec's inputs, with its defaults and required flags", () => {
    expect(ymlTable(yml)).toEqual(specTable(SPECS[name]!));
  });

  it('describes every input', () => {
    expect(Object.keys(yml).filter((i) => !yml[i]!.description?.trim())).toEqual([]);
  });
});

describe('the root action.yml', () => {
  const root = ymlInputs('action.yml');

  it("declares command and the union of the actions' inputs", () => {
    const union = new Set(Object.values(SPECS).flatMap((s) => Object.keys(s)));
    expect(Object.keys(root).sort()).toEqual(['command', ...union].sort());
  });

  it('command: as the dispatcher reads it, its description naming every command', () => {
    expect(ymlTable({ command: root.command! })).toEqual(specTable(ROOT_INPUTS));
    expect([...ROOT_INPUTS.command.oneOf].sort()).toEqual(Object.keys(SPECS).sort());
    for (const c of ROOT_INPUTS.command.oneOf) expect(root.command!.description).toContain(c);
  });

  it('each input has the default and required flag of every action that has it', () => {
    const disagree = Object.keys(root)
      .filter((i) => i !== 'command')
      .flatMap((i) =>
        owners(i)
          .filter(
            (a) =>
              JSON.stringify(ymlTable({ i: root[i]! })) !== JSON.stringify(specTable({ i: SPECS[a]![i]! })),
          )
          .map((a) => `${i} (${a})`),
      );
    expect(disagree).toEqual([]);
  });

  it("each input has its action's description; one that several actions share, one of theirs or one naming them all", () => {
    const descriptions = Object.fromEntries(
      Object.keys(SPECS).map((a) => [a, ymlInputs(`actions/${a}/action.yml`)]),
    );
    const off = Object.keys(root)
      .filter((i) => i !== 'command')
      .filter((i) => {
        const text = root[i]!.description ?? '';
        const theirs = owners(i).map((a) => descriptions[a]![i]!.description);
        if (theirs.length === 1) return text !== theirs[0];
        return !theirs.includes(text) && !owners(i).every((a) => text.includes(a));
      });
    expect(off).toEqual([]);
  });
});

describe('README.md', () => {
  const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

  /** The rows of the first `| input | default | meaning |` table after `heading`: [names, default cell]. */
  function table(heading: string): [string[], string][] {
    const lines = readme.slice(readme.indexOf(`\n${heading}\n`)).split('\n');
    const start = lines.findIndex((l) => /^\| input \| default \| meaning \|$/.test(l));
    expect(start).toBeGreaterThan(0);
    const rows: [string[], string][] = [];
    for (const line of lines.slice(start + 2)) {
      if (!line.startsWith('|')) break;
      const [names = '', cell = ''] = line.split('|').slice(1, -1);
      rows.push([[...names.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), cell.trim()]);
    }
    return rows;
  }

  it.each(Object.keys(SPECS))("the %s action's input table lists exactly its inputs", (name) => {
    const listed = table(README_SECTION[name]!).flatMap(([names]) => names);
    expect(listed.sort()).toEqual(Object.keys(SPECS[name]!).sort());
  });

  it.each(Object.keys(SPECS))("the %s action's input table shows action.yml's defaults", (name) => {
    const spec = SPECS[name]!;
    const yml = ymlInputs(`actions/${name}/action.yml`);
    const wrong: string[] = [];
    for (const [names, cell] of table(README_SECTION[name]!)) {
      if (cell === 'as for validate') {
        for (const n of names) {
          if (!(n in SPECS.validate!) || actionYmlDefault(spec[n]!) !== actionYmlDefault(SPECS.validate![n]!))
            wrong.push(`${n}: not as for validate`);
        }
        continue;
      }
      const parts = names.length > 1 ? cell.split(', ') : [cell];
      if (parts.length !== names.length) {
        // One text for several inputs: only inputs without a default of their own.
        for (const n of names)
          if (actionYmlDefault(spec[n]!) !== '') wrong.push(`${n}: "${cell}" is not its own`);
        continue;
      }
      names.forEach((n, i) => {
        const written = actionYmlDefault(spec[n]!);
        const shown = parts[i]!;
        if (written !== '') {
          if (shown !== `\`${written}\``) wrong.push(`${n}: README "${shown}", action.yml "${written}"`);
        } else if (/^`[^`]+`$/.test(shown) && !yml[n]!.description!.includes(shown.slice(1, -1))) {
          // An effective default the code supplies: action.yml's description says it too.
          wrong.push(`${n}: README's default ${shown} is not in action.yml's description`);
        }
      });
    }
    expect(wrong).toEqual([]);
  });

  it('says what the root action.yml takes: command, its default and its values', () => {
    const sentence = readme.split('\n\n').find((p) => p.includes('root `action.yml`')) ?? '';
    expect(sentence).toContain('`command`');
    expect(sentence).toContain(`\`${ROOT_INPUTS.command.default}\` by default`);
    for (const c of ROOT_INPUTS.command.oneOf) expect(sentence).toContain(`\`${c}\``);
  });
});

describe('the specs read typed inputs', () => {
  it('each field has the type of its spec', () => {
    expectTypeOf<ValidateInputs['fail-on-error']>().toEqualTypeOf<boolean>();
    expectTypeOf<ValidateInputs['ref']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DiffInputs['deep']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<DiffInputs['clusters']>().toEqualTypeOf<string[]>();
    expectTypeOf<DiffInputs['pr-number']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PromoteInputs['strategy']>().toEqualTypeOf<'fast-forward' | 'merge'>();
    expectTypeOf<PromoteInputs['path']>().toEqualTypeOf<string>();
  });

  it('an empty input takes the default; values are trimmed and parsed', () => {
    expect(parseInputs(DIFF_INPUTS, {})).toEqual({
      base: undefined,
      head: undefined,
      path: '.',
      config: undefined,
      helm: undefined,
      deep: undefined,
      'dependency-build': false,
      clusters: [],
      comment: true,
      'pr-number': undefined,
      token: '',
      'output-dir': undefined,
    });
    const read = parseInputs(DIFF_INPUTS, {
      deep: ' false ',
      clusters: 'dev-01, dev-02\nstaging-01',
      'pr-number': '12',
    });
    expect([read.deep, read.clusters, read['pr-number']]).toEqual([
      false,
      ['dev-01', 'dev-02', 'staging-01'],
      12,
    ]);
    expect(parseInputs(PROMOTE_INPUTS, { mode: 'pull-request' }).mode).toBe('pull-request');
  });

  it('a bad value is a ConfigurationError naming the input and what it must be', () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigurationError);
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(bad(() => parseInputs(VALIDATE_INPUTS, { 'fail-on-error': 'yes' }))).toBe(
      'input "fail-on-error" must be true or false, got "yes"',
    );
    expect(bad(() => parseInputs(PROMOTE_INPUTS, { strategy: 'rebase' }))).toBe(
      'input "strategy" must be one of fast-forward, merge, got "rebase"',
    );
    expect(bad(() => parseInputs(DIFF_INPUTS, { 'pr-number': '#12' }))).toBe(
      'input "pr-number" must be a whole number, got "#12"',
    );
    const soak = { soak: { type: 'duration', default: '2h' } } as const;
    expect(parseInputs(soak, {}).soak).toBe(7_200_000);
    expect(parseInputs(soak, { soak: '1h30m' }).soak).toBe(5_400_000);
    expect(bad(() => parseInputs(soak, { soak: 'soon' }))).toBe(
      'input "soak" must look like 2h, 1h30m or 1d, got "soon"',
    );
    expect(bad(() => parseInputs({ sha: { type: 'string', required: true } } as const, {}))).toBe(
      'input "sha" is required',
    );
  });
});
