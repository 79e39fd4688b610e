import * as espree from 'espree';
import type { InvalidTestCase, ValidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/rules/no-fs-logging';
import { createRuleTester, minified } from '../rule-tester';

const ruleTester = createRuleTester();

type Valid = ValidTestCase<Options>;
type Invalid = InvalidTestCase<MessageIds, Options>;

const ESPREE = { parser: espree } as unknown as NonNullable<Valid['languageOptions']>;
// The tester forces parserOptions.sourceType to 'module' unless a case sets it.
const ESPREE_CJS = { parser: espree, sourceType: 'commonjs', parserOptions: { sourceType: 'commonjs' } } as unknown as NonNullable<Valid['languageOptions']>;
const CJS = { sourceType: 'commonjs', parserOptions: { sourceType: 'script', ecmaFeatures: { globalReturn: true } } } as unknown as NonNullable<Valid['languageOptions']>;

const WINSTON_STDOUT = '`new winston.transports.Console()`';
const BUNYAN_STDOUT = '`{ stream: process.stdout }`';
const LOG4JS_STDOUT = "`{ type: 'stdout' }`";
const CONSOLE_STDOUT = '`new Console(process.stdout, process.stderr)`';

const NODE_LINE = '`process.stdout.write(line)`';

function fsWrite(target: string, call: string, stdout = NODE_LINE) {
  return { messageId: 'fsLogWrite', data: { target, call, stdout } } as const;
}
function sink(target: string, sinkLabel: string, stdout: string) {
  return { messageId: 'fileSink', data: { target, sink: sinkLabel, stdout } } as const;
}
function streamLogger(target: string, logger: string, stdout: string) {
  return { messageId: 'fileStreamLogger', data: { target, logger, stdout } } as const;
}
function useStdout(replacement: string, output: string) {
  return { messageId: 'useStdout', data: { replacement }, output } as const;
}

const valid: (string | Valid)[] = [
  // log4js-shaped configurations that write to stdout, and objects with only one of its keys.
  {
    filename: 'src/config/logging.ts',
    code: "export const logging = { appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } };\nexport const menu = { appenders: { file: { type: 'file', filename: 'logs/app.log' } } };\nexport const shop = { categories: ['tools'], appenders: 'none' };",
  },
  // The shape in a module whose path says nothing of settings or logging is not looked for.
  {
    filename: 'src/routes/shop.js',
    code: "export const store = { appenders: { file: { type: 'file', filename: 'logs/app.log' } }, categories: { default: { appenders: ['file'], level: 'info' } } };",
  },
  // A minified bundle is output: its source is where the logging is set up.
  { name: 'minified: a file logger in a bundle', code: minified('var f=require("fs"),l=f.createWriteStream("logs/app.log",{flags:"a"});l.write("started\\n");') },
  // A file target only in the branch that runs outside production, stdout in production.
  "import pino from 'pino';\nexport const logger = pino({ transport: process.env.NODE_ENV === 'development' ? { target: 'pino/file', options: { destination: 'logs/dev.log' } } : { target: 'pino/file', options: { destination: 1 } } });",
  // winston's transports required by path, and bundled interop: a Console transport writes no file
  { code: "const { Console } = require('winston/lib/winston/transports');\nconst transport = new Console({ level: 'info' });", languageOptions: ESPREE_CJS },
  { code: "var import_winston = __toESM(require('winston'));\nconst transport = new import_winston.default.transports.Console();", languageOptions: ESPREE_CJS },
  // Writes of data that is not logging.
  "const fs = require('fs');\nfs.writeFileSync('report.json', JSON.stringify(report));",
  "const fs = require('fs');\nfs.appendFileSync('.gitignore', 'logs/\\n');",
  "import { appendFile } from 'node:fs/promises';\nawait appendFile('exports/orders.csv', row + '\\n');",
  "import fs from 'fs';\nfs.writeFile('export.csv', rows, { flag: 'a' }, done);",
  "import fs from 'fs';\nconst out = fs.createWriteStream(path.join(uploadDir, file.name));\nreq.pipe(out);",
  // Moleculer's Console logger; a File logger's shape in a module that is no Moleculer configuration.
  { code: "module.exports = { namespace: 'shop', logger: { type: 'Console', options: { colors: true } } };", filename: 'moleculer.config.js' },
  { code: "module.exports = { logger: [{ type: 'File', options: { folder: './logs' } }] };", filename: 'src/reporting/export-settings.js' },
  "const { ServiceBroker } = require('moleculer');\nconst broker = new ServiceBroker({ logger: true, transporter: process.env.TRANSPORTER });",
  // AdonisJS 6's default logger config: pretty output outside production, stdout in it.
  "import env from '#start/env';\nimport app from '@adonisjs/core/services/app';\nimport { defineConfig, targets } from '@adonisjs/core/logger';\nexport default defineConfig({\n  default: 'app',\n  loggers: {\n    app: {\n      enabled: true,\n      level: env.get('LOG_LEVEL'),\n      transport: { targets: targets().pushIf(!app.inProduction, targets.pretty()).pushIf(app.inProduction, targets.file({ destination: 1 })).toArray() },\n    },\n  },\n});",
  // A log stream made and never used (morgan logs to stdout): no line is written to the file.
  "const fs = require('fs');\nconst morgan = require('morgan');\nconst accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.log'), { flags: 'a' });\napp.use(morgan('combined'));",
  "import fs from 'node:fs';\nawait pipeline(Readable.fromWeb(response.body), fs.createWriteStream(tempFilePath));",
  "const fs = require('fs');\nconst output = filePath ? fs.createWriteStream(filePath) : process.stdout;\noutput.write(JSON.stringify(dump));",
  "const fs = require('fs');\nfs.appendFileSync('blog/posts.md', post);\nfs.appendFileSync('catalog.txt', item);\nfs.appendFileSync('app.logo', bytes);",
  // Code generation into files named like loggers.
  "import { appendFileSync } from 'node:fs';\nappendFileSync('src/logger.js', 'export default console;\\n');",
  // A logger's settings, a dialog's text, a backlog: not logs.
  "import { appendFileSync } from 'node:fs';\nappendFileSync('config/logger.json', '{}');\nappendFileSync('dialog.txt', line);\nappendFileSync('data/backlog', item);",
  // Log-like targets without appending (reading, truncating through open for read).
  "const fs = require('fs');\nconst text = fs.readFileSync('logs/app.log', 'utf8');\nfs.createReadStream('/var/log/syslog').pipe(res);",
  "const fs = require('fs');\nfs.open('app.log', 'r', (err, fd) => {});\nfs.writeFileSync('logs.json', data, 'utf8');",
  // Deno's writes that do not append to a log file: data files, a log truncated, an append elsewhere,
  // `append: false`, and a local object named Deno.
  "await Deno.writeTextFile('./data/users.json', JSON.stringify([]), { append: true });\nawait Deno.writeTextFile('./out/report.log', summary);\nawait Deno.writeTextFile('./out/notes.txt', note, { append: true });\nDeno.writeTextFileSync('./out/run.log', line, { append: false });\nconst file = await Deno.open('./logs/app.log', { read: true });",
  "const Deno = { writeTextFile() {} };\nawait Deno.writeTextFile('app.log', line, { append: true });",
  // promisify of what is not an fs append to a log path: a read, a data file, a local function, a name reassigned.
  "const fs = require('fs');\nconst util = require('util');\nconst readFile = util.promisify(fs.readFile);\nconst append = util.promisify(fs.appendFile);\nreadFile('logs/app.log');\nappend('exports/orders.csv', row);",
  "import { promisify } from 'node:util';\nconst appendFile = promisify(function appendFile(file, line, done) { done(); });\nawait appendFile('logs/app.log', line);",
  "import fs from 'node:fs';\nimport { promisify } from 'node:util';\nlet write = promisify(fs.appendFile);\nwrite = async () => {};\nawait write('logs/app.log', line);",
  // Not Node's fs.
  "const fs = { appendFileSync() {} };\nfs.appendFileSync('app.log', 'x');",
  "import { appendFile } from './fs';\nappendFile('app.log', 'x');",
  "function write(require) { require('fs').appendFileSync('app.log', 'x'); }",
  // Standard streams and devices.
  "const fs = require('fs');\nfs.appendFileSync('/dev/stdout', line);\nconst pino = require('pino');\npino({}, fs.createWriteStream('/dev/null'));",
  // winston to the console.
  "const winston = require('winston');\nwinston.createLogger({ transports: [new winston.transports.Console()] });",
  "import { transports } from 'winston';\nnew transports.Console({ level: 'info' });\nnew transports.Http({ host: 'logs.example.com' });",
  "const winston = require('winston');\nnew winston.transports.Stream({ stream: process.stderr });",
  // pino to stdout/stderr or an unknown descriptor.
  "import pino from 'pino';\npino(pino.destination(1));\npino(pino.destination(process.stdout.fd));\npino(pino.destination({ dest: 2, sync: false }));\npino(pino.destination());",
  "import pino from 'pino';\nexport function make(fd: number) { return pino(pino.destination(fd)); }",
  // pino-http writing to stdout, and a createPinoLogger of another module.
  "import pinoHttp from 'pino-http';\nimport { createPinoLogger } from './logger';\nexport const http = pinoHttp({ transport: { target: 'pino/file', options: { destination: 1 } } });\nexport const log = createPinoLogger({ transport: { target: 'pino/file', options: { destination: 'logs/app.log' } } });",
  "import pino from 'pino';\npino({ transport: { target: 'pino-pretty' } });\npino.transport({ targets: [{ target: 'pino/file', options: { destination: 1 } }, { target: 'pino/file' }, { target: '@logtail/pino', options: { sourceToken } }] });",
  "import pino from 'pino';\npino({ level: 'info' }, pino.multistream([{ stream: process.stdout }, { level: 'error', stream: process.stderr }]));",
  "import SonicBoom from 'sonic-boom';\nconst out = new SonicBoom({ fd: process.stdout.fd });",
  // pino-pretty as a stream writes to stdout unless given a file.
  "const pino = require('pino');\nconst pretty = require('pino-pretty');\nconst a = pino(pretty({ colorize: true }));\nconst b = pino(pretty({ destination: 1 }));\nconst c = pino(pretty({ destination: process.stderr }));",
  // A word that only contains `logs` and `file` is no log's name.
  "import { appendFileSync } from 'node:fs';\nconst blogsfile = process.env.BLOG_INDEX;\nappendFileSync(blogsfile, entry);",
  // bunyan to stdout, in memory.
  "const bunyan = require('bunyan');\nconst ring = new bunyan.RingBuffer({ limit: 100 });\nbunyan.createLogger({ name: 'app', streams: [{ level: 'info', stream: process.stdout }, { type: 'raw', stream: ring }] });",
  "const bunyan = require('bunyan');\nbunyan.createLogger({ name: 'app', stream: process.stderr });\nlog.addStream({ level: 'debug', stream: process.stdout });",
  // log4js to stdout/stderr; a configuration file name is not a log target.
  "const log4js = require('log4js');\nlog4js.configure({ appenders: { out: { type: 'stdout' }, err: { type: 'stderr' }, errors: { type: 'logLevelFilter', appender: 'err', level: 'error' } }, categories: { default: { appenders: ['out', 'errors'], level: 'info' } } });",
  "const log4js = require('log4js');\nlog4js.configure('./config/log4js.json');",
  // Appenders added to a bound object later that write to stdout; a property read adds none.
  "const log4js = require('log4js');\nconst appenders = {};\nappenders.out = { type: 'stdout' };\nappenders[process.env.EXTRA_APPENDER] = { type: 'stderr' };\nconst known = appenders.out;\nlog4js.configure({ appenders, categories: { default: { appenders: ['out'], level: 'info' } } });",
  "const log4js = require('koa-log4');\nlog4js.configure({ appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } });\napp.use(log4js.koaLogger(log4js.getLogger('http')));",
  // Objects typed as log4js's configuration that write to stdout, another module's `Configuration`, an untyped look-alike.
  "import { Configuration } from 'log4js';\nexport const logging: Configuration = { appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } };",
  "import { Configuration } from './types';\nimport * as log4js from 'log4js';\nexport const a = { appenders: { f: { type: 'file', filename: 'a.log' } } } as Configuration;\nexport const b: log4js.Levels = { appenders: { f: { type: 'file', filename: 'b.log' } } };\nlog4js.configure({ appenders: { out: { type: 'stdout' } }, categories: { default: { appenders: ['out'], level: 'info' } } });",
  // morgan to stdout or into another logger.
  "import morgan from 'morgan';\napp.use(morgan('combined'));\napp.use(morgan('tiny', { stream: process.stdout }));\napp.use(morgan('dev', { stream: { write: (message) => logger.info(message.trim()) } }));",
  "import morgan from 'morgan';\nexport function httpLogger(options) { return morgan('tiny', { stream: options.stream }); }",
  // Console bound to the standard streams; a shadowed console.
  "import { Console } from 'node:console';\nconst out = new Console(process.stdout, process.stderr);\nconst err = new console.Console({ stdout: process.stderr });",
  "const fs = require('fs');\nfunction make(console) { return new console.Console(fs.createWriteStream('out.txt')); }",
  // A document the code keeps, though its names say log: an assistant's daily notes in Markdown, a CSV table.
  "import { appendFile } from 'node:fs/promises';\nimport { join } from 'node:path';\nconst getDailyLogPath = (workspace) => join(workspace, 'memory', `${new Date().toISOString().slice(0, 10)}.md`);\nexport async function appendDailyLog(workspace, entry) {\n  const logPath = getDailyLogPath(workspace);\n  await appendFile(logPath, `\\n## ${entry}\\n`, 'utf-8');\n}\nexport const exportLog = (rows, logDir) => appendFile(join(logDir, 'visits.csv'), rows.join('\\n'));",
  // A TLS key log (SSLKEYLOGFILE) holds session secrets for a packet capture: a file by design, not logging.
  "import fs from 'node:fs';\nexport class Server {\n  start() {\n    const keyLogStream = fs.createWriteStream(this.keyLogFilePath, { flags: 'a' });\n    this.tls.on('keylog', (line) => keyLogStream.write(line));\n  }\n}",
  // console and process.stdout themselves; in-memory log buffers.
  "console.log('started');\nprocess.stdout.write(JSON.stringify({ level: 'info', msg: 'started' }) + '\\n');\nconst logs = [];\nlogs.push(line);",
  // simple-node-logger to the console; look-alike modules.
  "const SimpleNodeLogger = require('simple-node-logger');\nconst log = SimpleNodeLogger.createSimpleLogger({ timestampFormat: 'YYYY-MM-DD HH:mm:ss' });",
  "const SimpleNodeLogger = require('simple-node-logger');\nconst log = SimpleNodeLogger.createSimpleLogger();\nconst configured = SimpleNodeLogger.createSimpleLogger(options);",
  // tracer's console loggers write to the console.
  "const tracer = require('tracer');\nconst logger = tracer.colorConsole({ format: '{{timestamp}} {{message}}' });\nconst plain = tracer.console();",
  "import { createStream } from './streams';\ncreateStream('access.log');\nconst File = require('./file');\nnew File({ filename: 'app.log' });",
  // Sinks that run only outside production: a development or test run's own log files.
  "const winston = require('winston');\nconst transports = [];\nif (process.env.NODE_ENV === 'test') transports.push(new winston.transports.File({ filename: './testlogs.log' }));\nelse transports.push(new winston.transports.Console());",
  "const log4js = require('log4js');\nif (app.get('env') == 'development') {\n  log4js.configure({ appenders: { app: { type: 'dateFile', filename: 'logs/app.log' } }, categories: { default: { appenders: ['app'], level: 'debug' } } });\n}",
  "const fs = require('fs');\nconst dev = process.env.NODE_ENV !== 'production';\nexport const log = (line) => dev && fs.appendFileSync('logs/dev.log', line);",
  "const pino = require('pino');\nexport const logger = process.env.NODE_ENV === 'production' ? pino() : pino(pino.destination('./logs/dev.log'));",
  "const fs = require('fs');\nswitch (process.env.NODE_ENV) {\n  case 'production':\n    break;\n  case 'development':\n    fs.appendFileSync('logs/dev.log', 'started');\n}",
  // egg-logger and @midwayjs/logger to the console.
  "const { Logger, ConsoleTransport } = require('egg-logger');\nconst logger = new Logger();\nlogger.set('console', new ConsoleTransport({ level: 'INFO' }));",
  "const { createConsoleLogger, ConsoleTransport } = require('@midwayjs/logger');\nconst logger = createConsoleLogger('app');\nconst transport = new ConsoleTransport();",
  // Recommended ignores fs appends in log functions to other files.
  "const fs = require('fs');\nfunction writeLog(message) { fs.appendFileSync(process.env.OUTPUT, message); }",
  // strict: not a log function, not an append, or a word that only contains "log".
  { code: "const fs = require('fs');\nfunction saveReport(row) { fs.appendFileSync(outFile, row); }\nfunction logStats(stats) { fs.writeFileSync('stats.json', JSON.stringify(stats)); }", options: [{ strict: true }] },
  { code: "const fs = require('fs');\nfunction login(user) { fs.appendFileSync(sessionsFile, user.id); }\nconst catalog = { add(item) { fs.appendFileSync(file, item); } };", options: [{ strict: true }] },
  { code: "const fs = require('fs');\nCatalog.add = function (item) { fs.appendFileSync(file, item); };\nDialog.prototype.save = function () { fs.appendFileSync(this.file, this.text); };\nLogger.open = function (value) { return fs.createWriteStream(value); };\nthis.open = function (line) { fs.appendFileSync(out, line); };", options: [{ strict: true }] },
  // allowedPaths: a CLI tool's own log file.
  { code: "const fs = require('fs');\nfs.appendFileSync('logs/cli.log', line);", options: [{ allowedPaths: ['logs/cli.log'] }] },
  { code: "const winston = require('winston');\nnew winston.transports.File({ filename: argv.logFile });", options: [{ allowedPaths: ['argv\\.logFile'] }] },
  { code: "import pino from 'pino';\npino(pino.destination(`${os.tmpdir()}/tool.log`));", options: [{ allowedPaths: ['**/tool.log'] }] },
  // An extra sink that is not used.
  { code: "import { consoleLogger } from '@acme/logging';\nconsoleLogger('app');", options: [{ extraSinks: [{ module: '@acme/logging', member: 'fileLogger' }] }] },
  // Plain JavaScript through espree.
  { code: "const fs = require('fs');\nfs.writeFileSync('data.json', '{}');\nconsole.log('done');\nif (!module.parent) return;", languageOptions: ESPREE_CJS },
  { code: "import winston from 'winston';\nwinston.add(new winston.transports.Console());", languageOptions: ESPREE },
  // A stdout device through pino; a log viewer streaming a log file out.
  "import pino from 'pino';\npino(pino.destination('/dev/stdout'));\nimport fs from 'fs';\napp.get('/logs', (req, res) => fs.createReadStream(logFile).pipe(res));",
  // Targets pushed or spread into a transport's list: to stdout, outside production, or into another list.
  "const pino = require('pino');\nconst transports = { targets: [] };\ntransports.targets.push({ target: 'pino/file', options: { destination: 1 } });\nif (process.env.NODE_ENV === 'development') transports.targets.push({ target: 'pino/file', options: { destination: 'logs/dev.log' } });\nmodule.exports = pino(pino.transport(transports));",
  "import pino from 'pino';\nfunction collect() {\n  const targets = [];\n  targets.push({ target: 'pino/file', options: { destination: 'backup/app.log' } });\n  return targets;\n}\nexport function make() {\n  const targets = [{ target: 'pino-pretty' }];\n  return pino.transport({ targets });\n}",
  "import pino from 'pino';\nlet targets = [];\ntargets.push({ target: 'pino/file', options: { destination: './app.log' } });\ntargets = [{ target: 'pino-pretty' }];\nexport const logger = pino({ transport: { targets } });",
  "import pino from 'pino';\nconst isDev = process.env.NODE_ENV !== 'production';\nexport const logger = pino.transport({ targets: [{ target: 'pino/file', options: { destination: 1 } }, ...(isDev ? [{ target: 'pino/file', options: { destination: 'logs/dev.log' } }] : [])] });",
  "const bunyan = require('bunyan');\nconst streams = [{ stream: process.stdout }];\nstreams.push({ level: 'error', stream: process.stderr });\nconst rows = [];\nrows.push({ path: 'exports/orders.csv' });\nbunyan.createLogger({ name: 'api', streams });",
  // Not logrotate-stream: a local module of that name, a shadowing parameter.
  "const logrotate = require('./logrotate-stream');\nworker.stdout.pipe(logrotate({ file: 'logs/output.log' }));\nfunction pipeTo(logrotate) { return logrotate({ file: 'logs/output.log' }); }",
  // Paths returned by local functions: data files, a stdout descriptor, a function reassigned or imported, a nested function's return.
  "const fs = require('fs');\nfunction outFile(day) {\n  const log = () => 'app.log';\n  return `exports/${day}.csv`;\n}\nfs.appendFileSync(outFile(today), row);",
  "const { openSync, closeSync } = require('fs');\nlet logFileBasePath = '';\nexport function setBasePath(path) {\n  logFileBasePath = path;\n}\nfunction buildRecoveryFileName() {\n  return `${logFileBasePath}.recoveryInProgress`;\n}\ncloseSync(openSync(buildRecoveryFileName(), 'a'));",
  "import pino from 'pino';\nconst destination = () => (process.env.LOG_TO_STDERR ? 2 : 1);\nexport const logger = pino(pino.destination(destination()));",
  "import fs from 'fs';\nimport { logPath } from './paths';\nlet target = () => 'app.log';\ntarget = () => 'rows.csv';\nfs.appendFileSync(target(), row);\nfs.appendFileSync(logPath(), row);",
  // Appenders built by helpers: to stdout, a file one only in development, a file helper that configure never gets.
  "const log4js = require('log4js');\nfunction consoleAppender(layout) {\n  return { type: 'stdout', layout };\n}\nexport function fileAppender(name) {\n  return { type: 'file', filename: `logs/${name}.log` };\n}\nlog4js.configure({ appenders: { out: consoleAppender({ type: 'basic' }) }, categories: { default: { appenders: ['out'], level: 'info' } } });",
  "import log4js from 'log4js';\nfunction appenders() {\n  if (process.env.NODE_ENV === 'development') return { app: { type: 'file', filename: 'logs/dev.log' } };\n  return { app: { type: 'stdout' } };\n}\nlog4js.configure({ appenders: appenders(), categories: { default: { appenders: ['app'], level: 'info' } } });",
  "import pino from 'pino';\nconst target = () => ({ target: 'pino/file', options: { destination: 1 } });\nexport const logger = pino({ transport: { targets: [target(), target()] } });",
  // pino-http and a shadowed module binding.
  "import pinoHttp from 'pino-http';\napp.use(pinoHttp({ logger }, process.stdout));\nfunction local(pino) { return pino(pino.destination('./app.log')); }",
  // A module-level console that is not the global one.
  "import fs from 'fs';\nconst console = makeConsole();\nnew console.Console(fs.createWriteStream('./out.txt'));",
  // Fastify's logger to stdout, or a file option the file does not tell.
  "import Fastify from 'fastify';\nconst app = Fastify({ logger: { level: 'info', stream: process.stdout, transport: { target: 'pino-pretty' } } });\nexport const make = (opts) => Fastify({ logger: { file: opts.file } });",
  // A chat client's logs of each channel (thelounge's userLog), a bot's log of each room: transcripts the app keeps, not its log stream.
  "const fs = require('fs');\nmodule.exports.write = function (user, network, chan, msg) {\n  const path = Helper.getUserLogsPath(user, network);\n  fs.appendFile(path + '/' + chan.replace(/%/g, '%%').replace(/\\//g, '%') + '.log', `<${msg.from}> ${msg.text}\\n`, () => {});\n};",
  "import fs from 'node:fs';\nexport function record(message) {\n  fs.appendFileSync(`logs/${message.channel.name}.log`, `${message.author}: ${message.content}\\n`);\n}\nexport function keep(roomId, line) {\n  fs.appendFileSync(`/var/log/rooms/${roomId.toLowerCase()}.log`, line);\n}",
  // A development run's own script (`scripts/dev.mjs`, `server-dev.js`): its log is the developer's.
  ...['scripts/dev.mjs', 'scripts/dev-with-log.js', 'src/server-dev.js', 'config/development.js'].map((filename) => ({
    code: "import fs from 'node:fs';\nexport const tee = (line) => { process.stdout.write(line); fs.appendFileSync('dev.log', line); };",
    filename,
  })),
  // TypeScript syntax.
  "import * as fs from 'fs';\nconst data: Buffer = fs.readFileSync(('app.log' as string));\nfs.writeFileSync('out.json' satisfies string, data);",
];

const invalid: Invalid[] = [
  // Another script's log file, and a development script's with `strict`.
  ...[
    { filename: 'scripts/server.mjs', options: [{}] as Options },
    { filename: 'src/devices.js', options: [{}] as Options },
    { filename: 'scripts/dev.mjs', options: [{ strict: true }] as Options },
  ].map(({ filename, options }) => ({
    code: "import fs from 'node:fs';\nexport const tee = (line) => { process.stdout.write(line); fs.appendFileSync('dev.log', line); };",
    filename,
    options,
    errors: [{ ...fsWrite('`dev.log`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "import fs from 'node:fs';\nexport const tee = (line) => { process.stdout.write(line); process.stdout.write(line); };")] }],
  })),
  // Deno's file writes that append to a log file: `append: true` in their options (also through a const).
  {
    code: "const logFile = './logs/app.log';\nconst APPEND = { append: true };\nexport async function log(line) { await Deno.writeTextFile(logFile, line + '\\n', APPEND); }\nexport function logSync(line) { Deno.writeTextFileSync('/var/log/api/access.log', line, { append: true }); }\nexport const file = await Deno.open('server.log', { append: true, create: true });",
    errors: [
      fsWrite('`./logs/app.log`', 'Deno.writeTextFile', '`console.log(line)`'),
      fsWrite('`/var/log/api/access.log`', 'Deno.writeTextFileSync', '`console.log(line)`'),
      fsWrite('`server.log`', 'Deno.open', '`console.log(line)`'),
    ],
  },
  // A log stream another module writes to, or this one.
  {
    code: "import fs from 'fs';\nexport const accessLog = fs.createWriteStream('logs/access.log', { flags: 'a' });\nconst errorLog = fs.createWriteStream('logs/error.log', { flags: 'a' });\nmodule.exports.errorLog = errorLog;",
    errors: [fsWrite('`logs/access.log`', 'fs.createWriteStream'), fsWrite('`logs/error.log`', 'fs.createWriteStream')],
  },
  // A request logger's text file, a log saved as text, Apache's access_log without an extension.
  {
    code: "const fs = require('fs');\nconst requestLogger = (req, res, next) => {\n  fs.appendFile('./requestLogger.txt', `${req.method} ${req.url}\\n`, () => {});\n  fs.appendFile('access.log.txt', req.url, () => {});\n  fs.createWriteStream('/var/www/access_log', { flags: 'a' });\n  next();\n};\nmodule.exports = requestLogger;",
    languageOptions: CJS,
    errors: [fsWrite('`./requestLogger.txt`', 'fs.appendFile'), fsWrite('`access.log.txt`', 'fs.appendFile'), fsWrite('`/var/www/access_log`', 'fs.createWriteStream')],
  },
  // `util.promisify(fs.appendFile)`: its calls are fs appends (moleculer's FileLogger).
  {
    code: "const fs = require('fs');\nconst util = require('util');\nconst appendFile = util.promisify(fs.appendFile);\nfunction writeLog(line) { return appendFile('logs/app.log', line); }\nmodule.exports = writeLog;",
    languageOptions: CJS,
    errors: [fsWrite('`logs/app.log`', 'fs.appendFile')],
  },
  {
    code: "import { appendFile } from 'node:fs';\nimport { promisify } from 'node:util';\nconst append = promisify(appendFile);\nexport class FileLogger {\n  flush(this: { file: string }) { return append(this.file, 'line\\n'); }\n}",
    options: [{ strict: true }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'FileLogger.flush', target: 'the file at `this.file`', call: 'fs.appendFile', stdout: NODE_LINE } }],
  },
  // --- Node's fs ---
  // A name that only starts with a conversation's word (a chat service's log folder, a chat log constant) names no conversation; a log name cased or trimmed is still one.
  {
    code: "import fs from 'node:fs';\nconst CHAT_LOG = process.env.CHAT_LOG;\nexport function log(chatService, logName, line) {\n  fs.appendFileSync(chatService.logDir + '/app.log', line);\n  fs.appendFileSync(CHAT_LOG, line);\n  fs.appendFileSync(logName.trim(), line);\n}",
    errors: [
      { ...fsWrite('`…/app.log`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "import fs from 'node:fs';\nconst CHAT_LOG = process.env.CHAT_LOG;\nexport function log(chatService, logName, line) {\n  process.stdout.write(line);\n  fs.appendFileSync(CHAT_LOG, line);\n  fs.appendFileSync(logName.trim(), line);\n}")] },
      { ...fsWrite('the file at `CHAT_LOG`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "import fs from 'node:fs';\nconst CHAT_LOG = process.env.CHAT_LOG;\nexport function log(chatService, logName, line) {\n  fs.appendFileSync(chatService.logDir + '/app.log', line);\n  process.stdout.write(line);\n  fs.appendFileSync(logName.trim(), line);\n}")] },
      { ...fsWrite('the file at `logName.trim()`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "import fs from 'node:fs';\nconst CHAT_LOG = process.env.CHAT_LOG;\nexport function log(chatService, logName, line) {\n  fs.appendFileSync(chatService.logDir + '/app.log', line);\n  fs.appendFileSync(CHAT_LOG, line);\n  process.stdout.write(line);\n}")] },
    ],
  },
  {
    code: "const fs = require('fs');\nfs.appendFileSync('logs/app.log', line + '\\n');\nif (!module.parent) return;",
    languageOptions: CJS,
    errors: [{ ...fsWrite('`logs/app.log`', 'fs.appendFileSync'), line: 2, column: 1, endLine: 2, endColumn: 47, suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nprocess.stdout.write(line + '\\n');\nif (!module.parent) return;")] }],
  },
  {
    code: "import fs from 'node:fs';\nfs.appendFile('debug.log', message, (err) => {});",
    errors: [{ ...fsWrite('`debug.log`', 'fs.appendFile'), suggestions: [] }],
  },
  {
    code: "import { appendFile as add } from 'fs/promises';\nawait add('app.log', JSON.stringify(entry));",
    errors: [{ ...fsWrite('`app.log`', 'fsPromises.appendFile'), suggestions: [useStdout('`process.stdout.write(...)`', "import { appendFile as add } from 'fs/promises';\nawait process.stdout.write(JSON.stringify(entry));")] }],
  },
  {
    code: "require('fs').createWriteStream('/var/log/app/out.txt', { flags: 'a' });",
    errors: [fsWrite('`/var/log/app/out.txt`', 'fs.createWriteStream')],
  },
  {
    code: "const { createWriteStream } = require('node:fs');\nconst path = require('path');\nconst stream = createWriteStream(path.join(__dirname, 'logs', 'app.txt'));\nexports.log = (line) => stream.write(line);",
    errors: [fsWrite('`…/logs/app.txt`', 'fs.createWriteStream')],
  },
  {
    code: "import { writeFileSync } from 'fs';\nwriteFileSync('debug.log', line, { flag: 'a' });",
    errors: [fsWrite('`debug.log`', 'fs.writeFileSync')],
  },
  {
    code: "import fs from 'fs';\nconst fd = fs.openSync('app.log.1', 'a+');",
    errors: [fsWrite('`app.log.1`', 'fs.openSync')],
  },
  {
    code: "import fs from 'fs';\nconst LOG_FILE = process.env.LOG_FILE;\nawait fs.promises.appendFile(LOG_FILE, line);",
    errors: [{ ...fsWrite('the file at `LOG_FILE`', 'fs.promises.appendFile'), suggestions: [useStdout('`process.stdout.write(...)`', "import fs from 'fs';\nconst LOG_FILE = process.env.LOG_FILE;\nawait process.stdout.write(line);")] }],
  },
  {
    name: 'a pino-pretty stream given a log file as its destination',
    code: "import pino from 'pino';\nimport pretty from 'pino-pretty';\nconst logsDir = './logs';\nconst stream = pretty({ destination: `${logsDir}/${new Date().toISOString()}.log` });\nexport const logger = pino({ level: 'info' }, stream);",
    errors: [{ ...sink('`./logs/….log`', 'a pino-pretty stream', '`destination: 1`'), line: 4, suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nimport pretty from 'pino-pretty';\nconst logsDir = './logs';\nconst stream = pretty({ destination: 1 });\nexport const logger = pino({ level: 'info' }, stream);")] }],
  },
  {
    name: 'a file named in one lower-case word, logsfile',
    code: "import { appendFileSync } from 'node:fs';\nconst logsfile = config.get('logsFile');\nexport const customLog = (message) => appendFileSync(logsfile, `${new Date()} - ${message}\\n`);",
    errors: [fsWrite('the file at `logsfile`', 'fs.appendFileSync')],
  },
  {
    code: "const fs = require('fs');\nfunction write(logPath, line) {\n  fs.appendFile(logPath, line, () => {});\n}",
    errors: [fsWrite('the file at `logPath`', 'fs.appendFile')],
  },
  {
    code: "const fs = require('fs');\nclass Audit {\n  record(entry) { fs.appendFileSync(this.config.logFile, entry); }\n}",
    errors: [{ ...fsWrite('the file at `this.config.logFile`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nclass Audit {\n  record(entry) { process.stdout.write(entry); }\n}")] }],
  },
  {
    code: "const fs = require('fs');\nconst out = fs.createWriteStream(`app-%DATE%.log`);\nout.write('started');\nfs.createWriteStream('archive/app.log.gz');",
    errors: [fsWrite('`app-%DATE%.log`', 'fs.createWriteStream'), fsWrite('`archive/app.log.gz`', 'fs.createWriteStream')],
  },
  {
    code: "import * as fs from 'fs';\ndeclare const LOG_FILE: string | undefined;\nfs.appendFileSync(LOG_FILE!, `${new Date().toISOString()} ${msg}\\n`);",
    errors: [{ ...fsWrite('the file at `LOG_FILE!`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "import * as fs from 'fs';\ndeclare const LOG_FILE: string | undefined;\nprocess.stdout.write(`${new Date().toISOString()} ${msg}\\n`);")] }],
  },
  {
    code: "import fs = require('fs');\nfs.appendFile('server.log', msg, cb);",
    errors: [fsWrite('`server.log`', 'fs.appendFile')],
  },
  {
    code: "var fs = require('fs');\nvar logfile = __dirname + '/error.log';\nfs.appendFile(logfile, err.stack, function () {});\nreturn;",
    languageOptions: ESPREE_CJS,
    errors: [fsWrite('`…/error.log`', 'fs.appendFile')],
  },
  {
    code: "const fse = require('fs-extra');\nconst gfs = require('graceful-fs');\nfse.appendFileSync('logs/worker.txt', line);\ngfs.appendFile('app.log', line, done);",
    errors: [{ ...fsWrite('`logs/worker.txt`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "const fse = require('fs-extra');\nconst gfs = require('graceful-fs');\nprocess.stdout.write(line);\ngfs.appendFile('app.log', line, done);")] }, fsWrite('`app.log`', 'fs.appendFile')],
  },
  {
    name: 'a log of key events is a log',
    code: "import fs from 'node:fs';\nexport const open = (options) => fs.createWriteStream(options.keyEventLogPath, { flags: 'a' });",
    errors: [{ ...fsWrite('the file at `options.keyEventLogPath`', 'fs.createWriteStream'), line: 2 }],
  },
  {
    name: 'a log named for a day, with a .log or .txt file name',
    code: "import { appendFile } from 'node:fs/promises';\nimport { join } from 'node:path';\nconst getDailyLogPath = (dir) => join(dir, `${new Date().toISOString().slice(0, 10)}.log`);\nexport const log = (dir, line) => appendFile(getDailyLogPath(dir), line);\nexport const trace = (logDir, line) => appendFile(join(logDir, 'trace.txt'), line);",
    errors: [
      { ...fsWrite('`…/….log`', 'fsPromises.appendFile'), line: 4 },
      { ...fsWrite('`…/trace.txt`', 'fsPromises.appendFile'), line: 5 },
    ],
  },
  {
    code: "const fs = require('fs');\nfs.appendFileSync('out/app.trace', line, 'utf8');",
    options: [{ logPathPatterns: ['*.trace'] }],
    errors: [fsWrite('`out/app.trace`', 'fs.appendFileSync')],
  },
  {
    code: "const fs = require('fs');\nfs.appendFileSync(process.env.LOG_FILE || 'app.log', line, 'utf8');",
    options: [{ allowedPaths: ['tmp/**'] }],
    errors: [fsWrite("the file at `process.env.LOG_FILE || 'app.log'`", 'fs.appendFileSync')],
  },
  {
    code: "import fs from 'node:fs';\nimport os from 'node:os';\nimport path from 'node:path';\nfs.appendFile(path.join(os.tmpdir(), 'log.txt'), line, () => {});",
    errors: [fsWrite('`…/log.txt`', 'fs.appendFile')],
  },
  // A log path returned by a local function (n8n's event-bus log writer).
  {
    code: "const { appendFileSync } = require('fs');\nlet basePath = '';\nfunction setBasePath(path) {\n  basePath = path;\n}\nfunction buildFileNameWithCounter(counter) {\n  if (counter) {\n    return `${basePath}-${counter}.log`;\n  } else {\n    return `${basePath}.log`;\n  }\n}\nfunction appendMessageSync(msg) {\n  appendFileSync(buildFileNameWithCounter(), JSON.stringify(msg) + '\\n');\n}",
    errors: [{ ...fsWrite('the file at `buildFileNameWithCounter()`', 'fs.appendFileSync'), line: 14, column: 3, suggestions: [useStdout('`process.stdout.write(...)`', "const { appendFileSync } = require('fs');\nlet basePath = '';\nfunction setBasePath(path) {\n  basePath = path;\n}\nfunction buildFileNameWithCounter(counter) {\n  if (counter) {\n    return `${basePath}-${counter}.log`;\n  } else {\n    return `${basePath}.log`;\n  }\n}\nfunction appendMessageSync(msg) {\n  process.stdout.write(JSON.stringify(msg) + '\\n');\n}")] }],
  },
  {
    code: "import fs from 'node:fs';\nimport path from 'node:path';\nconst getLogFile = () => path.join(process.cwd(), 'data', 'app.txt');\nfs.appendFile(getLogFile(), line, () => {});",
    errors: [fsWrite('`…/data/app.txt`', 'fs.appendFile')],
  },
  {
    code: "import pino from 'pino';\nfunction destinationFor(name: string): string {\n  switch (name) {\n    case 'audit':\n      return './audit.log';\n    default:\n      return './server.log';\n  }\n}\nexport const logger = pino(pino.destination(destinationFor('server')));",
    errors: [{ ...sink("the file at `destinationFor('server')`", '`pino.destination`', '`pino.destination(1)`'), suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nfunction destinationFor(name: string): string {\n  switch (name) {\n    case 'audit':\n      return './audit.log';\n    default:\n      return './server.log';\n  }\n}\nexport const logger = pino(pino.destination(1));")] }],
  },
  // --- file streams handed to loggers: one report, at the stream creation ---
  {
    code: "const fs = require('fs');\nconst morgan = require('morgan');\nconst accessLogStream = fs.createWriteStream(path.join(__dirname, 'access.txt'), { flags: 'a' });\napp.use(morgan('combined', { stream: accessLogStream }));",
    errors: [{ ...streamLogger('`…/access.txt`', 'morgan', BUNYAN_STDOUT), line: 3, column: 25, suggestions: [] }],
  },
  {
    code: "import fs from 'fs';\nimport morgan from 'morgan';\napp.use(morgan('combined', { stream: fs.createWriteStream('./access.log', { flags: 'a' }) }));",
    errors: [{ ...streamLogger('`./access.log`', 'morgan', BUNYAN_STDOUT), suggestions: [useStdout('`process.stdout`', "import fs from 'fs';\nimport morgan from 'morgan';\napp.use(morgan('combined', { stream: process.stdout }));")] }],
  },
  {
    code: "import { Console } from 'node:console';\nimport { createWriteStream } from 'node:fs';\nexport const fileConsole = new Console(createWriteStream('./out.txt'));",
    errors: [{ ...streamLogger('`./out.txt`', 'a Console', CONSOLE_STDOUT), suggestions: [useStdout('`process.stdout`', "import { Console } from 'node:console';\nimport { createWriteStream } from 'node:fs';\nexport const fileConsole = new Console(process.stdout);")] }],
  },
  {
    code: "const fs = require('fs');\nconst output = fs.createWriteStream('./stdout.txt');\nconst errorOutput = fs.createWriteStream('./stderr.txt');\nconst logger = new console.Console({ stdout: output, stderr: errorOutput });",
    errors: [
      streamLogger('`./stdout.txt`', 'a Console', '`new console.Console(process.stdout, process.stderr)`'),
      streamLogger('`./stderr.txt`', 'a Console', '`new console.Console(process.stdout, process.stderr)`'),
    ],
  },
  {
    code: "const { Console } = require('console');\nconst fs = require('fs');\nconst c = Console(process.stdout, fs.createWriteStream(errFile));",
    errors: [{ ...streamLogger('the file at `errFile`', 'a Console', CONSOLE_STDOUT), suggestions: [useStdout('`process.stderr`', "const { Console } = require('console');\nconst fs = require('fs');\nconst c = Console(process.stdout, process.stderr);")] }],
  },
  {
    code: "import pino from 'pino';\nimport { createWriteStream } from 'fs';\nconst dest = createWriteStream(process.env.OUT_FILE);\nexport const logger = pino({ level: 'info' }, dest);",
    errors: [streamLogger('the file at `process.env.OUT_FILE`', 'pino', '`pino.destination(1)`')],
  },
  {
    code: "import pino from 'pino';\nimport fs from 'fs';\nconst streams = [{ stream: process.stdout }, { level: 'error', stream: fs.createWriteStream('errors.txt') }];\npino({}, pino.multistream(streams));",
    errors: [{ ...streamLogger('`errors.txt`', 'pino.multistream', BUNYAN_STDOUT), suggestions: [useStdout('`process.stdout`', "import pino from 'pino';\nimport fs from 'fs';\nconst streams = [{ stream: process.stdout }, { level: 'error', stream: process.stdout }];\npino({}, pino.multistream(streams));")] }],
  },
  {
    code: "const winston = require('winston');\nconst fs = require('fs');\nwinston.createLogger({ transports: [new winston.transports.Stream({ stream: fs.createWriteStream('/tmp/out.txt') })] });",
    errors: [{ ...streamLogger('`/tmp/out.txt`', 'a winston Stream transport', WINSTON_STDOUT), suggestions: [useStdout('`process.stdout`', "const winston = require('winston');\nconst fs = require('fs');\nwinston.createLogger({ transports: [new winston.transports.Stream({ stream: process.stdout })] });")] }],
  },
  {
    code: "const bunyan = require('bunyan');\nconst fs = require('fs');\nconst out = fs.createWriteStream(outFile, { flags: 'a' });\nbunyan.createLogger({ name: 'api', stream: out });",
    errors: [streamLogger('the file at `outFile`', 'bunyan', BUNYAN_STDOUT)],
  },
  // One report per sink: a log-like stream handed to morgan and to a Console is reported once.
  {
    code: "const fs = require('fs');\nconst morgan = require('morgan');\nconst { Console } = require('console');\nconst access = fs.createWriteStream('logs/access.log', { flags: 'a' });\napp.use(morgan('combined', { stream: access }));\nconst c = new Console(access);",
    errors: [{ ...streamLogger('`logs/access.log`', 'morgan', BUNYAN_STDOUT), line: 4, column: 16, suggestions: [] }],
  },
  {
    code: "import pinoHttp from 'pino-http';\nimport { createWriteStream } from 'node:fs';\napp.use(pinoHttp({ level: 'info' }, createWriteStream('./http.txt')));",
    errors: [{ ...streamLogger('`./http.txt`', 'pino-http', '`process.stdout`'), suggestions: [useStdout('`process.stdout`', "import pinoHttp from 'pino-http';\nimport { createWriteStream } from 'node:fs';\napp.use(pinoHttp({ level: 'info' }, process.stdout));")] }],
  },
  {
    code: "import * as DailyRotateFile from 'winston-daily-rotate-file';\nimport { createLogger } from 'winston';\nconst logger = createLogger({ transports: [new DailyRotateFile({ dirname: '/var/log/app', filename: 'app-%DATE%.log' })] });",
    errors: [sink('`/var/log/app/app-%DATE%.log`', 'a winston-daily-rotate-file transport', WINSTON_STDOUT)],
  },
  {
    code: "const fs = require('fs');\nfunction appendLog(line) { fs.appendFileSync('tmp/keep.txt', line); fs.appendFileSync('out/run.txt', line); }",
    options: [{ strict: true, allowedPaths: ['tmp/*.txt'] }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'appendLog', target: '`out/run.txt`', call: 'fs.appendFileSync', stdout: NODE_LINE }, suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nfunction appendLog(line) { fs.appendFileSync('tmp/keep.txt', line); process.stdout.write(line); }")] }],
  },
  // --- winston ---
  {
    code: "const winston = require('winston');\nconst logger = winston.createLogger({\n  transports: [new winston.transports.File({ filename: 'logs/error.log', level: 'error' })],\n});",
    errors: [{ ...sink('`logs/error.log`', 'a winston File transport', WINSTON_STDOUT), line: 3, column: 16, suggestions: [useStdout("`new winston.transports.Console({ level: 'error' })`", "const winston = require('winston');\nconst logger = winston.createLogger({\n  transports: [new winston.transports.Console({ level: 'error' })],\n});")] }],
  },
  {
    code: "const { transports } = require('winston');\nmodule.exports = new transports.File({ filename: process.env.LOG_FILE });",
    languageOptions: CJS,
    errors: [{ ...sink('the file at `process.env.LOG_FILE`', 'a winston File transport', WINSTON_STDOUT), suggestions: [useStdout('`new transports.Console()`', "const { transports } = require('winston');\nmodule.exports = new transports.Console();")] }],
  },
  {
    name: 'a path with a control character (a Windows path whose `\\n` is a line break) is shown on one line',
    code: 'const winston = require(\'winston\');\nnew winston.transports.File({ filename: "C:\\Logs\\next" });',
    errors: [{ ...sink('`C:Logs\\next`', 'a winston File transport', WINSTON_STDOUT), suggestions: [useStdout('`new winston.transports.Console()`', "const winston = require('winston');\nnew winston.transports.Console();")] }],
  },
  {
    code: "const transport = new (require('winston').transports.File)({ filename: 'combined.log' });",
    errors: [{ ...sink('`combined.log`', 'a winston File transport', WINSTON_STDOUT), suggestions: [useStdout("`new (require('winston').transports.Console)()`", "const transport = new (require('winston').transports.Console)();")] }],
  },
  {
    name: 'unknown directories in a row are named as one',
    code: "import { join } from 'node:path';\nimport pino from 'pino';\nexport const transport = (root) => pino.transport({ target: 'pino-roll', options: { file: join(process.cwd(), root, 'app'), extension: '.log' } });\nexport const write = (fs, dir, line) => require('node:fs').appendFileSync(join(dir, process.env.LOG_SUBDIR, 'server.log'), line);",
    errors: [
      { ...sink('`…/app`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"), line: 3 },
      { ...fsWrite('`…/server.log`', 'fs.appendFileSync'), line: 4 },
    ],
  },
  {
    code: "import winston from 'winston';\nconst fileOptions = { dirname: 'logs', filename: 'app.log' };\nwinston.add(new winston.transports.File(fileOptions));",
    errors: [{ ...sink('`logs/app.log`', 'a winston File transport', WINSTON_STDOUT), suggestions: [] }],
  },
  {
    code: "import { createLogger, format, transports } from 'winston';\nexport const logger = createLogger({ format: format.json(), transports: [new transports.File({ ...base, filename: 'app.log' })] });",
    errors: [{ ...sink('`app.log`', 'a winston File transport', WINSTON_STDOUT), suggestions: [] }],
  },
  {
    code: "import DailyRotateFile from 'winston-daily-rotate-file';\nconst transport = new DailyRotateFile({ filename: 'application-%DATE%.log', datePattern: 'YYYY-MM-DD-HH', maxFiles: '14d' });",
    errors: [sink('`application-%DATE%.log`', 'a winston-daily-rotate-file transport', WINSTON_STDOUT)],
  },
  {
    code: "import DailyRotateFile from 'winston-daily-rotate-file';\nexport function configureTransports(options: { dirname: string }) {\n  return [new DailyRotateFile(Object.assign({ filename: 'parse-server.info', json: true }, options))];\n}",
    errors: [sink('a file', 'a winston-daily-rotate-file transport', WINSTON_STDOUT)],
  },
  {
    code: "const winston = require('winston');\nrequire('winston-daily-rotate-file');\nconst transport = new winston.transports.DailyRotateFile({ filename: 'app-%DATE%.log', level: 'info', maxSize: '20m' });",
    errors: [{ ...sink('`app-%DATE%.log`', 'a winston DailyRotateFile transport', WINSTON_STDOUT), suggestions: [useStdout("`new winston.transports.Console({ level: 'info' })`", "const winston = require('winston');\nrequire('winston-daily-rotate-file');\nconst transport = new winston.transports.Console({ level: 'info' });")] }],
  },
  // matrix-appservice-bridge
  {
    code: "require('winston-daily-rotate-file');\nconst { DailyRotateFile } = require('winston/lib/winston/transports');\nconst transport = new DailyRotateFile({ filename: 'bridge.log' });",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`bridge.log`', 'a winston DailyRotateFile transport', WINSTON_STDOUT), line: 3 }],
  },
  // esbuild's and rolldown's interop (nodecg's bundle)
  {
    code: "var import_winston = __toESM(require('winston'));\nconst transport = new import_winston.default.transports.File({ filename: 'logs/server.log' });",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`logs/server.log`', 'a winston File transport', WINSTON_STDOUT), line: 2, suggestions: [useStdout('`new import_winston.default.transports.Console()`', "var import_winston = __toESM(require('winston'));\nconst transport = new import_winston.default.transports.Console();")] }],
  },
  {
    code: "let winston = require('winston');\nwinston = __toESM(winston);\nconst fileTransport = new winston.default.transports.File({ filename: 'logs/nodecg.log' });",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`logs/nodecg.log`', 'a winston File transport', WINSTON_STDOUT), line: 3, suggestions: [useStdout('`new winston.default.transports.Console()`', "let winston = require('winston');\nwinston = __toESM(winston);\nconst fileTransport = new winston.default.transports.Console();")] }],
  },
  {
    code: "var winston = require('winston');\nwinston.add(winston.transports.File, { filename: 'somefile.log' });",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`somefile.log`', 'a winston File transport', WINSTON_STDOUT), line: 2, column: 13 }],
  },
  // --- pino ---
  {
    code: "const pino = require('pino');\nconst logger = pino(pino.destination('./app.log'));",
    errors: [{ ...sink('`./app.log`', '`pino.destination`', '`pino.destination(1)`'), line: 2, column: 21, suggestions: [useStdout('file descriptor `1`', "const pino = require('pino');\nconst logger = pino(pino.destination(1));")] }],
  },
  {
    code: "import pino from 'pino';\nconst logger = pino(pino.destination({ dest: '/var/log/app.log', minLength: 4096, sync: false }));",
    errors: [{ ...sink('`/var/log/app.log`', '`pino.destination`', '`pino.destination(1)`'), suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nconst logger = pino(pino.destination({ dest: 1, minLength: 4096, sync: false }));")] }],
  },
  {
    code: "import { pino, destination } from 'pino';\nexport const logger = pino(destination(process.env.LOG_DESTINATION));",
    errors: [{ ...sink('the file at `process.env.LOG_DESTINATION`', '`pino.destination`', '`pino.destination(1)`'), suggestions: [useStdout('file descriptor `1`', "import { pino, destination } from 'pino';\nexport const logger = pino(destination(1));")] }],
  },
  // Wrappers that hand their options to pino: pino-http, nestjs-pino, Elysia's logger plugin.
  {
    code: "import pinoHttp from 'pino-http';\nexport const http = pinoHttp({ transport: { target: 'pino/file', options: { destination: './logs/http.log' } } });",
    errors: [{ ...sink('`./logs/http.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import pinoHttp from 'pino-http';\nexport const http = pinoHttp({ transport: { target: 'pino/file', options: { destination: 1 } } });")] }],
  },
  {
    code: "import { LoggerModule } from 'nestjs-pino';\nexport const logging = LoggerModule.forRoot({ pinoHttp: { transport: { target: 'pino/file', options: { destination: '/var/log/api.log' } } } });",
    errors: [{ ...sink('`/var/log/api.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import { LoggerModule } from 'nestjs-pino';\nexport const logging = LoggerModule.forRoot({ pinoHttp: { transport: { target: 'pino/file', options: { destination: 1 } } } });")] }],
  },
  {
    code: "import { createPinoLogger } from '@bogeychan/elysia-logger';\nconst pinoTransport = { targets: [{ target: 'pino/file', options: { destination: 'logs/app.log' } }, { target: 'pino-pretty' }] };\nexport const log = createPinoLogger({ transport: pinoTransport });",
    errors: [{ ...sink('`logs/app.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [] }],
  },
  {
    code: "import pino from 'pino';\nconst transport = pino.transport({ target: 'pino/file', options: { destination: '/tmp/app.log', mkdir: true } });\nexport const logger = pino(transport);",
    errors: [{ ...sink('`/tmp/app.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nconst transport = pino.transport({ target: 'pino/file', options: { destination: 1, mkdir: true } });\nexport const logger = pino(transport);")] }],
  },
  {
    code: "const pino = require('pino');\nconst logger = pino({\n  transport: {\n    targets: [\n      { target: 'pino-pretty', options: { destination: 1 } },\n      { target: 'pino/file', level: 'error', options: { destination: `${__dirname}/logs/error.json` } },\n      { target: 'pino-roll', options: { file: 'logs/app', frequency: 'daily' } },\n    ],\n  },\n});",
    errors: [
      { ...sink('`…/logs/error.json`', 'a pino/file transport', '`destination: 1`'), line: 6, column: 7, suggestions: [useStdout('file descriptor `1`', "const pino = require('pino');\nconst logger = pino({\n  transport: {\n    targets: [\n      { target: 'pino-pretty', options: { destination: 1 } },\n      { target: 'pino/file', level: 'error', options: { destination: 1 } },\n      { target: 'pino-roll', options: { file: 'logs/app', frequency: 'daily' } },\n    ],\n  },\n});")] },
      sink('`logs/app`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"),
    ],
  },
  // Moleculer's File logger: in the broker's options, or in the `moleculer.config.js` its runner hands to the broker.
  {
    code: "const { ServiceBroker } = require('moleculer');\nconst broker = new ServiceBroker({ nodeID: 'api', logger: { type: 'File', options: { folder: '/var/log/api', filename: 'api-{date}.log' } } });",
    errors: [{ ...sink('`/var/log/api`', 'a Moleculer File logger', "`{ type: 'Console' }`"), line: 2 }],
  },
  {
    code: "module.exports = {\n  namespace: 'shop',\n  logger: [\n    { type: 'Console' },\n    { type: 'File', options: { folder: '/logs/moleculer', filename: 'all-{date}.log' } },\n  ],\n};",
    filename: 'services/moleculer.config.js',
    errors: [{ ...sink('`/logs/moleculer`', 'a Moleculer File logger', "`{ type: 'Console' }`"), line: 5 }],
  },
  // AdonisJS 6's logger config: a file target in each logger's list, or pushed by the `targets()` builder.
  {
    code: "import { defineConfig, targets } from '@adonisjs/core/logger';\nexport default defineConfig({\n  default: 'app',\n  loggers: {\n    app: { enabled: true, transport: { targets: [{ target: 'pino-pretty' }, { target: 'pino-roll', options: { file: 'logs/log', frequency: 'daily' } }] } },\n    audit: { enabled: true, transport: { targets: targets().push({ target: 'pino-roll', options: { file: 'logs/audit.log' } }).pushIf(isProd, { target: 'pino/file', options: { destination: 'logs/errors.log' } }).toArray() } },\n  },\n});",
    errors: [
      { ...sink('`logs/log`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"), line: 5 },
      { ...sink('`logs/audit.log`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"), line: 6, column: 66 },
      { ...sink('`logs/errors.log`', 'a pino/file transport', '`destination: 1`'), line: 6, suggestions: [useStdout('file descriptor `1`', "import { defineConfig, targets } from '@adonisjs/core/logger';\nexport default defineConfig({\n  default: 'app',\n  loggers: {\n    app: { enabled: true, transport: { targets: [{ target: 'pino-pretty' }, { target: 'pino-roll', options: { file: 'logs/log', frequency: 'daily' } }] } },\n    audit: { enabled: true, transport: { targets: targets().push({ target: 'pino-roll', options: { file: 'logs/audit.log' } }).pushIf(isProd, { target: 'pino/file', options: { destination: 'logs/errors.log' } }).toArray() } },\n  },\n});".replace("'logs/errors.log'", '1'))] },
    ],
  },
  // Targets pushed into the list handed to pino.transport (kuzzle's access logger), or spread into it.
  {
    code: "const pino = require('pino');\nfunction createAccessLogger(conf) {\n  const transports = { targets: [] };\n  switch (conf.preset) {\n    case 'console':\n      transports.targets.push({ level: 'info', options: { destination: 1 }, target: 'pino/file' });\n      break;\n    case 'file':\n      transports.targets.push({ level: 'info', options: { destination: conf.destination ?? './access.log', mkdir: true }, target: 'pino/file' });\n      break;\n  }\n  return pino.pino(pino.transport(transports));\n}",
    errors: [{ ...sink("the file at `conf.destination ?? './access.log'`", 'a pino/file transport', '`destination: 1`'), line: 9, column: 31, suggestions: [] }],
  },
  {
    code: "import pino from 'pino';\nconst targets = [{ target: 'pino-pretty' }];\nif (options.rotate) targets.push({ target: 'pino-roll', options: { file: 'logs/app', frequency: 'daily' } });\nexport const logger = pino({ level: 'info', transport: { targets } });",
    errors: [{ ...sink('`logs/app`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"), line: 3 }],
  },
  {
    code: "import pino from 'pino';\nexport const transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: 1 } },\n    ...(config.logToFile ? [{ target: 'pino/file', options: { destination: `${config.dir}/app.log` } }] : []),\n    ...(config.errors && [{ target: 'pino/file', level: 'error', options: { destination: 'errors.json' } }]),\n  ],\n});",
    errors: [
      { ...sink('`…/app.log`', 'a pino/file transport', '`destination: 1`'), line: 5, suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nexport const transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: 1 } },\n    ...(config.logToFile ? [{ target: 'pino/file', options: { destination: 1 } }] : []),\n    ...(config.errors && [{ target: 'pino/file', level: 'error', options: { destination: 'errors.json' } }]),\n  ],\n});")] },
      { ...sink('`errors.json`', 'a pino/file transport', '`destination: 1`'), line: 6, suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nexport const transport = pino.transport({\n  targets: [\n    { target: 'pino/file', options: { destination: 1 } },\n    ...(config.logToFile ? [{ target: 'pino/file', options: { destination: `${config.dir}/app.log` } }] : []),\n    ...(config.errors && [{ target: 'pino/file', level: 'error', options: { destination: 1 } }]),\n  ],\n});")] },
    ],
  },
  {
    code: "const bunyan = require('bunyan');\nconst streams = [{ level: 'info', stream: process.stdout }];\nstreams.push({ level: 'error', path: '/var/log/api/error.log' });\nbunyan.createLogger({ name: 'api', streams });",
    errors: [{ ...sink('`/var/log/api/error.log`', 'a bunyan file stream', BUNYAN_STDOUT), line: 3, suggestions: [] }],
  },
  // Targets chosen by a ternary: each branch is judged where it is written.
  {
    code: "import pino from 'pino';\nconst isProd = process.env.NODE_ENV === 'production';\nconst transport = pino.transport({\n  targets: isProd\n    ? [{ target: 'pino-roll', options: { file: 'logs/app', frequency: 'daily' } }]\n    : [{ target: 'pino-pretty' }],\n});",
    errors: [{ ...sink('`logs/app`', 'a pino-roll transport', "`{ target: 'pino/file', options: { destination: 1 } }`"), line: 5 }],
  },
  {
    code: "import pino from 'pino';\nexport const logger = pino({ transport: useFiles ? { target: 'pino/file', options: { destination: 'logs/app.log' } } : { target: 'pino-pretty' } });",
    errors: [{ ...sink('`logs/app.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\nexport const logger = pino({ transport: useFiles ? { target: 'pino/file', options: { destination: 1 } } : { target: 'pino-pretty' } });")] }],
  },
  {
    code: "import pino from 'pino';\npino({ transport: { target: 'pino-pretty', options: { destination: './pretty.log', colorize: false } } });",
    errors: [{ ...sink('`./pretty.log`', 'a pino-pretty transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import pino from 'pino';\npino({ transport: { target: 'pino-pretty', options: { destination: 1, colorize: false } } });")] }],
  },
  {
    code: "import pino from 'pino';\nimport roll from 'pino-roll';\nimport { join } from 'node:path';\nconst stream = await roll({ file: join('logs', 'app'), frequency: 'daily', mkdir: true });\nexport const logger = pino(stream);",
    errors: [sink('`logs/app`', 'pino-roll', '`pino.destination(1)`')],
  },
  {
    code: "const SonicBoom = require('sonic-boom');\nconst sonic = new SonicBoom({ dest: './app.log', append: true });",
    errors: [{ ...sink('`./app.log`', 'a SonicBoom stream', '`new SonicBoom({ fd: 1 })`'), suggestions: [useStdout('file descriptor `1`', "const SonicBoom = require('sonic-boom');\nconst sonic = new SonicBoom({ dest: 1, append: true });")] }],
  },
  // --- Fastify's logger (pino) ---
  {
    code: "const fastify = require('fastify')({ logger: { level: 'info', file: '/var/log/api/app.log' } });",
    errors: [sink('`/var/log/api/app.log`', "Fastify's logger `file` option", '`logger: true`')],
  },
  // Fastify's factory may be constructed as well as called.
  {
    code: "const Fastify = require('fastify');\nconst app = new Fastify({ logger: { level: 'info', file: '../server.log' } });\nconst quiet = new Fastify({ logger: true });",
    errors: [sink('`../server.log`', "Fastify's logger `file` option", '`logger: true`')],
  },
  {
    code: "import Fastify from 'fastify';\nexport const app = new Fastify({ logger: { transport: { target: 'pino/file', options: { destination: './logs/app.log' } } } });",
    errors: [{ ...sink('`./logs/app.log`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import Fastify from 'fastify';\nexport const app = new Fastify({ logger: { transport: { target: 'pino/file', options: { destination: 1 } } } });")] }],
  },
  {
    code: "import Fastify from 'fastify';\nimport { createWriteStream } from 'node:fs';\nconst app = Fastify({ logger: { transport: { target: 'pino/file', options: { destination: process.env.LOG_PATH } } } });\nconst other = Fastify({ logger: { stream: createWriteStream('./out.txt') } });",
    errors: [
      { ...sink('the file at `process.env.LOG_PATH`', 'a pino/file transport', '`destination: 1`'), suggestions: [useStdout('file descriptor `1`', "import Fastify from 'fastify';\nimport { createWriteStream } from 'node:fs';\nconst app = Fastify({ logger: { transport: { target: 'pino/file', options: { destination: 1 } } } });\nconst other = Fastify({ logger: { stream: createWriteStream('./out.txt') } });")] },
      { ...streamLogger('`./out.txt`', "Fastify's logger", '`logger: true`'), suggestions: [useStdout('`process.stdout`', "import Fastify from 'fastify';\nimport { createWriteStream } from 'node:fs';\nconst app = Fastify({ logger: { transport: { target: 'pino/file', options: { destination: process.env.LOG_PATH } } } });\nconst other = Fastify({ logger: { stream: process.stdout } });")] },
    ],
  },
  // --- bunyan ---
  {
    code: "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({\n  name: 'myapp',\n  streams: [\n    { level: 'info', stream: process.stdout },\n    { level: 'error', path: '/var/tmp/myapp-error.log' },\n    { type: 'rotating-file', path: 'foo.log', period: '1d', count: 3 },\n  ],\n});",
    errors: [
      { ...sink('`/var/tmp/myapp-error.log`', 'a bunyan file stream', BUNYAN_STDOUT), line: 6, column: 5, suggestions: [useStdout("`{ level: 'error', stream: process.stdout }`", "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({\n  name: 'myapp',\n  streams: [\n    { level: 'info', stream: process.stdout },\n    { level: 'error', stream: process.stdout },\n    { type: 'rotating-file', path: 'foo.log', period: '1d', count: 3 },\n  ],\n});")] },
      { ...sink('`foo.log`', 'a bunyan rotating-file stream', BUNYAN_STDOUT), suggestions: [useStdout('`{ stream: process.stdout }`', "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({\n  name: 'myapp',\n  streams: [\n    { level: 'info', stream: process.stdout },\n    { level: 'error', path: '/var/tmp/myapp-error.log' },\n    { stream: process.stdout },\n  ],\n});")] },
    ],
  },
  {
    code: "import bunyan from 'bunyan';\nexport const log = bunyan.createLogger({ name: 'api' });\nlog.addStream({ level: 'warn', path: process.env.LOG_PATH });",
    errors: [{ ...sink('the file at `process.env.LOG_PATH`', 'a bunyan file stream', BUNYAN_STDOUT), suggestions: [useStdout("`{ level: 'warn', stream: process.stdout }`", "import bunyan from 'bunyan';\nexport const log = bunyan.createLogger({ name: 'api' });\nlog.addStream({ level: 'warn', stream: process.stdout });")] }],
  },
  {
    code: "export function addFileLogging(logger: { addStream(s: object): void }) {\n  logger.addStream({ type: 'rotating-file', path: 'logs/app.log', period: '1d' });\n}",
    errors: [{ ...sink('`logs/app.log`', 'a bunyan rotating-file stream', BUNYAN_STDOUT), suggestions: [useStdout('`{ stream: process.stdout }`', "export function addFileLogging(logger: { addStream(s: object): void }) {\n  logger.addStream({ stream: process.stdout });\n}")] }],
  },
  {
    code: "const Logger = require('bunyan');\nconst streams = [{ path: 'app.log' }];\nconst log = new Logger({ name: 'worker', streams });",
    errors: [{ ...sink('`app.log`', 'a bunyan file stream', BUNYAN_STDOUT), suggestions: [] }],
  },
  {
    code: "const bunyan = require('bunyan');\nconst rotating = new bunyan.RotatingFileStream({ path: '/var/log/app.log', period: '1d', count: 10 });",
    errors: [sink('`/var/log/app.log`', 'a bunyan RotatingFileStream', BUNYAN_STDOUT)],
  },
  // Rotating-file streams of bunyan-rotating-file-stream and Ghost's fork of it.
  {
    code: "const bunyan = require('bunyan');\nconst RotatingFileStream = require('bunyan-rotating-file-stream');\nconst log = bunyan.createLogger({ name: 'api', streams: [{ stream: new RotatingFileStream({ path: '/var/log/api/api.log', period: '1d' }) }] });",
    errors: [
      {
        ...sink('`/var/log/api/api.log`', 'a bunyan-rotating-file-stream stream', BUNYAN_STDOUT),
        suggestions: [useStdout('`process.stdout`', "const bunyan = require('bunyan');\nconst RotatingFileStream = require('bunyan-rotating-file-stream');\nconst log = bunyan.createLogger({ name: 'api', streams: [{ stream: process.stdout }] });")],
      },
    ],
  },
  {
    code: "const RotatingFileStream = require('@tryghost/bunyan-rotating-filestream');\nconst stream = new RotatingFileStream({ path: `${process.cwd()}/content/logs/site.log`, period: '1d', totalFiles: 10 });",
    errors: [sink('`…/content/logs/site.log`', 'a @tryghost/bunyan-rotating-filestream stream', BUNYAN_STDOUT)],
  },
  // --- egg-logger and @midwayjs/logger ---
  {
    code: "const { Logger, FileTransport } = require('egg-logger');\nconst logger = new Logger();\nlogger.set('file', new FileTransport({ file: '/var/log/app/app.log', level: 'INFO' }));",
    errors: [sink('`/var/log/app/app.log`', 'an egg-logger FileTransport', '`new ConsoleTransport()`')],
  },
  {
    code: "import { FileTransport, createFileLogger } from '@midwayjs/logger';\nconst file = new FileTransport({ dir: '/var/log/app', fileLogName: 'app.log' });\nconst audit = createFileLogger('audit', { dir: '/var/log/app', fileLogName: 'audit.log' });",
    errors: [
      sink('`/var/log/app/app.log`', 'a @midwayjs/logger FileTransport', '`new ConsoleTransport()`'),
      sink('`/var/log/app/audit.log`', "@midwayjs/logger's `createFileLogger`", '`createConsoleLogger()`'),
    ],
  },
  // A sink that runs in production too, whatever the branches around it say.
  {
    code: "const fs = require('fs');\nif (process.env.NODE_ENV !== 'development') fs.appendFileSync('logs/app.log', 'started');",
    errors: [{ ...fsWrite('`logs/app.log`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nif (process.env.NODE_ENV !== 'development') process.stdout.write('started');")] }],
  },
  {
    code: "const fs = require('fs');\nif (isDevelopmentMode) fs.appendFileSync('logs/app.log', 'a');\nif (!isDev) fs.appendFileSync('logs/app.log', 'b');",
    errors: [
      { ...fsWrite('`logs/app.log`', 'fs.appendFileSync'), line: 2, suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nif (isDevelopmentMode) process.stdout.write('a');\nif (!isDev) fs.appendFileSync('logs/app.log', 'b');")] },
      { ...fsWrite('`logs/app.log`', 'fs.appendFileSync'), line: 3, suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nif (isDevelopmentMode) fs.appendFileSync('logs/app.log', 'a');\nif (!isDev) process.stdout.write('b');")] },
    ],
  },
  {
    code: "const fs = require('fs');\nswitch (process.env.NODE_ENV) {\n  case 'production':\n  case 'development':\n    fs.appendFileSync('logs/app.log', 'started');\n}",
    errors: [{ ...fsWrite('`logs/app.log`', 'fs.appendFileSync'), suggestions: [useStdout('`process.stdout.write(...)`', "const fs = require('fs');\nswitch (process.env.NODE_ENV) {\n  case 'production':\n  case 'development':\n    process.stdout.write('started');\n}")] }],
  },
  // Run-time parts side by side read as one in the message.
  {
    code: "const bunyan = require('bunyan');\nmodule.exports = (dir, base) => bunyan.createLogger({ name: 'x', streams: [{ path: `${dir}${base}.error.log`, level: 'error' }] });",
    errors: [{ ...sink('`….error.log`', 'a bunyan file stream', BUNYAN_STDOUT), suggestions: [useStdout("`{ level: 'error', stream: process.stdout }`", "const bunyan = require('bunyan');\nmodule.exports = (dir, base) => bunyan.createLogger({ name: 'x', streams: [{ level: 'error', stream: process.stdout }] });")] }],
  },
  // koa-morgan is morgan for Koa: a file stream handed to it is a log file, whatever its name.
  {
    code: "const fs = require('fs');\nconst morgan = require('koa-morgan');\nconst stream = fs.createWriteStream('access.txt', { flags: 'a' });\napp.use(morgan('combined', { stream }));",
    errors: [{ ...streamLogger('`access.txt`', 'koa-morgan', '`{ stream: process.stdout }`'), line: 3 }],
  },
  // --- log4js ---
  // An object typed as log4js's configuration (as a property's value, annotated, through the namespace): another module configures log4js with it.
  {
    code: "import { Configuration } from 'log4js';\nimport * as log4js from 'log4js';\nexport const config = {\n  port: 3000,\n  log4js: { appenders: { filelog: { type: 'dateFile', filename: 'all-the-logs.log' }, out: { type: 'stdout' } } } as Configuration,\n};\nexport const other: log4js.Configuration = { appenders: { f: { type: 'file', filename: 'logs/app.log' } } };",
    errors: [
      { ...sink('`all-the-logs.log`', 'a log4js dateFile appender', LOG4JS_STDOUT), line: 5, suggestions: [useStdout("`{ type: 'stdout' }`", "import { Configuration } from 'log4js';\nimport * as log4js from 'log4js';\nexport const config = {\n  port: 3000,\n  log4js: { appenders: { filelog: { type: 'stdout' }, out: { type: 'stdout' } } } as Configuration,\n};\nexport const other: log4js.Configuration = { appenders: { f: { type: 'file', filename: 'logs/app.log' } } };")] },
      { ...sink('`logs/app.log`', 'a log4js file appender', LOG4JS_STDOUT), line: 7, suggestions: [useStdout("`{ type: 'stdout' }`", "import { Configuration } from 'log4js';\nimport * as log4js from 'log4js';\nexport const config = {\n  port: 3000,\n  log4js: { appenders: { filelog: { type: 'dateFile', filename: 'all-the-logs.log' }, out: { type: 'stdout' } } } as Configuration,\n};\nexport const other: log4js.Configuration = { appenders: { f: { type: 'stdout' } } };")] },
    ],
  },
  {
    code: "const log4js = require('log4js');\nlog4js.configure({\n  appenders: {\n    out: { type: 'stdout' },\n    app: { type: 'file', filename: 'application.log', layout: { type: 'basic' } },\n    daily: { type: 'dateFile', filename: 'logs/daily.log', pattern: 'yyyy-MM-dd' },\n  },\n  categories: { default: { appenders: ['out', 'app', 'daily'], level: 'info' } },\n});",
    errors: [
      { ...sink('`application.log`', 'a log4js file appender', LOG4JS_STDOUT), line: 5, column: 10, suggestions: [useStdout("`{ type: 'stdout', layout: { type: 'basic' } }`", "const log4js = require('log4js');\nlog4js.configure({\n  appenders: {\n    out: { type: 'stdout' },\n    app: { type: 'stdout', layout: { type: 'basic' } },\n    daily: { type: 'dateFile', filename: 'logs/daily.log', pattern: 'yyyy-MM-dd' },\n  },\n  categories: { default: { appenders: ['out', 'app', 'daily'], level: 'info' } },\n});")] },
      { ...sink('`logs/daily.log`', 'a log4js dateFile appender', LOG4JS_STDOUT), suggestions: [useStdout("`{ type: 'stdout' }`", "const log4js = require('log4js');\nlog4js.configure({\n  appenders: {\n    out: { type: 'stdout' },\n    app: { type: 'file', filename: 'application.log', layout: { type: 'basic' } },\n    daily: { type: 'stdout' },\n  },\n  categories: { default: { appenders: ['out', 'app', 'daily'], level: 'info' } },\n});")] },
    ],
  },
  // A log4js configuration by its shape (appenders and categories) in a settings module of its own, which another file hands to configure().
  {
    filename: 'src/config/log4js-config.js',
    code: "module.exports = {\n  log4js: {\n    appenders: { fileAppender: { type: 'file', filename: '../logs/api.log' }, console: { type: 'console' } },\n    categories: { default: { appenders: ['fileAppender', 'console'], level: 'info' } },\n  },\n};",
    languageOptions: CJS,
    errors: [{ ...sink('`../logs/api.log`', 'a log4js file appender', LOG4JS_STDOUT), line: 3, suggestions: [useStdout("`{ type: 'stdout' }`", "module.exports = {\n  log4js: {\n    appenders: { fileAppender: { type: 'file', filename: '../logs/api.log' }, console: { type: 'console' } },\n    categories: { default: { appenders: ['fileAppender', 'console'], level: 'info' } },\n  },\n};".replace("{ type: 'file', filename: '../logs/api.log' }", "{ type: 'stdout' }"))] }],
  },
  // koa-log4 exports log4js itself (with a Koa middleware added).
  {
    code: "const log4js = require('koa-log4');\nlog4js.configure({ appenders: { access: { type: 'dateFile', filename: 'logs/access.log' } }, categories: { default: { appenders: ['access'], level: 'info' } } });\napp.use(log4js.koaLogger(log4js.getLogger('http')));",
    errors: [
      {
        ...sink('`logs/access.log`', 'a log4js dateFile appender', LOG4JS_STDOUT),
        suggestions: [useStdout("`{ type: 'stdout' }`", "const log4js = require('koa-log4');\nlog4js.configure({ appenders: { access: { type: 'stdout' } }, categories: { default: { appenders: ['access'], level: 'info' } } });\napp.use(log4js.koaLogger(log4js.getLogger('http')));")],
      },
    ],
  },
  {
    code: "import log4js from 'log4js';\nlog4js.configure({ appenders: { multi: { type: 'multiFile', base: 'logs/', property: 'categoryName', extension: '.log' }, sync: { type: 'fileSync', filename: process.env.LOG_FILE } }, categories: { default: { appenders: ['multi', 'sync'], level: 'debug' } } });",
    errors: [
      { ...sink('`logs/`', 'a log4js multiFile appender', LOG4JS_STDOUT), suggestions: [useStdout("`{ type: 'stdout' }`", "import log4js from 'log4js';\nlog4js.configure({ appenders: { multi: { type: 'stdout' }, sync: { type: 'fileSync', filename: process.env.LOG_FILE } }, categories: { default: { appenders: ['multi', 'sync'], level: 'debug' } } });")] },
      { ...sink('the file at `process.env.LOG_FILE`', 'a log4js fileSync appender', LOG4JS_STDOUT), suggestions: [useStdout("`{ type: 'stdout' }`", "import log4js from 'log4js';\nlog4js.configure({ appenders: { multi: { type: 'multiFile', base: 'logs/', property: 'categoryName', extension: '.log' }, sync: { type: 'stdout' } }, categories: { default: { appenders: ['multi', 'sync'], level: 'debug' } } });")] },
    ],
  },
  {
    code: "var log4js = require('log4js');\nlog4js.configure({ appenders: [{ type: 'console' }, { type: 'file', filename: 'logs/cheese.log', category: 'cheese' }] });",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`logs/cheese.log`', 'a log4js file appender', LOG4JS_STDOUT), suggestions: [useStdout("`{ type: 'stdout', category: 'cheese' }`", "var log4js = require('log4js');\nlog4js.configure({ appenders: [{ type: 'console' }, { type: 'stdout', category: 'cheese' }] });")] }],
  },
  {
    code: "import { configure } from 'log4js';\nconst config = { appenders: { app: { type: 'file', filename: 'app.log' } }, categories: { default: { appenders: ['app'], level: 'info' } } };\nconfigure(config);",
    errors: [{ ...sink('`app.log`', 'a log4js file appender', LOG4JS_STDOUT), suggestions: [] }],
  },
  {
    code: "var log4js = require('log4js');\nlog4js.loadAppender('file');\nlog4js.addAppender(log4js.appenders.file('logs/cheese.log'), 'cheese');",
    languageOptions: ESPREE_CJS,
    errors: [sink('`logs/cheese.log`', 'a log4js file appender', '`log4js.appenders.console()`')],
  },
  // Appenders added to a bound object after it is made, as a widely copied Koa logger does.
  {
    code: "const log4js = require('log4js');\nmodule.exports = (options) => {\n  const appenders = {};\n  appenders.cheese = { type: 'dateFile', filename: `${options.dir}/task`, pattern: '-yyyy-MM-dd.log' };\n  if (options.env === 'dev') appenders.out = { type: 'console' };\n  let config = { appenders, categories: { default: { appenders: Object.keys(appenders), level: 'debug' } } };\n  log4js.configure(config);\n  return log4js.getLogger('cheese');\n};",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`…/task`', 'a log4js dateFile appender', LOG4JS_STDOUT), line: 4, suggestions: [] }],
  },
  // Appenders, targets and options built by a helper in the same file: reported once, where the helper writes the entry.
  {
    code: "const log4js = require('log4js');\nfunction fileAppender(name) {\n  return { type: 'dateFile', filename: `logs/${name}.log`, pattern: 'yyyy-MM-dd' };\n}\nlog4js.configure({\n  appenders: { out: { type: 'stdout' }, app: fileAppender('app'), access: fileAppender('access') },\n  categories: { default: { appenders: ['out', 'app'], level: 'info' } },\n});",
    errors: [{ ...sink('`logs/….log`', 'a log4js dateFile appender', LOG4JS_STDOUT), line: 3, column: 10, suggestions: [] }],
  },
  {
    code: "import { configure } from 'log4js';\nconst buildConfig = (level: string) => ({ appenders: { file: { type: 'file', filename: process.env.LOG_FILE } }, categories: { default: { appenders: ['file'], level } } });\nconfigure(buildConfig('info'));",
    errors: [{ ...sink('the file at `process.env.LOG_FILE`', 'a log4js file appender', LOG4JS_STDOUT), line: 2, suggestions: [] }],
  },
  // Names inside the helper are its own, not the caller's.
  {
    code: "import pino from 'pino';\nfunction buildTransport() {\n  const destination = process.env.LOG_FILE ?? './app.log';\n  return { targets: [{ target: 'pino/file', options: { destination } }] };\n}\nexport function setup() {\n  const destination = 1;\n  console.log(destination);\n  return pino({ transport: buildTransport() });\n}",
    errors: [{ ...sink('the file at `destination`', 'a pino/file transport', '`destination: 1`'), line: 4, suggestions: [] }],
  },
  {
    code: "const winston = require('winston');\nfunction fileOptions(name) {\n  return { filename: `${name}.log`, maxsize: 5242880 };\n}\nconst transport = new winston.transports.File(fileOptions('error'));",
    errors: [{ ...sink('`….log`', 'a winston File transport', WINSTON_STDOUT), suggestions: [] }],
  },
  {
    code: "const fs = require('fs');\nconst morgan = require('morgan');\nfunction openAccessStream() {\n  return fs.createWriteStream('./access.txt', { flags: 'a' });\n}\napp.use(morgan('combined', { stream: openAccessStream() }));",
    errors: [{ ...streamLogger('`./access.txt`', 'morgan', BUNYAN_STDOUT), line: 4, suggestions: [] }],
  },
  {
    code: "import fs from 'node:fs';\nimport { Console } from 'node:console';\nconst stream = process.stdout;\nfunction openOutput() {\n  const stream = fs.createWriteStream('./out.txt');\n  return stream;\n}\nexport function make() {\n  return new Console(openOutput(), stream);\n}",
    errors: [{ ...streamLogger('`./out.txt`', 'a Console', CONSOLE_STDOUT), line: 5, suggestions: [] }],
  },
  // --- simple-node-logger ---
  {
    code: "const SimpleNodeLogger = require('simple-node-logger');\nconst log = SimpleNodeLogger.createSimpleFileLogger('project.log');\nconst rolling = SimpleNodeLogger.createRollingFileLogger({ logDirectory: '/var/log/app', fileNamePattern: 'roll-<DATE>.log' });",
    errors: [
      sink('`project.log`', "simple-node-logger's `createSimpleFileLogger`", '`createSimpleLogger()`'),
      sink('`/var/log/app`', "simple-node-logger's `createRollingFileLogger`", '`createSimpleLogger()`'),
    ],
  },
  {
    name: "simple-node-logger's createSimpleLogger given a log file adds a file appender",
    code: "const SimpleNodeLogger = require('simple-node-logger');\nconst log = SimpleNodeLogger.createSimpleLogger('project.log');\nconst other = SimpleNodeLogger.createSimpleLogger({ logFilePath: './logs/app.log', timestampFormat: 'YYYY-MM-DD' });",
    errors: [
      { ...sink('`project.log`', "simple-node-logger's `createSimpleLogger`", '`createSimpleLogger()` without a `logFilePath`'), line: 2 },
      { ...sink('`./logs/app.log`', "simple-node-logger's `createSimpleLogger`", '`createSimpleLogger()` without a `logFilePath`'), line: 3 },
    ],
  },
  // --- tracer ---
  {
    name: "tracer's dailyfile writes daily log files under its root",
    code: "const logger = require('tracer').dailyfile({ root: './logs', maxLogFiles: 10, allLogsFileName: 'app' });",
    errors: [{ ...sink('`./logs`', "tracer's `dailyfile`", '`tracer.console()`'), line: 1 }],
  },
  {
    name: "tracer's dailyfile with its default root (ES module)",
    code: "import tracer from 'tracer';\nexport const logger = tracer.dailyfile();",
    errors: [{ ...sink('a file', "tracer's `dailyfile`", '`tracer.console()`'), line: 2 }],
  },
  // --- morgan with rotating streams (reported where the stream is created) ---
  {
    code: "const rfs = require('rotating-file-stream');\nconst morgan = require('morgan');\nconst accessLogStream = rfs.createStream('access.log', { interval: '1d', path: path.join(__dirname, 'log') });\napp.use(morgan('combined', { stream: accessLogStream }));",
    errors: [{ ...sink('`access.log`', 'rotating-file-stream', '`process.stdout`'), suggestions: [] }],
  },
  {
    code: "import { createStream } from 'rotating-file-stream';\nimport morgan from 'morgan';\napp.use(morgan('combined', { stream: createStream('access.log', { interval: '1d', path: 'logs' }) }));",
    errors: [{ ...sink('`logs/access.log`', 'rotating-file-stream', '`process.stdout`'), suggestions: [useStdout('`process.stdout`', "import { createStream } from 'rotating-file-stream';\nimport morgan from 'morgan';\napp.use(morgan('combined', { stream: process.stdout }));")] }],
  },
  {
    code: "var rfs = require('rotating-file-stream');\nvar stream = rfs('file.log', { size: '10M', compress: 'gzip' });",
    languageOptions: ESPREE_CJS,
    errors: [sink('`file.log`', 'rotating-file-stream', '`process.stdout`')],
  },
  {
    code: "const FileStreamRotator = require('file-stream-rotator');\nconst morgan = require('morgan');\nconst accessLogStream = FileStreamRotator.getStream({ date_format: 'YYYYMMDD', filename: path.join(logDirectory, 'access-%DATE%.log'), frequency: 'daily' });\napp.use(morgan('combined', { stream: accessLogStream }));",
    errors: [sink('`…/access-%DATE%.log`', 'file-stream-rotator', '`process.stdout`')],
  },
  // logrotate-stream: worker output piped into a rotating file (nodebb's loader), also when handed to morgan.
  {
    code: "const { fork } = require('child_process');\nconst logrotate = require('logrotate-stream');\nconst output = logrotate({ file: __dirname + '/logs/output.log', size: '1m', keep: 3, compress: true });\nconst worker = fork('app.js', [], { silent: true });\nworker.stdout.pipe(output);\nworker.stderr.pipe(output);",
    languageOptions: ESPREE_CJS,
    errors: [{ ...sink('`…/logs/output.log`', 'logrotate-stream', '`process.stdout`'), line: 3, column: 16 }],
  },
  {
    code: "import morgan from 'morgan';\nimport logrotate from 'logrotate-stream';\napp.use(morgan('combined', { stream: logrotate({ file: './access.txt', size: '10m', keep: 5 }) }));",
    errors: [{ ...sink('`./access.txt`', 'logrotate-stream', '`process.stdout`'), suggestions: [useStdout('`process.stdout`', "import morgan from 'morgan';\nimport logrotate from 'logrotate-stream';\napp.use(morgan('combined', { stream: process.stdout }));")] }],
  },
  // --- strict: appends from inside log functions ---
  {
    code: "const fs = require('fs');\nfunction writeLog(message) {\n  fs.appendFile(process.env.OUTPUT, message + '\\n', () => {});\n}",
    options: [{ strict: true }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'writeLog', target: 'the file at `process.env.OUTPUT`', call: 'fs.appendFile', stdout: NODE_LINE }, line: 3, column: 3, suggestions: [] }],
  },
  {
    code: "import { appendFileSync } from 'node:fs';\nexport class FileLogger {\n  constructor(private readonly target: string) {}\n  write(line: string): void {\n    appendFileSync(this.target, line);\n  }\n}",
    options: [{ strict: true }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'FileLogger.write', target: 'the file at `this.target`', call: 'fs.appendFileSync', stdout: NODE_LINE }, suggestions: [useStdout('`process.stdout.write(...)`', "import { appendFileSync } from 'node:fs';\nexport class FileLogger {\n  constructor(private readonly target: string) {}\n  write(line: string): void {\n    process.stdout.write(line);\n  }\n}")] }],
  },
  {
    code: "import fsp from 'node:fs/promises';\nexport const logToFile = (message: string) => fsp.appendFile(outFile, message);",
    options: [{ strict: true }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'logToFile', target: 'the file at `outFile`', call: 'fsPromises.appendFile', stdout: NODE_LINE }, suggestions: [] }],
  },
  {
    code: "const fs = require('fs');\nconst logger = {\n  open(file) { return fs.createWriteStream(file, { flags: 'a' }); },\n  error: function (msg) { items.forEach(() => fs.writeFileSync(out, msg, { flag: 'a' })); },\n};",
    options: [{ strict: true }],
    errors: [
      { messageId: 'logFunctionAppend', data: { name: 'logger.open', target: 'the file at `file`', call: 'fs.createWriteStream', stdout: NODE_LINE } },
      { messageId: 'logFunctionAppend', data: { name: 'logger.error', target: 'the file at `out`', call: 'fs.writeFileSync', stdout: NODE_LINE } },
    ],
  },
  // strict: functions assigned to a property of an object whose name says log (nodebb's Logger module).
  {
    code: "const fs = require('fs');\n(function (Logger) {\n  Logger.open = function (value) {\n    let stream;\n    if (value) stream = fs.createWriteStream(value, { flags: 'a' });\n    else stream = process.stdout;\n    return stream;\n  };\n})(module.exports);",
    options: [{ strict: true }],
    languageOptions: ESPREE_CJS,
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'Logger.open', target: 'the file at `value`', call: 'fs.createWriteStream', stdout: NODE_LINE }, line: 5, column: 25 }],
  },
  {
    code: "import { appendFileSync } from 'node:fs';\nexport function AuditLog(this: { file: string }, file: string) { this.file = file; }\nAuditLog.prototype.write = function (this: { file: string }, line: string) {\n  appendFileSync(this.file, line);\n};",
    options: [{ strict: true }],
    errors: [{ messageId: 'logFunctionAppend', data: { name: 'AuditLog.write', target: 'the file at `this.file`', call: 'fs.appendFileSync', stdout: NODE_LINE }, suggestions: [useStdout('`process.stdout.write(...)`', "import { appendFileSync } from 'node:fs';\nexport function AuditLog(this: { file: string }, file: string) { this.file = file; }\nAuditLog.prototype.write = function (this: { file: string }, line: string) {\n  process.stdout.write(line);\n};")] }],
  },
  // --- extraSinks ---
  {
    code: "import { fileLogger } from '@acme/logging';\nexport const log = fileLogger('logs/app.log');",
    options: [{ extraSinks: [{ module: '@acme/logging', member: 'fileLogger' }] }],
    errors: [{ ...sink('`logs/app.log`', '`fileLogger` of `@acme/logging`', '`process.stdout`'), line: 2, column: 20 }],
  },
  {
    code: "const FileSink = require('@acme/file-sink');\nconst sinkInstance = new FileSink({ filename: 'audit.jsonl' });",
    options: [{ extraSinks: [{ module: '@acme/file-sink' }] }],
    errors: [sink('`audit.jsonl`', '`@acme/file-sink`', '`process.stdout`')],
  },
  {
    code: "const acme = require('@acme/logging');\nacme.transports.File({ path: dir });",
    options: [{ extraSinks: [{ module: '@acme/logging', member: 'transports.File' }] }],
    errors: [sink('the file at `dir`', '`transports.File` of `@acme/logging`', '`process.stdout`')],
  },
];

ruleTester.run('no-fs-logging', rule, { valid, invalid });
