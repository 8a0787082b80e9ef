import * as core from '@actions/core';
import { ConfigurationError } from '../errors.js';

export interface InputSpec {
  required?: boolean;
  /** Allowed values, for enum-like inputs. */
  oneOf?: readonly string[];
}

/**
 * Reads every input of an action once, into a typed object. The spec is a Record over the
 * inputs' keys, so an input added to the type but forgotten here fails the compiler.
 * Keys are the action.yml input names.
 */
export function readInputs<T extends { [K in keyof T]: string }>(spec: Record<keyof T, InputSpec>): T {
  const out: Record<string, string> = {};
  for (const [name, s] of Object.entries<InputSpec>(spec)) {
    const value = core.getInput(name, { required: false }).trim();
    if (s.required && value === '') throw new ConfigurationError(`input "${name}" is required`);
    if (value !== '' && s.oneOf && !s.oneOf.includes(value)) {
      throw new ConfigurationError(`input "${name}" must be one of ${s.oneOf.join(', ')}, got "${value}"`);
    }
    out[name] = value;
  }
  return out as T;
}

export function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new ConfigurationError(`input "${name}" must be true or false, got "${value}"`);
}
