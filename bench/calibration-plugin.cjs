// Rules that do nothing, to measure what ESLint's `stats` timing itself adds to a rule's time: each
// listener call is wrapped and timed with process.hrtime, so a rule on frequent nodes pays for the
// measuring even when it does no work.
const noop = () => {};

/** The node types our rules typically listen to; Identifier (the most frequent node) is left out. */
const COMMON_LISTENERS = ['Literal', 'TemplateLiteral', 'Property', 'CallExpression', 'NewExpression', 'AssignmentExpression', 'VariableDeclarator', 'MemberExpression'];

module.exports = {
  meta: { name: 'bench-calibration' },
  COMMON_LISTENERS,
  rules: {
    'no-op': {
      meta: { type: 'problem', schema: [], docs: { description: 'Listens to common node types and does nothing' } },
      create() {
        return Object.fromEntries(COMMON_LISTENERS.map((type) => [type, noop]));
      },
    },
  },
};
