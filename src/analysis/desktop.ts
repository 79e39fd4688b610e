import { DESKTOP_APP_MODULES, DEVELOPMENT_SERVER_MODULES, SERVERLESS_ADAPTER_MODULES } from '../knowledge/desktop';
import { createImportTest } from './modules';

/** Whether the file imports a package that only an Electron app uses (see `knowledge/desktop`). */
export const isDesktopAppFile = createImportTest(DESKTOP_APP_MODULES);

/** Whether the file imports a development server's package (see `knowledge/desktop`). */
export const isDevelopmentServerFile = createImportTest(DEVELOPMENT_SERVER_MODULES);

/** Whether the file imports an adapter that runs its app in a serverless function (see `knowledge/desktop`). */
export const isServerlessAdapterFile = createImportTest(SERVERLESS_ADAPTER_MODULES);
