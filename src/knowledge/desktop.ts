/**
 * Packages that only an Electron app or an editor's extension imports (`vscode`, the API a VS Code
 * extension runs against). A file that imports one runs in a desktop app's process, on one user's
 * machine: its local server, log file and in-memory state are that app's own, not a deployed service's.
 */
export const DESKTOP_APP_MODULES: readonly string[] = [
  'electron',
  'electron/main',
  'electron-is-dev',
  'electron-log',
  'electron-serve',
  'electron-store',
  'electron-updater',
  'vscode',
];

/**
 * Development servers that only a developer's machine runs: a file that imports one starts the
 * front end's dev server (`new WebpackDevServer(compiler, options).listen(8080)`), whose port,
 * log and state are the developer's, not a deployed service's.
 */
export const DEVELOPMENT_SERVER_MODULES: readonly string[] = ['webpack-dev-server', 'browser-sync', 'live-server'];

/**
 * Adapters that run an HTTP app inside a serverless function (AWS Lambda, Azure Functions): the
 * platform hands requests to the exported handler, so a `listen()` the file also makes (Amplify's
 * Express template keeps one for local runs) serves nothing there, on a port no one routes to, and
 * the platform, not SIGTERM, ends the process.
 */
export const SERVERLESS_ADAPTER_MODULES: readonly string[] = [
  'aws-serverless-express',
  'aws-serverless-express/middleware',
  '@vendia/serverless-express',
  '@codegenie/serverless-express',
  'serverless-http',
  '@h4ad/serverless-adapter',
  '@fastify/aws-lambda',
  'aws-lambda-fastify',
];
