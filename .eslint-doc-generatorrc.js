// Generates the rule list in README.md and the header of each docs/rules/*.md page from the
// built plugin (dist/). The rule list is grouped by the factor each rule guards.
const { FACTORS } = require('./dist/factors');

/** @type {import('eslint-doc-generator').GenerateOptions} */
module.exports = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['legacy-recommended', 'legacy-strict'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleDocSectionInclude: ['Rule Details', 'When Not To Use It', 'Further Reading'],
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'fixable'],
  ruleListSplit(rules) {
    return FACTORS.map((factor) => ({
      title: `${factor.id}. ${factor.title}`,
      rules: rules.filter(([, rule]) => rule.meta.docs.factor === factor.id),
    })).filter((section) => section.rules.length > 0);
  },
};
