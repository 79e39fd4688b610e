// Lints the example services with the plugin's recommended config, as a user's project would.
import twelveFactor from '../dist/index.js';

export default [
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  twelveFactor.configs.recommended,
];
