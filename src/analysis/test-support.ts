import { TEST_SUPPORT_MODULES } from '../knowledge/test-support';
import { createImportTest } from './modules';

/** Whether the file imports a package that only test code uses (see `knowledge/test-support`). */
export const isTestSupportFile = createImportTest(TEST_SUPPORT_MODULES);
