import { RE2JS } from 're2js';

/** What ajv needs of a regular expression (its `code.regExp` option). */
export interface RegExpLike {
  test(text: string): boolean;
}

/**
 * The regular-expression engine for schemas the repository brings (`pattern`, `patternProperties`
 * in a chart's values.schema.json): RE2, which matches in linear time, so a pattern such as
 * `^([a-z0-9-]+)+\.$` cannot make validation hang on a long value (helm checks the same schema with
 * Go's RE2). A pattern RE2 cannot run (lookaround, backreferences) falls back to JavaScript's engine.
 */
export function linearRegExp(pattern: string, flags: string): RegExpLike {
  let re2: ReturnType<typeof RE2JS.compile>;
  try {
    re2 = RE2JS.compile(pattern);
  } catch {
    return new RegExp(pattern, flags);
  }
  return {
    test: (text) => re2.matcher(text).find(),
    toString: () => `re2:/${pattern}/${flags}`,
  } as RegExpLike;
}
/** ajv writes this name into generated code; at run time it calls the function itself. */
linearRegExp.code = 'linearRegExp';
