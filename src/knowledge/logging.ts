import { EACH_ELEMENT, EACH_VALUE, type Slot } from '../analysis/streams';

/**
 * Where logging libraries and Node's fs write files: one row per sink, as data. The rule
 * `no-fs-logging` feeds these rows to `createModuleFinder` and asks the analysis layer about the
 * values sitting in the slots named here (a `Slot` is an argument index, then property names;
 * `EACH_ELEMENT` for every array element, `EACH_VALUE` for every property value, as in log4js'
 * `appenders: { name: {...} }`).
 */

/**
 * When a sink writes a file:
 * - `always`: any use writes a file (winston's File transport, rotating-file-stream);
 * - `unless-stdio`: it writes to its target, which may be fd 1/2 or `process.stdout`/`stderr`
 *   (and defaults to stdout when absent): a file only when the target is a path.
 */
export type FileWhen = 'always' | 'unless-stdio';

/** The console swap a suggestion can offer for a sink, when one exists without other changes. */
export type Swap =
  /** `new winston.transports.File({...})` → `new winston.transports.Console({...})`, keeping console options. */
  | 'winston-console'
  /** The target value → `1` (pino.destination, pino/file, pino-pretty, sonic-boom). */
  | 'target-fd-1'
  /** The entry object → `{ type: 'stdout' }`, keeping the layout (log4js). */
  | 'log4js-stdout'
  /** The entry object → `{ level, stream: process.stdout }` (bunyan). */
  | 'bunyan-stdout';

interface Member {
  readonly module: string;
  readonly path: readonly string[];
  readonly kind: 'call' | 'construct';
}

/** A call or construction that is itself a file sink. */
export interface LibrarySink extends Member {
  /** For the message: "logs are written to X by <label>". */
  readonly label: string;
  /** Where the file name sits; the first slot that holds a value wins. */
  readonly target: readonly Slot[];
  /** A directory joined before the target when both are known (winston's `dirname`). */
  readonly directory?: Slot;
  readonly when: FileWhen;
  /** The result is a stream that may also be handed to a logger (reported once, here). */
  readonly stream?: boolean;
  /** Its stdout equivalent, for the message. */
  readonly stdout: string;
  readonly swap?: Swap;
}

/** What makes one entry of a logger's configuration (a stream, appender, transport target) a file sink. */
export interface EntryRule {
  /** The key naming the entry's type (`type`, `target`). */
  readonly typeKey: string;
  /** The type value this rule is for; `null` for entries without that key. */
  readonly type: string | null;
  readonly label: string;
  /** Where the file name sits inside the entry. */
  readonly target: readonly Slot[];
  /** `has-target`: a file exactly when a target is given (bunyan's `{ path }`). */
  readonly when: FileWhen | 'has-target';
  /** An entry with this key is something else (bunyan's `{ path, stream }` is a stream entry). */
  readonly unless?: string;
  readonly stdout: string;
  readonly swap?: Swap;
}

/** A call whose configuration lists entries, some of which may be file sinks. */
export interface ConfigSink extends Member {
  /** Where the entries sit (each slot yields entry objects). */
  readonly entries: readonly Slot[];
  readonly rules: readonly EntryRule[];
}

/** A stream slot of a logger: where a stream handed to it sits, and its stdout replacement. */
export interface StreamSlot {
  readonly at: Slot;
  readonly std: 'process.stdout' | 'process.stderr';
}

/** A logger that takes a stream: a file stream handed to it makes it a file sink. */
export interface StreamConsumer extends Member {
  readonly label: string;
  readonly slots: readonly StreamSlot[];
  readonly stdout: string;
}

/** An fs function that writes a file. */
export interface FsWrite extends Member {
  /** How the message names it: `fs.appendFileSync`. */
  readonly name: string;
  /** Argument index of the file path. */
  readonly target: number;
  /**
   * Whether it appends: always, or when the flag at `argument` (a string, or the `property` of an
   * options object there) starts with `a` or is `true` (Deno's `append: true`).
   */
  readonly append: 'always' | { readonly argument: number; readonly property?: string };
  /** It returns a write stream that may be handed to a logger. */
  readonly stream?: boolean;
  /** `fs.appendFileSync(path, data)` as a statement can become `process.stdout.write(data)`. */
  readonly writeSwap?: boolean;
}

const PINO_ROOTS: readonly (readonly string[])[] = [[], ['pino'], ['default']];
const FASTIFY_ROOTS: readonly (readonly string[])[] = [[], ['fastify'], ['default']];
/** Fastify's factory, called or (as it also allows) constructed: `Fastify(opts)`, `new Fastify(opts)`. */
const FASTIFY_FACTORIES: readonly { readonly path: readonly string[]; readonly kind: 'call' | 'construct' }[] = (['call', 'construct'] as const).flatMap((kind) => FASTIFY_ROOTS.map((path) => ({ path, kind })));
const STDOUT: StreamSlot['std'] = 'process.stdout';
const STDERR: StreamSlot['std'] = 'process.stderr';
const WINSTON_CONSOLE = '`new winston.transports.Console()`';
/** log4js, and koa-log4, which exports log4js itself with a Koa middleware added. */
export const LOG4JS_MODULES = ['log4js', 'koa-log4'];

export const LIBRARY_SINKS: readonly LibrarySink[] = [
  // winston
  { module: 'winston', path: ['transports', 'File'], kind: 'construct', label: 'a winston File transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE, swap: 'winston-console' },
  { module: 'winston', path: ['transports', 'DailyRotateFile'], kind: 'construct', label: 'a winston DailyRotateFile transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE, swap: 'winston-console' },
  // winston's transports required by path: `require('winston/lib/winston/transports').File`
  { module: 'winston/lib/winston/transports', path: ['File'], kind: 'construct', label: 'a winston File transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE },
  { module: 'winston/lib/winston/transports', path: ['DailyRotateFile'], kind: 'construct', label: 'a winston DailyRotateFile transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE },
  { module: 'winston/lib/winston/transports/file', path: [], kind: 'construct', label: 'a winston File transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE },
  { module: 'winston-daily-rotate-file', path: [], kind: 'construct', label: 'a winston-daily-rotate-file transport', target: [[0, 'filename']], directory: [0, 'dirname'], when: 'always', stdout: WINSTON_CONSOLE },
  // pino
  ...PINO_ROOTS.map((root): LibrarySink => ({ module: 'pino', path: [...root, 'destination'], kind: 'call', label: '`pino.destination`', target: [[0, 'dest'], [0, 'fd'], [0]], when: 'unless-stdio', stream: true, stdout: '`pino.destination(1)`', swap: 'target-fd-1' })),
  { module: 'pino-roll', path: [], kind: 'call', label: 'pino-roll', target: [[0, 'file']], when: 'always', stream: true, stdout: '`pino.destination(1)`' },
  // pino-pretty used as a stream, without a transport: `pino(opts, pretty({ destination: 'logs/app.log' }))`.
  ...[[], ['default'], ['PinoPretty']].map((path): LibrarySink => ({ module: 'pino-pretty', path, kind: 'call', label: 'a pino-pretty stream', target: [[0, 'destination']], when: 'unless-stdio', stream: true, stdout: '`destination: 1`', swap: 'target-fd-1' })),
  ...['construct', 'call'].flatMap((kind) => [[], ['SonicBoom'], ['default']].map((path): LibrarySink => ({ module: 'sonic-boom', path, kind: kind as 'call' | 'construct', label: 'a SonicBoom stream', target: [[0, 'dest'], [0, 'fd']], when: 'unless-stdio', stream: true, stdout: '`new SonicBoom({ fd: 1 })`', swap: 'target-fd-1' }))),
  // Fastify's logger is pino: `Fastify({ logger: { file } })` opens `pino.destination(file)`.
  ...FASTIFY_FACTORIES.map(({ path, kind }): LibrarySink => ({ module: 'fastify', path, kind, label: "Fastify's logger `file` option", target: [[0, 'logger', 'file']], when: 'unless-stdio', stdout: '`logger: true`' })),
  // bunyan
  { module: 'bunyan', path: ['RotatingFileStream'], kind: 'construct', label: 'a bunyan RotatingFileStream', target: [[0, 'path']], when: 'always', stream: true, stdout: '`{ stream: process.stdout }`' },
  // Rotating-file streams handed to bunyan: bunyan-rotating-file-stream and Ghost's fork of it.
  ...['bunyan-rotating-file-stream', '@tryghost/bunyan-rotating-filestream'].map((module): LibrarySink => ({ module, path: [], kind: 'construct', label: `a ${module} stream`, target: [[0, 'path']], when: 'always', stream: true, stdout: '`{ stream: process.stdout }`' })),
  // egg-logger: logger.set('file', new FileTransport({ file }))
  ...['FileTransport', 'FileBufferTransport'].map((name): LibrarySink => ({ module: 'egg-logger', path: [name], kind: 'construct', label: `an egg-logger ${name}`, target: [[0, 'file']], when: 'always', stdout: '`new ConsoleTransport()`' })),
  // @midwayjs/logger: file transports ({ dir, fileLogName }) and createFileLogger(name, options)
  ...['FileTransport', 'ErrorTransport', 'JSONTransport'].map((name): LibrarySink => ({ module: '@midwayjs/logger', path: [name], kind: 'construct', label: `a @midwayjs/logger ${name}`, target: [[0, 'fileLogName']], directory: [0, 'dir'], when: 'always', stdout: '`new ConsoleTransport()`' })),
  { module: '@midwayjs/logger', path: ['createFileLogger'], kind: 'call', label: "@midwayjs/logger's `createFileLogger`", target: [[1, 'fileLogName']], directory: [1, 'dir'], when: 'always', stdout: '`createConsoleLogger()`' },
  // rotating-file-stream: v2+ `createStream(name, options)`, v1 the module itself
  { module: 'rotating-file-stream', path: ['createStream'], kind: 'call', label: 'rotating-file-stream', target: [[0]], directory: [1, 'path'], when: 'always', stream: true, stdout: '`process.stdout`' },
  { module: 'rotating-file-stream', path: [], kind: 'call', label: 'rotating-file-stream', target: [[0]], directory: [1, 'path'], when: 'always', stream: true, stdout: '`process.stdout`' },
  // log4js 0.x: `log4js.addAppender(log4js.appenders.file('logs/cheese.log'), 'cheese')`
  ...LOG4JS_MODULES.flatMap((module) =>
    ['file', 'dateFile'].map((type): LibrarySink => ({ module, path: ['appenders', type], kind: 'call', label: `a log4js ${type} appender`, target: [[0]], when: 'always', stdout: "`log4js.appenders.console()`" })),
  ),
  // simple-node-logger
  ...['createSimpleFileLogger', 'createRollingFileLogger'].map((name): LibrarySink => ({ module: 'simple-node-logger', path: [name], kind: 'call', label: `simple-node-logger's \`${name}\``, target: [[0, 'logFilePath'], [0, 'logDirectory'], [0]], when: 'always', stdout: '`createSimpleLogger()`' })),
  // createSimpleLogger('app.log') or createSimpleLogger({ logFilePath }) adds a file appender to the console one.
  { module: 'simple-node-logger', path: ['createSimpleLogger'], kind: 'call', label: "simple-node-logger's `createSimpleLogger`", target: [[0, 'logFilePath'], [0]], when: 'unless-stdio', stdout: '`createSimpleLogger()` without a `logFilePath`' },
  // tracer's dailyfile({ root }) writes `<root>/<level>.<date>.log` files (root '.' by default).
  { module: 'tracer', path: ['dailyfile'], kind: 'call', label: "tracer's `dailyfile`", target: [[0, 'root']], when: 'always', stdout: '`tracer.console()`' },
  // file-stream-rotator
  { module: 'file-stream-rotator', path: ['getStream'], kind: 'call', label: 'file-stream-rotator', target: [[0, 'filename']], when: 'always', stream: true, stdout: '`process.stdout`' },
  // logrotate-stream: `logrotate({ file, size, keep, compress })`, a stream output is piped into
  { module: 'logrotate-stream', path: [], kind: 'call', label: 'logrotate-stream', target: [[0, 'file']], when: 'always', stream: true, stdout: '`process.stdout`' },
];

const BUNYAN_RULES: readonly EntryRule[] = [
  { typeKey: 'type', type: 'rotating-file', label: 'a bunyan rotating-file stream', target: [['path']], when: 'always', stdout: '`{ stream: process.stdout }`', swap: 'bunyan-stdout' },
  { typeKey: 'type', type: 'file', label: 'a bunyan file stream', target: [['path']], when: 'always', stdout: '`{ stream: process.stdout }`', swap: 'bunyan-stdout' },
  { typeKey: 'type', type: null, label: 'a bunyan file stream', target: [['path']], when: 'has-target', unless: 'stream', stdout: '`{ stream: process.stdout }`', swap: 'bunyan-stdout' },
];

export const LOG4JS_CONFIG_RULES: readonly EntryRule[] = ['file', 'dateFile', 'fileSync', 'multiFile'].map((type) => ({
  typeKey: 'type',
  type,
  label: `a log4js ${type} appender`,
  target: [['filename'], ['base']],
  when: 'always',
  stdout: "`{ type: 'stdout' }`",
  swap: 'log4js-stdout',
}));

const PINO_TARGET_RULES: readonly EntryRule[] = [
  { typeKey: 'target', type: 'pino/file', label: 'a pino/file transport', target: [['options', 'destination']], when: 'unless-stdio', stdout: '`destination: 1`', swap: 'target-fd-1' },
  { typeKey: 'target', type: 'pino-pretty', label: 'a pino-pretty transport', target: [['options', 'destination']], when: 'unless-stdio', stdout: '`destination: 1`', swap: 'target-fd-1' },
  { typeKey: 'target', type: 'pino-roll', label: 'a pino-roll transport', target: [['options', 'file']], when: 'always', stdout: "`{ target: 'pino/file', options: { destination: 1 } }`" },
];

/**
 * Moleculer's `File` logger (`logger: { type: 'File', options: { folder, filename } }`, also in a
 * list of loggers), which writes to `./logs` unless told another folder.
 */
export const MOLECULER_LOGGER_RULES: readonly EntryRule[] = [
  { typeKey: 'type', type: 'File', label: 'a Moleculer File logger', target: [['options', 'folder'], ['options', 'filename']], when: 'always', stdout: "`{ type: 'Console' }`" },
];

/** Where a Moleculer broker's options hold its loggers. */
export const MOLECULER_LOGGER_ENTRIES: readonly Slot[] = [['logger'], ['logger', EACH_ELEMENT]];

export const CONFIG_SINKS: readonly ConfigSink[] = [
  { module: 'bunyan', path: ['createLogger'], kind: 'call', entries: [[0, 'streams', EACH_ELEMENT]], rules: BUNYAN_RULES },
  { module: 'bunyan', path: [], kind: 'construct', entries: [[0, 'streams', EACH_ELEMENT]], rules: BUNYAN_RULES },
  ...LOG4JS_MODULES.map((module): ConfigSink => ({ module, path: ['configure'], kind: 'call', entries: [[0, 'appenders', EACH_VALUE], [0, 'appenders', EACH_ELEMENT]], rules: LOG4JS_CONFIG_RULES })),
  ...PINO_ROOTS.flatMap((root): ConfigSink[] => [
    { module: 'pino', path: [...root, 'transport'], kind: 'call', entries: [[0], [0, 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES },
    { module: 'pino', path: root, kind: 'call', entries: [[0, 'transport'], [0, 'transport', 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES },
  ]),
  ...FASTIFY_FACTORIES.map(({ path, kind }): ConfigSink => ({ module: 'fastify', path, kind, entries: [[0, 'logger', 'transport'], [0, 'logger', 'transport', 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES })),
  // Wrappers that hand their options to pino: pino-http (Express, Hono), nestjs-pino, Elysia's logger plugin.
  ...(['pinoHttp', 'default'] as const).flatMap((name): ConfigSink[] => [{ module: 'pino-http', path: name === 'default' ? [] : [name], kind: 'call', entries: [[0, 'transport'], [0, 'transport', 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES }]),
  { module: 'nestjs-pino', path: ['LoggerModule', 'forRoot'], kind: 'call', entries: [[0, 'pinoHttp', 'transport'], [0, 'pinoHttp', 'transport', 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES },
  ...['createPinoLogger', 'logger'].map((name): ConfigSink => ({ module: '@bogeychan/elysia-logger', path: [name], kind: 'call', entries: [[0, 'transport'], [0, 'transport', 'targets', EACH_ELEMENT]], rules: PINO_TARGET_RULES })),
  // A Moleculer broker made with its options: `new ServiceBroker({ logger: { type: 'File', … } })`.
  { module: 'moleculer', path: ['ServiceBroker'], kind: 'construct', entries: MOLECULER_LOGGER_ENTRIES.map((slot) => [0, ...slot]), rules: MOLECULER_LOGGER_RULES },
  // AdonisJS 6's `config/logger.ts`: each logger's pino transport, its targets in a list or a `targets()` chain.
  {
    module: '@adonisjs/core/logger',
    path: ['defineConfig'],
    kind: 'call',
    entries: [
      [0, 'loggers', EACH_VALUE, 'transport'],
      [0, 'loggers', EACH_VALUE, 'transport', 'targets', EACH_ELEMENT],
    ],
    rules: PINO_TARGET_RULES,
  },
];

/** `logger.addStream({...})`: bunyan's, when the file uses bunyan (the logger's origin is not tracked). */
export const BUNYAN_ADD_STREAM = { module: 'bunyan', method: 'addStream', rules: BUNYAN_RULES } as const;

/** A transport class handed to `logger.add(Class, options)` (winston 2's way of adding one). */
export interface TransportClass {
  readonly module: string;
  readonly path: readonly string[];
  readonly kind: 'read';
  readonly label: string;
  /** The method the class is passed to as the first argument. */
  readonly method: string;
  /** Where the file name sits in that call. */
  readonly target: readonly Slot[];
  readonly stdout: string;
}

export const TRANSPORT_CLASSES: readonly TransportClass[] = [
  { module: 'winston', path: ['transports', 'File'], kind: 'read', label: 'a winston File transport', method: 'add', target: [[1, 'filename']], stdout: WINSTON_CONSOLE },
  { module: 'winston', path: ['transports', 'DailyRotateFile'], kind: 'read', label: 'a winston DailyRotateFile transport', method: 'add', target: [[1, 'filename']], stdout: WINSTON_CONSOLE },
];

const CONSOLE_SLOTS: readonly StreamSlot[] = [
  { at: [0], std: STDOUT },
  { at: [1], std: STDERR },
  { at: [0, 'stdout'], std: STDOUT },
  { at: [0, 'stderr'], std: STDERR },
];

export const STREAM_CONSUMERS: readonly StreamConsumer[] = [
  // morgan, and koa-morgan, which wraps it for Koa with the same arguments.
  ...['morgan', 'koa-morgan'].map((module): StreamConsumer => ({ module, path: [], kind: 'call', label: module, slots: [{ at: [1, 'stream'], std: STDOUT }, { at: [0, 'stream'], std: STDOUT }], stdout: '`{ stream: process.stdout }`' })),
  ...PINO_ROOTS.flatMap((root): StreamConsumer[] => [
    { module: 'pino', path: root, kind: 'call', label: 'pino', slots: [{ at: [0], std: STDOUT }, { at: [1], std: STDOUT }], stdout: '`pino.destination(1)`' },
    { module: 'pino', path: [...root, 'multistream'], kind: 'call', label: 'pino.multistream', slots: [{ at: [0, EACH_ELEMENT, 'stream'], std: STDOUT }, { at: [0, EACH_ELEMENT], std: STDOUT }, { at: [0], std: STDOUT }], stdout: '`{ stream: process.stdout }`' },
  ]),
  { module: 'pino-http', path: [], kind: 'call', label: 'pino-http', slots: [{ at: [1], std: STDOUT }], stdout: '`process.stdout`' },
  ...FASTIFY_FACTORIES.map(({ path, kind }): StreamConsumer => ({ module: 'fastify', path, kind, label: "Fastify's logger", slots: [{ at: [0, 'logger', 'stream'], std: STDOUT }], stdout: '`logger: true`' })),
  { module: 'winston', path: ['transports', 'Stream'], kind: 'construct', label: 'a winston Stream transport', slots: [{ at: [0, 'stream'], std: STDOUT }], stdout: WINSTON_CONSOLE },
  { module: 'bunyan', path: ['createLogger'], kind: 'call', label: 'bunyan', slots: [{ at: [0, 'stream'], std: STDOUT }, { at: [0, 'streams', EACH_ELEMENT, 'stream'], std: STDOUT }], stdout: '`{ stream: process.stdout }`' },
  { module: 'bunyan', path: [], kind: 'construct', label: 'bunyan', slots: [{ at: [0, 'stream'], std: STDOUT }, { at: [0, 'streams', EACH_ELEMENT, 'stream'], std: STDOUT }], stdout: '`{ stream: process.stdout }`' },
  { module: 'console', path: ['Console'], kind: 'construct', label: 'a Console', slots: CONSOLE_SLOTS, stdout: '`new Console(process.stdout, process.stderr)`' },
  { module: 'console', path: ['Console'], kind: 'call', label: 'a Console', slots: CONSOLE_SLOTS, stdout: '`new Console(process.stdout, process.stderr)`' },
];

/** The global `console.Console` (no import): same stream slots as the `console` module's. */
export const GLOBAL_CONSOLE: Omit<StreamConsumer, 'module' | 'path' | 'kind'> = {
  label: 'a Console',
  slots: CONSOLE_SLOTS,
  stdout: '`new console.Console(process.stdout, process.stderr)`',
};

/** `bunyan`'s `addStream(entry)` stream slot. */
export const BUNYAN_ADD_STREAM_SLOTS: readonly StreamSlot[] = [{ at: [0, 'stream'], std: STDOUT }];

/** Modules that are Node's fs or a drop-in for it. */
const FS_MODULES = ['fs', 'graceful-fs', 'fs-extra'];

function fsRows(module: string, prefix: readonly string[], promises: boolean): FsWrite[] {
  const display = (name: string): string => `${module === 'fs/promises' ? 'fsPromises' : 'fs'}.${prefix.length > 0 ? `${prefix.join('.')}.` : ''}${name}`;
  const row = (name: string, rest: Omit<FsWrite, 'module' | 'path' | 'kind' | 'name'>): FsWrite => ({ module, path: [...prefix, name], kind: 'call', name: display(name), ...rest });
  const rows: FsWrite[] = [
    row('appendFile', { target: 0, append: 'always', writeSwap: promises }),
    row('writeFile', { target: 0, append: { argument: 2, property: 'flag' } }),
    row('open', { target: 0, append: { argument: 1 } }),
  ];
  if (!promises) {
    rows.push(
      row('appendFileSync', { target: 0, append: 'always', writeSwap: true }),
      row('writeFileSync', { target: 0, append: { argument: 2, property: 'flag' } }),
      row('openSync', { target: 0, append: { argument: 1 } }),
      row('createWriteStream', { target: 0, append: { argument: 1, property: 'flags' }, stream: true }),
    );
  }
  return rows;
}

export const FS_WRITES: readonly FsWrite[] = [
  ...FS_MODULES.flatMap((module) => [...fsRows(module, [], false), ...fsRows(module, ['promises'], true)]),
  ...fsRows('fs/promises', [], true),
];

/**
 * Deno's file writes, on its global: `Deno.writeTextFile(path, line, { append: true })`,
 * `Deno.open(path, { append: true })`. They append when their options say `append: true`.
 */
export const DENO_FS_WRITES: readonly FsWrite[] = [
  ...['writeTextFile', 'writeTextFileSync', 'writeFile', 'writeFileSync'].map((name): FsWrite => ({ module: 'Deno', path: [name], kind: 'call', name: `Deno.${name}`, target: 0, append: { argument: 2, property: 'append' } })),
  ...['open', 'openSync'].map((name): FsWrite => ({ module: 'Deno', path: [name], kind: 'call', name: `Deno.${name}`, target: 0, append: { argument: 1, property: 'append' } })),
];

/** winston Console transport options kept when a File transport is swapped for a Console one. */
export const WINSTON_CONSOLE_OPTIONS: ReadonlySet<string> = new Set([
  'level', 'format', 'silent', 'handleExceptions', 'handleRejections', 'eol', 'stderrLevels', 'consoleWarnLevels', 'forceConsole',
]);

/** bunyan stream entry keys kept when a file stream entry is swapped for stdout. */
export const BUNYAN_STDOUT_KEYS: ReadonlySet<string> = new Set(['level', 'name']);

/** log4js appender keys kept when a file appender is swapped for stdout (`category`: log4js 0.x arrays). */
export const LOG4JS_STDOUT_KEYS: ReadonlySet<string> = new Set(['layout', 'category']);
