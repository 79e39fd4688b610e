import type { TSESLint } from '@typescript-eslint/utils';
import { DESKTOP_APP_MODULES, DEVELOPMENT_SERVER_MODULES, SERVERLESS_ADAPTER_MODULES } from '../knowledge/desktop';
import { createImportTest } from './modules';

/** Whether the file imports a package that only an Electron app uses (see `knowledge/desktop`). */
export const isDesktopAppFile = createImportTest(DESKTOP_APP_MODULES);

/** Whether the file imports a development server's package (see `knowledge/desktop`). */
export const isDevelopmentServerFile = createImportTest(DEVELOPMENT_SERVER_MODULES);

/** Whether the file imports an adapter that runs its app in a serverless function (see `knowledge/desktop`). */
const isServerlessAdapterFile = createImportTest(SERVERLESS_ADAPTER_MODULES);

/**
 * A Supabase Edge Function, by the folder the Supabase CLI deploys them from
 * (`supabase/functions/<name>/index.ts`): its `Deno.serve()` is started and stopped per invocation
 * by the platform, which routes to it whatever port it names.
 */
const EDGE_FUNCTION_PATH = /(?:^|[\\/])supabase[\\/]functions[\\/]/;

/** Whether the file runs in a serverless function: through an adapter it imports, or as an edge function by its path. */
export function isServerlessFunctionFile(sourceCode: Readonly<TSESLint.SourceCode>, filename: string): boolean {
  return EDGE_FUNCTION_PATH.test(filename) || isServerlessAdapterFile(sourceCode);
}
