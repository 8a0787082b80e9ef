import { RE2JS } from 're2js';

/** What ajv needs of a regular expression (its `code.regExp` option). */
export interface RegExpLike {
  test(text: string): boolean;
}

/**
 * The regular-expression engine for schemas the repository brings (`pattern`, `patternProperties`
 * in a chart's values.schema.json): RE2, which matches in linear time, so a pattern such as
 * `^([a-z0-9-]+)+\.$` cannot make validation hang on a long value (helm checks the same schema with
 * Go's RE2). A pattern RE2 cannot run (lookaround, backreferences) makes the schema unusable, as it
 * is for helm.
 */
export function linearRegExp(pattern: string, flags: string): RegExpLike {
  void flags; // ECMAScript's `u`: RE2 is Unicode-aware already
  let re2: ReturnType<typeof RE2JS.compile>;
  try {
    re2 = RE2JS.compile(pattern);
  } catch (e) {
    // No fallback to a backtracking engine (a lookahead would bring the hang back); helm's Go
    // regexp refuses the same patterns.
    throw new Error(
      `pattern ${JSON.stringify(pattern)} is not RE2 syntax, which helm uses too: ${(e as Error).message}`,
      { cause: e },
    );
  }
  return {
    test: (text) => re2.matcher(text).find(),
    toString: () => `re2:/${pattern}/`,
  } as RegExpLike;
}
/** ajv writes this name into generated code; at run time it calls the function itself. */
linearRegExp.code = 'linearRegExp';
