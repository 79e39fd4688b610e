// The options module of a multi-threaded audit: ESLint imports it in the main thread and in each
// worker thread (`ESLint.fromOptionsModule`), since plugin and parser objects cannot be cloned.
import { createESLintOptions, readSettingsFromEnvironment } from './eslint-options';

export = createESLintOptions(readSettingsFromEnvironment());
