import type { ValidateFunction } from 'ajv';

/** schemas/config.schema.json, compiled ahead of time (scripts/gen-validators.mjs). */
export declare const validate: ValidateFunction;
export default validate;
