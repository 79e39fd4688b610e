import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';
import type { FactorId } from './factors';
import { isDesktopAppFile } from './analysis/desktop';
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
      if (!lastMerged || !sameOptions(context.options, lastRaw)) {
        lastRaw = context.options;
        lastMerged = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, context.options as Options));
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
  if (!isTestSupportFile(context.sourceCode)) context.report(descriptor);
}

/**
 * `report`, except also in an Electron app's files (see `isDesktopAppFile`): for what only matters
 * in a deployed service, a server's SIGTERM handling, its port, log files, state in memory.
 */
export function reportServiceConcern<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
  descriptor: TSESLint.ReportDescriptor<MessageIds>,
): void {
  if (!isDesktopAppFile(context.sourceCode)) report(context, descriptor);
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
