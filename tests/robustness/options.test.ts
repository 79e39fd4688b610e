import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import plugin from '../../src/index';
import { rules } from '../../src/rules';

interface PropertySchema {
  type?: string | string[];
  properties?: Record<string, PropertySchema>;
  required?: string[];
  items?: PropertySchema;
  format?: string;
  then?: { format?: string; pattern?: string };
  enum?: unknown[];
}

function verifyWith(name: string, options: unknown): void {
  const linter = new Linter({ configType: 'flat' });
  linter.verify('const x = 1;', [{ plugins: { 'twelve-factor': plugin }, rules: { [`twelve-factor/${name}`]: ['error', options] } }]);
}

/** A value of the wrong type for a schema property. */
function wrongValue(schema: PropertySchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum) return '__not_one_of_the_choices__';
  switch (type) {
    case 'boolean':
      return 'yes';
    case 'array':
      return 42;
    case 'string':
      return 42;
    case 'number':
    case 'integer':
      return 'many';
    case 'object':
      return 'not-an-object';
    default:
      return Symbol.for('unrepresentable');
  }
}

const withOptions = Object.entries(rules).filter(([, rule]) => Array.isArray(rule.meta.schema) && rule.meta.schema.length > 0);

describe.each(withOptions)('options of %s', (name, rule) => {
  const schema = (rule.meta.schema as unknown as { properties?: Record<string, PropertySchema>; additionalProperties?: boolean }[])[0];
  const properties = Object.entries(schema?.properties ?? {});

  it('documents every option and rejects unknown keys by schema', () => {
    expect(schema?.additionalProperties).toBe(false);
    for (const [, property] of properties) expect((property as { description?: string }).description).toEqual(expect.any(String));
  });

  it('accepts its defaults', () => {
    expect(() => verifyWith(name, rule.meta.defaultOptions?.[0] ?? {})).not.toThrow();
  });

  it('rejects an unknown option, naming it', () => {
    expect(() => verifyWith(name, { notAnOption: true })).toThrow(/notAnOption/);
  });

  it.each(properties.filter(([, p]) => typeof wrongValue(p) !== 'symbol'))('rejects a wrongly typed %s, naming it', (key, property) => {
    expect(() => verifyWith(name, { [key]: wrongValue(property) })).toThrow(new RegExp(`${key}|should be|must be`));
  });

  const isRegex = (p?: PropertySchema) => p?.format === 'regex' || p?.then?.format === 'regex';
  const isSlashRegexList = (p: PropertySchema) => p.items?.then?.format === 'regex' && (p.items.then.pattern?.startsWith('^/') ?? false);
  const regexOptions = properties.filter(([, p]) => (isRegex(p) || isRegex(p.items)) && !isSlashRegexList(p));
  // Lists of objects with a regular expression field: `[{ name: 'x', pattern: '([unclosed' }]`.
  const nestedRegexOptions = properties.flatMap(([key, p]) =>
    Object.entries(p.items?.properties ?? {})
      .filter(([, field]) => isRegex(field))
      .map(([field]) => [`${key}[].${field}`, key, field, p.items?.required ?? []] as const),
  );
  it.each(nestedRegexOptions)('reports an invalid pattern in %s as a schema error', (_, key, field, required) => {
    const entry: Record<string, string> = Object.fromEntries(required.map((name) => [name, 'x']));
    entry[field] = '([unclosed';
    expect(() => verifyWith(name, { [key]: [entry] })).toThrow(/should match format "regex"/);
  });

  it.each(regexOptions.length > 0 ? regexOptions : [])('reports an invalid pattern in %s as a schema error', (key, property) => {
    const bad = '([unclosed';
    expect(() => verifyWith(name, { [key]: property.type === 'array' ? [bad] : bad })).toThrow(/should match format "regex"/);
  });

  // Lists of exact strings or `/source/flags` expressions (`allowedNames: ['/^dev/i']`).
  const slashRegexOptions = properties.filter(([, p]) => isSlashRegexList(p));
  it.each(slashRegexOptions)('checks the /regex/flags entries of %s by schema', (key) => {
    expect(() => verifyWith(name, { [key]: ['plain-name', '/^dev[-_]/i', '/a|b/'] })).not.toThrow();
    expect(() => verifyWith(name, { [key]: ['/([unclosed/'] })).toThrow(/should match format "regex"/);
    expect(() => verifyWith(name, { [key]: ['/valid/zq'] })).toThrow(/should match pattern/);
  });
});

it('has /regex/flags list options to check', () => {
  const schema = rules['no-hardcoded-config']?.meta.schema as unknown as { properties: Record<string, PropertySchema> }[];
  expect(schema[0]?.properties.allowedNames?.items?.then?.format).toBe('regex');
  expect(schema[0]?.properties.allowedValues?.items?.then?.format).toBe('regex');
});
