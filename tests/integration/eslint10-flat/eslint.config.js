import { defineConfig } from 'eslint/config';
import twelveFactor from 'eslint-plugin-twelve-factor';

export default defineConfig([
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    extends: [twelveFactor.configs.recommended],
  },
]);
