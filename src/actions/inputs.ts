import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';
import { parseDuration } from '../promote/duration.js';

interface SpecBase {
  required?: boolean;
  /**
   * The default action.yml writes when the runner fills it in (`${{ github.token }}`); an empty
   * value read here still takes `default`.
   */
  actionDefault?: string;
}

/** One action input: its type, and the value an empty (or absent) input takes. */
export type InputSpec = SpecBase &
  (
    | { type: 'string'; default?: string }
    | { type: 'boolean'; default?: boolean }
    | { type: 'enum'; oneOf: readonly string[]; default?: string }
    /** Names separated by spaces, commas or newlines. */
    | { type: 'list'; default?: readonly string[] }
    /** A whole number, 0 or more. */
    | { type: 'integer'; default?: number }
    /** `2h`, `1h30m`, `1d` (promote/duration.ts), read as milliseconds; the default is written the same way. */
    | { type: 'duration'; default?: string }
  );

export type InputSpecs = Readonly<Record<string, InputSpec>>;

type ValueOf<S extends InputSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'enum'; oneOf: readonly (infer V)[] }
    ? V
    : S extends { type: 'list' }
      ? string[]
      : S extends { type: 'integer' | 'duration' }
        ? number
        : string;

/** The typed inputs of a spec: a field without a default (and not required) may be undefined. */
export type Inputs<T extends InputSpecs> = {
  readonly [K in keyof T]: T[K] extends { default: unknown } | { required: true }
    ? ValueOf<T[K]>
    : ValueOf<T[K]> | undefined;
};

/** A spec with its literal types kept (`type`, `oneOf`), so that `Inputs<typeof spec>` is precise. */
export function inputSpecs<const T extends InputSpecs>(spec: T): T {
  return spec;
}

/** Reads every input of an action once, from the runner (`INPUT_*`), into its type. */
export function readInputs<T extends InputSpecs>(spec: T): Inputs<T> {
  const raw: Partial<Record<keyof T, string>> = {};
  for (const name of Object.keys(spec) as (keyof T & string)[]) raw[name] = core.getInput(name);
  return parseInputs(spec, raw);
}

/** The typed inputs from raw strings (a missing one is empty); a bad value is a ConfigurationError naming it. */
export function parseInputs<T extends InputSpecs>(spec: T, raw: Partial<Record<keyof T, string>>): Inputs<T> {
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(spec)) out[name] = parseInput(name, s, (raw[name] ?? '').trim());
  return out as Inputs<T>;
}

function parseInput(name: string, spec: InputSpec, value: string): unknown {
  if (value === '') {
    if (spec.required) throw new ConfigurationError(`input "${name}" is required`);
    if (spec.type === 'duration' && spec.default !== undefined) return parseDuration(spec.default);
    return spec.type === 'list' ? [...(spec.default ?? [])] : spec.default;
  }
  const bad = (what: string) => new ConfigurationError(`input "${name}" must be ${what}, got "${value}"`);
  switch (spec.type) {
    case 'string':
      return value;
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      throw bad('true or false');
    case 'enum':
      if (spec.oneOf.includes(value)) return value;
      throw bad(`one of ${spec.oneOf.join(', ')}`);
    case 'list':
      return value.split(/[\s,]+/).filter(Boolean);
    case 'integer':
      if (/^\d+$/.test(value)) return Number(value);
      throw bad('a whole number');
    case 'duration':
      return parseDuration(value, `input "${name}"`);
  }
}
