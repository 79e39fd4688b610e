import { DESKTOP_APP_MODULES } from '../knowledge/desktop';
import { createImportTest } from './modules';

/** Whether the file imports a package that only an Electron app uses (see `knowledge/desktop`). */
export const isDesktopAppFile = createImportTest(DESKTOP_APP_MODULES);
