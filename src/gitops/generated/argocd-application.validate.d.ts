import type { ValidateFunction } from 'ajv';

/** The Argo CD Application schema, compiled ahead of time (scripts/gen-validators.mjs). */
export declare const validate: ValidateFunction;
export default validate;
