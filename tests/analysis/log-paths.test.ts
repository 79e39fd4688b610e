import { describe, expect, it } from 'vitest';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { compilePathPatterns, getPathShapes, isLogName, isLogPath, isLogTarget, splitWords, UNKNOWN_PART } from '../../src/analysis/log-paths';
import { withSourceCode } from './parse';

/** Evaluates the expression of the last statement in `code`. */
function lastExpression<T>(code: string, evaluate: (node: TSESTree.Expression, scope: TSESLint.Scope.Scope) => T): T {
  return withSourceCode(code, (sourceCode) => {
    const last = sourceCode.ast.body.at(-1);
    if (last?.type !== 'ExpressionStatement') throw new Error('last statement must be an expression');
    return evaluate(last.expression, sourceCode.getScope(last.expression));
  });
}

describe('isLogPath', () => {
  it.each([
    'app.log',
    'logs/app.log',
    './app.log.1',
    'app-%DATE%.log',
    'app.log.gz',
    'app.log.3.gz',
    'C:\\service\\Error.LOG',
    'logs/access.jsonl',
    '/var/log/myapp/out.txt',
    'log/app.txt',
    `${UNKNOWN_PART}/logs/${UNKNOWN_PART}`,
    `${UNKNOWN_PART}.log`,
    'log.txt',
    '/tmp/pino-mkdir/log.txt',
    'error_log.json',
    'accessLog.txt',
    // A log saved as text, a logger's text file or captured output, Apache's names without an extension.
    'access.log.txt',
    './requestLogger.txt',
    'RequestLogger.txt',
    'logger.out',
    '/var/www/access_log',
    `${UNKNOWN_PART}/error-log`,
  ])('is a log path: %j', (path) => {
    expect(isLogPath(path)).toBe(true);
  });

  it.each([
    'report.json',
    '.gitignore',
    'uploads/avatar.png',
    'app.logo',
    'catalog/items.json',
    'blog/post.md',
    'logs',
    'changelog.md',
    'logs-export/report.csv',
    'app.log.old',
    UNKNOWN_PART,
    'logger.js',
    'src/logging.ts',
    'catalog.csv',
    'login.html',
    'log',
    // A logger's settings, a folder's name, a dialog's text, words that only end in the letters.
    'logger.json',
    'app_logs',
    'dialog.txt',
    'catalog',
    'backlog',
    'web-catalog',
  ])('is not a log path: %j', (path) => {
    expect(isLogPath(path)).toBe(false);
  });
});

describe('isLogName', () => {
  it.each(['LOG_FILE', 'logPath', 'logFile', 'LOGFILE', 'logDir', 'logsDir', 'accessLog', 'errorLogPath', 'log', 'writeLog', 'logToFile', 'appendLog', 'FileLogger', 'access_log', 'keyEventLog', 'apiKeyAccessLog'])('says log: %j', (name) => {
    expect(isLogName(name)).toBe(true);
  });

  it.each(['login', 'logout', 'catalog', 'dialog', 'blogDir', 'changelogPath', 'logic', 'logo', 'reportPath', 'file', 'analogy', 'keyLogFilePath', 'SSL_KEY_LOG_FILE', 'tlsKeyLog'])('does not say log: %j', (name) => {
    expect(isLogName(name)).toBe(false);
  });
});

describe('splitWords', () => {
  it('splits camelCase, acronyms and snake_case', () => {
    expect(splitWords('logFilePath')).toEqual(['log', 'file', 'path']);
    expect(splitWords('LOG_DIR')).toEqual(['log', 'dir']);
    expect(splitWords('HTTPLogger')).toEqual(['http', 'logger']);
    expect(splitWords('__private$log')).toEqual(['private', 'log']);
  });
});

describe('getPathShapes', () => {
  it.each([
    ["'logs/app.log';", 'logs/app.log', true],
    ["const DIR = 'logs';\n`${DIR}/app.log`;", 'logs/app.log', true],
    ["`${__dirname}/logs/${name}`;", `${UNKNOWN_PART}/logs/${UNKNOWN_PART}`, false],
    ["__dirname + '/app.log';", `${UNKNOWN_PART}/app.log`, false],
    ["path.join(__dirname, '..', 'logs', 'app.log');", `${UNKNOWN_PART}/../logs/app.log`, false],
    ["path.posix.resolve(base, 'app.log');", `${UNKNOWN_PART}/app.log`, false],
    ["join(dir, 'app.log');", `${UNKNOWN_PART}/app.log`, false],
    ['const file = path.join(root, "out.log");\nfile;', `${UNKNOWN_PART}/out.log`, false],
  ])('shapes %j', (code, text, isStatic) => {
    const [shape] = lastExpression(code, getPathShapes);
    expect(shape?.text).toBe(text);
    expect(shape?.isStatic).toBe(isStatic);
  });

  it('collects names of bindings, properties and environment variables', () => {
    expect(lastExpression('logFile;', getPathShapes)[0]?.names).toEqual(['logFile']);
    expect(lastExpression('this.config.logPath;', getPathShapes)[0]?.names).toEqual(['config', 'logPath']);
    const [env] = lastExpression("process.env['LOG_FILE'];", getPathShapes);
    expect(env).toMatchObject({ names: ['LOG_FILE'], fromEnv: true });
  });

  it('lists both sides of a fallback', () => {
    expect(lastExpression("process.env.OUT || 'app.log';", getPathShapes).map((shape) => shape.text)).toEqual([UNKNOWN_PART, 'app.log']);
    expect(lastExpression("debug ? 'debug.log' : 'out.txt';", getPathShapes).map((shape) => shape.text)).toEqual(['debug.log', 'out.txt']);
  });

  it('reads what a local function returns, named after it', () => {
    const shapes = lastExpression("function logFile(n) {\n  if (n) return `${base}-${n}.log`;\n  return base + '.log';\n}\nlogFile();", getPathShapes);
    expect(shapes.map((shape) => shape.text)).toEqual([`${UNKNOWN_PART}-${UNKNOWN_PART}.log`, `${UNKNOWN_PART}.log`]);
    expect(shapes[0]?.names).toEqual(['logFile']);
    // A name that is the whole returned value still tells; one that is only a part of it does not.
    expect(lastExpression('function target() { return this.logPath; }\ntarget();', getPathShapes)[0]?.names).toEqual(['target', 'logPath']);
    expect(lastExpression('function marker() { return `${logBase}.pending`; }\nmarker();', getPathShapes)[0]?.names).toEqual(['marker']);
    expect(lastExpression("const dir = () => path.join(root, 'logs');\ndir();", getPathShapes)[0]?.text).toBe(`${UNKNOWN_PART}/logs`);
    // Inside the function, its own bindings are the ones read, not the caller's.
    expect(lastExpression("function f() { const name = 'a.log'; return name; }\nfunction g() { const name = 'b.txt'; return f(); }\ng();", getPathShapes)[0]?.text).toBe('a.log');
  });

  it('gives one unknown shape for calls it does not follow', () => {
    for (const code of ["getPath();", "async function p() { return 'a.log'; }\np();", "let p = () => 'a.log';\np = () => 'b';\np();", "function p() { return; }\np();"]) {
      expect(lastExpression(code, getPathShapes)).toEqual([{ text: UNKNOWN_PART, names: [], isStatic: false, fromEnv: false }]);
    }
  });

  it('has no shape for values that are no path', () => {
    expect(lastExpression('1;', getPathShapes)).toEqual([]);
    expect(lastExpression('({ dest: 1 });', getPathShapes)).toEqual([]);
    expect(lastExpression('const FD = 2;\nFD;', getPathShapes)).toEqual([]);
  });

  it('does not treat array joins as paths', () => {
    expect(lastExpression("parts.join('/');", getPathShapes)[0]?.text).toBe(UNKNOWN_PART);
  });
});

describe('isLogTarget', () => {
  it.each([
    ["'app.log';"],
    ['LOG_FILE;'],
    ['options.logPath;'],
    ['process.env.LOG_FILE;'],
    ["path.join(logDir, 'app.txt');"],
    ["`${dir}/error.log`;"],
    // Named for a log, with a file name that is no document.
    ["path.join(logDir, `${day}.json`);"],
    // A document in a logs directory, or a `.log` file, is a log whatever else it says.
    ["path.join(dir, 'logs', `${day}.md`);"],
  ])('is a log target: %j', (code) => {
    expect(lastExpression(code, (node, scope) => isLogTarget(node, scope))).toBe(true);
  });

  it.each([
    ["'report.json';"],
    ['file;'],
    ['process.env.OUTPUT;'],
    ["path.join(uploadDir, name);"],
    ["'.gitignore';"],
    // A document or table the code writes, though its variable or function says log.
    ["const dailyLogPath = path.join(workspace, 'memory', `${day}.md`);\ndailyLogPath;"],
    ["path.join(logDir, `${day}.csv`);"],
  ])('is not a log target: %j', (code) => {
    expect(lastExpression(code, (node, scope) => isLogTarget(node, scope))).toBe(false);
  });

  it('takes extra patterns', () => {
    const extra = compilePathPatterns(['*.trace']);
    expect(lastExpression("'out/app.trace';", (node, scope) => isLogTarget(node, scope, extra))).toBe(true);
  });
});

describe('compilePathPatterns', () => {
  it('returns nothing for no patterns', () => {
    expect(compilePathPatterns([])).toBeUndefined();
  });

  it('matches globs against the whole path, or the file name when the glob has no slash', () => {
    const match = compilePathPatterns(['tmp/**/*.log', 'cli-?.log']);
    expect(match?.('tmp/a/b/run.log')).toBe(true);
    expect(match?.('tmp/run.log')).toBe(true);
    expect(match?.('var/tmp/run.log')).toBe(false);
    expect(match?.('somewhere/cli-1.log')).toBe(true);
    expect(match?.('cli-10.log')).toBe(false);
    expect(match?.('C:\\tmp\\x\\run.log')).toBe(false);
  });

  it('treats sources with regular-expression-only characters as regular expressions', () => {
    const match = compilePathPatterns(['^/opt/tool/.+\\.log$', 'argv\\.logFile']);
    expect(match?.('/opt/tool/run.log')).toBe(true);
    expect(match?.('/srv/run.log')).toBe(false);
    expect(match?.('argv.logFile')).toBe(true);
  });

  it('escapes dots in globs and ignores invalid regular expressions', () => {
    const match = compilePathPatterns(['a.log', '(unclosed']);
    expect(match?.('a.log')).toBe(true);
    expect(match?.('axlog')).toBe(false);
  });
});
