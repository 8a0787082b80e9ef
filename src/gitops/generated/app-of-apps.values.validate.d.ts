import type { ValidateFunction } from 'ajv';

/** schemas/app-of-apps.values.schema.json, compiled ahead of time (scripts/gen-validators.mjs). */
export declare const validate: ValidateFunction;
export default validate;
