import noFsLogging from '../../src/rules/no-fs-logging';
import noHardcodedConfig from '../../src/rules/no-hardcoded-config';
import noInMemorySession from '../../src/rules/no-in-memory-session';
import requireSigtermHandler from '../../src/rules/require-sigterm-handler';
import { createRuleTester } from '../rule-tester';

// A file that imports a package only Electron apps use runs in a desktop app: its local server,
// log file and in-memory state are not a deployed service's, so those checks report nothing
// there. Its secrets are still reported. The same code importing another module is reported.
const ruleTester = createRuleTester();

/** An Electron main process that serves its own window (and an overlay) on a fixed local port. */
const localServer = (module: string): string => `
  import { app, BrowserWindow } from '${module}';
  import express from 'express';
  let latestState = null;
  const server = express();
  server.post('/api/state', (req, res) => { latestState = req.body; res.json({ ok: true }); });
  const httpServer = server.listen(33770);
  app.whenReady().then(() => new BrowserWindow().loadURL('http://localhost:33770'));
`;

const userDataLog = (module: string): string => `
  import { app } from '${module}';
  import fs from 'node:fs';
  import path from 'node:path';
  export const writeLog = (message) => fs.appendFileSync(path.join(app.getPath('userData'), 'logs', 'app.log'), message + '\\n');
`;

const session = (module: string): string => `
  import isDev from '${module}';
  import express from 'express';
  import session from 'express-session';
  export const app = express();
  app.use(session({ secret: process.env.SESSION_SECRET }));
`;

const withSecret = (module: string): string => `
  import { app } from '${module}';
  export const client = new Client({ apiKey: 'sk_live_51HxQrTa9bC2dE3fG4hI5jK6l' });
`;

/** A front end's development server, started by a script of its own. */
const devServer = (module: string): string => `
  import webpack from 'webpack';
  import WebpackDevServer from '${module}';
  import config from './webpack.config';
  new WebpackDevServer(webpack(config), { hot: true, historyApiFallback: true }).listen(8080, 'localhost', () => console.log('http://localhost:8080'));
`;

ruleTester.run('no-hardcoded-config in an Electron app or a development server', noHardcodedConfig, {
  valid: [localServer('electron'), localServer('electron/main'), devServer('webpack-dev-server')],
  invalid: [
    {
      code: localServer('./window'),
      errors: [{ messageId: 'listenPort', data: { port: '33770' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'Number(process.env.PORT ?? 33770)' }, output: localServer('./window').replace('listen(33770)', 'listen(Number(process.env.PORT ?? 33770))') }] }],
    },
    {
      code: devServer('./dev-server-wrapper'),
      errors: [{ messageId: 'listenPort', data: { port: '8080' }, suggestions: [{ messageId: 'useEnv', data: { replacement: 'Number(process.env.PORT ?? 8080)' }, output: devServer('./dev-server-wrapper').replace('listen(8080,', 'listen(Number(process.env.PORT ?? 8080),') }] }],
    },
    {
      code: withSecret('electron'),
      errors: [{ messageId: 'tokenFormat', suggestions: [{ messageId: 'useEnv', data: { replacement: 'process.env.API_KEY' }, output: withSecret('electron').replace("'sk_live_51HxQrTa9bC2dE3fG4hI5jK6l'", 'process.env.API_KEY') }] }],
    },
  ],
});

ruleTester.run('require-sigterm-handler in an Electron app or a development server', requireSigtermHandler, {
  valid: [localServer('electron'), devServer('webpack-dev-server')],
  invalid: [
    {
      code: localServer('./window'),
      errors: [
        {
          messageId: 'missingSigtermHandler',
          suggestions: [{ messageId: 'addSigtermHandler', data: { name: 'httpServer' }, output: localServer('./window').replace("  app.whenReady()", "  process.on('SIGTERM', () => { httpServer.close(() => process.exit(0)); });\n  app.whenReady()") }],
        },
      ],
    },
  ],
});

/** A VS Code extension's log, kept in its own storage folder on the user's machine. */
const extensionLog = (module: string): string => `
  import * as vscode from '${module}';
  import * as fs from 'node:fs';
  import * as path from 'node:path';
  let logFile: string | undefined;
  export function activate(context: vscode.ExtensionContext) { logFile = path.join(context.globalStorageUri.fsPath, 'extension.log'); }
  export const log = (entry: string) => fs.appendFileSync(logFile ?? 'extension.log', entry + '\\n');
`;

ruleTester.run('no-fs-logging in an Electron app or a VS Code extension', noFsLogging, {
  valid: [userDataLog('electron'), extensionLog('vscode')],
  invalid: [
    { code: userDataLog('./window'), errors: [{ messageId: 'fsLogWrite' }] },
    { code: extensionLog('./editor'), errors: [{ messageId: 'fsLogWrite' }] },
  ],
});

ruleTester.run('no-in-memory-session in an Electron app', noInMemorySession, {
  valid: [session('electron-is-dev')],
  invalid: [{ code: session('./is-dev'), errors: [{ messageId: 'sessionWithoutStore' }] }],
});
