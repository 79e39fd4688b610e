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
