import { ESLintUtils } from '@typescript-eslint/utils';
import type { FactorId } from './factors';
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

export const createRule = ESLintUtils.RuleCreator<TwelveFactorDocs>(getRuleDocsUrl);
