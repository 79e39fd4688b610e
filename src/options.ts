import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/**
 * Characters that only regular expressions use: an option entry containing one is read as a
 * regular expression source, anything else as a glob or a plain string.
 */
export const REGEX_SOURCE_HINT = /[$()+\\^|]/;

/**
 * The schema of an option that lists globs or regular expression sources. An entry that reads as
 * a regular expression must compile, so a typo is a schema error naming the value, not a crash
 * and not a pattern silently ignored.
 */
export function patternListSchema(description: string): JSONSchema4 {
  return {
    type: 'array',
    description,
    // `if`/`then` (JSON Schema draft 7, which ESLint's validator applies) is missing from the
    // draft-4 types.
    items: {
      type: 'string',
      if: { pattern: REGEX_SOURCE_HINT.source },
      then: { format: 'regex' },
    } as JSONSchema4,
  };
}

/** An entry of the form `/source/flags`. */
const SLASH_REGEX = '^/.+/[a-z]*$';

/**
 * The schema of an option that lists exact strings or `/source/flags` regular expressions. An
 * entry written as a regular expression must compile and use only JavaScript's flags, else it is a
 * schema error naming the value rather than a string matched literally.
 */
export function slashRegexListSchema(description: string): JSONSchema4 {
  return {
    type: 'array',
    description,
    uniqueItems: true,
    items: {
      type: 'string',
      if: { pattern: SLASH_REGEX },
      then: { pattern: '^/.+/[dgimsuvy]*$', format: 'regex' },
    } as JSONSchema4,
  };
}
