const twelveFactor = require('eslint-plugin-twelve-factor');

module.exports = [
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  twelveFactor.configs.recommended,
];
