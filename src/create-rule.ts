import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { FactorId } from './factors';
import { isDesktopAppFile, isDevelopmentServerFile } from './analysis/desktop';
import { isTestSupportFile } from './analysis/test-support';
import { packageInfo } from './package-info';

/** What each rule's `meta.docs` carries besides the description. */
export interface TwelveFactorDocs {
  /** The factor the rule guards first; messages name the exact factor of each finding. */
  factor: FactorId;
  /** The narrowest config the rule is on in: `recommended` rules are in `strict` too. */
  recommended: 'recommended' | 'strict';
}

const REPOSITORY_URL = packageInfo.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

export function getRuleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

const createNamedRule = ESLintUtils.RuleCreator<TwelveFactorDocs>(getRuleDocsUrl);

type RuleDefinition<Options extends readonly unknown[], MessageIds extends string> = Readonly<
  ESLintUtils.RuleWithMetaAndName<Options, MessageIds, TwelveFactorDocs>
>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Deep equality of JSON-like option values, without allocating. */
function sameOptions(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!sameOptions(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    if (!Object.hasOwn(b, key) || !sameOptions((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    count++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

/**
 * `context[key]`, read without a property access on the context. ESLint makes every rule's context
 * of a file from a new prototype (the file's own context object), so each file's contexts have a
 * shape V8 has not met: the first `context.sourceCode` or `context.options` in a file misses V8's
 * property caches and takes its slow path, which also prepares the new prototype for fast access.
 * In a lint run that is about 5 µs per file for every rule that reads so (45 ms over the benchmark
 * corpus); `Reflect.get` reads the same value, getters included, with a lookup that prepares nothing.
 */
export function readContext<C extends object, K extends keyof C>(context: C, key: K): C[K] {
  return Reflect.get(context, key) as C[K];
}

/**
 * `RuleCreator` with the options merged once per distinct value rather than once per file: its
 * own `create` deep-clones the defaults for every file linted, which costs more than some rules'
 * whole analysis. ESLint hands each file a fresh options array, so the last one seen is compared by
 * value (ESLint reuses the configured objects inside, so that is mostly an identity check). The merged options are frozen, so a rule cannot change them for the next file.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): TSESLint.RuleModule<MessageIds, Options, TwelveFactorDocs> {
  const rule = createNamedRule<Options, MessageIds>(definition);
  const defaults = (definition.meta.defaultOptions ?? definition.defaultOptions) as Options;
  let lastRaw: unknown;
  let lastMerged: Options | undefined;
  return {
    ...rule,
    create(context) {
      const options = readContext(context, 'options');
      if (!lastMerged || !sameOptions(options, lastRaw)) {
        lastRaw = options;
        lastMerged = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, options as Options));
      }
      return definition.create(context, lastMerged);
    },
  };
}

/**
 * `context.report`, except in test support files (see `isTestSupportFile`): every rule reports
 * through this, and a file is judged only when it has something to report.
 */
export function report<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  descriptor: TSESLint.ReportDescriptor<MessageIds>,
): void {
  if (isTestSupportFile(readContext(context, 'sourceCode'))) return;
  const data = descriptor.data;
  if (data && Object.values(data).some((value) => typeof value === 'string' && hasControlCharacter(value))) {
    const escaped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) escaped[key] = typeof value === 'string' ? escapeControlCharacters(value) : value;
    context.report({ ...descriptor, data: escaped });
    return;
  }
  context.report(descriptor);
}

/** A line break, tab or other control character (also U+2028 and U+2029, which end a line too). */
function isControlCharacter(code: number): boolean {
  return code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029;
}

function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (isControlCharacter(value.charCodeAt(index))) return true;
  return false;
}

const ESCAPES: Readonly<Record<number, string>> = { 9: '\\t', 10: '\\n', 13: '\\r' };

/**
 * A value as a message shows it, on one line: `filename: "C:\Logs\next"` holds a real line break
 * (JavaScript reads `\n` there) and is shown as `C:Logs\next`, not as a message broken in two.
 */
export function escapeControlCharacters(value: string): string {
  let escaped = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    escaped += isControlCharacter(code) ? (ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, '0')}`) : value[index];
  }
  return escaped;
}

/**
 * `report`, except also in an Electron app's files (see `isDesktopAppFile`) and a development
 * server's (`isDevelopmentServerFile`): for what only matters in a deployed service, a server's
 * SIGTERM handling, its port, log files, state in memory.
 */
export function reportServiceConcern<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  descriptor: TSESLint.ReportDescriptor<MessageIds>,
): void {
  const sourceCode = readContext(context, 'sourceCode');
  if (!isDesktopAppFile(sourceCode) && !isDevelopmentServerFile(sourceCode)) report(context, descriptor);
}

/**
 * Memoizes what a rule derives from its options (compiled patterns, sets, finders): `createRule`
 * hands every file of a run the same frozen options object, so this runs once per distinct value.
 */
export function derivedFromOptions<O extends object, T>(derive: (options: O) => T): (options: O) => T {
  const cache = new WeakMap<O, T>();
  return (options) => {
    let value = cache.get(options);
    if (value === undefined) {
      value = derive(options);
      cache.set(options, value);
    }
    return value;
  };
}
