import { describe, expect, it } from 'vitest';
import {
  findExitsWithoutClosing,
  findProcessListeners,
  findSigtermArrangements,
  getImportedModules,
  getProcessReferences,
  matchesModule,
} from '../../src/analysis/signals';
import { withSourceCode } from './parse';

/** Every SIGTERM arrangement of the file, as `line:via`. */
function arrangements(code: string, handlerModules: string[] = [], sourceType: 'module' | 'commonjs' = 'module'): string[] {
  return withSourceCode(
    code,
    (sourceCode) => findSigtermArrangements(sourceCode, { handlerModules }).map((a) => `${a.node.loc.start.line}:${a.via}`),
    { sourceType },
  );
}

/** Every process listener, as `method:sigterm`. */
function listeners(code: string): string[] {
  return withSourceCode(code, (sourceCode) => findProcessListeners(sourceCode).map((l) => `${l.method}:${l.sigterm}`));
}

/** Lines of the `process.exit` calls of SIGTERM handlers that close nothing first. */
function hastyExits(code: string): number[] {
  return withSourceCode(code, (sourceCode) => {
    const refs = new Set(getProcessReferences(sourceCode));
    return findProcessListeners(sourceCode)
      .filter((l) => l.sigterm === 'yes')
      .flatMap((l) => findExitsWithoutClosing(l, sourceCode, refs))
      .map((node) => node.loc.start.line);
  });
}

describe('findProcessListeners', () => {
  it.each([
    ["process.on('SIGTERM', stop);", ['on:yes']],
    ["process.once('SIGINT', stop);", ['once:no']],
    ["process.addListener('SIGTERM', stop);\nprocess.prependListener('SIGTERM', stop);\nprocess.prependOnceListener('SIGTERM', stop);", ['addListener:yes', 'prependListener:yes', 'prependOnceListener:yes']],
    ["const SIG = 'SIGTERM';\nprocess.on(SIG, stop);", ['on:yes']],
    ["process.on(`SIGTERM`, stop);", ['on:yes']],
    ["for (const s of ['SIGINT', 'SIGTERM']) process.on(s, stop);", ['on:yes']],
    ["const L = ['SIGINT'];\nfor (const s of L) process.on(s, stop);", ['on:no']],
    ["const L = ['SIGINT', ...['SIGTERM']];\nfor (const s of L) process.on(s, stop);", ['on:yes']],
    ["['SIGTERM', 'SIGINT'].forEach((s) => process.on(s, stop));", ['on:yes']],
    ["['SIGHUP'].map(function (s) { return process.on(s, stop); });", ['on:no']],
    ["function on(s) { process.on(s, stop); }\non('SIGINT');\non('SIGTERM');", ['on:yes']],
    ["function on(s) { process.on(s, stop); }\non('SIGINT');", ['on:no']],
    ['export function on(s) { process.on(s, stop); }', ['on:unknown']],
    ["process.removeAllListeners('SIGTERM').on('SIGTERM', stop).once('SIGINT', stop);", ['on:yes', 'once:no']],
    ["globalThis.process.on('SIGTERM', stop);", ['on:yes']],
    ["import proc from 'node:process';\nproc.on('SIGTERM', stop);", ['on:yes']],
    ["import * as proc from 'process';\nproc.once('SIGTERM', stop);", ['once:yes']],
    ["function f(process) { process.on('SIGTERM', stop); }", []],
    ["const process = bus;\nprocess.on('SIGTERM', stop);", []],
    ["process.emit('SIGTERM');\nprocess.kill(process.pid, 'SIGTERM');", []],
  ])('%j', (code, expected) => {
    expect(listeners(code)).toEqual(expected);
  });

  it('finds the listener of a CommonJS process binding', () => {
    expect(withSourceCode("const p = require('process');\np.on('SIGTERM', stop);", (sc) => findProcessListeners(sc).length, { sourceType: 'commonjs' })).toBe(1);
  });
});

describe('findSigtermArrangements', () => {
  it.each([
    ["process.on('SIGTERM', stop);", ['1:process.on']],
    ["process.on('SIGINT', stop);\nprocess.on('beforeExit', stop);", []],
    ['app.enableShutdownHooks();', ['1:enableShutdownHooks']],
    ["app.enableShutdownHooks(['SIGINT']);", []],
    ["import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, {});", ['2:@godaddy/terminus']],
    ["import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, { signal: 'SIGINT' });", []],
    ["import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, { signal: 'SIGINT', signals: ['SIGTERM'] });", ['2:@godaddy/terminus']],
    ["import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, options);", ['2:@godaddy/terminus']],
    ["import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, { ...base });", ['2:@godaddy/terminus']],
    ["import closeWithGrace from 'close-with-grace';\ncloseWithGrace(async () => {});", ['2:close-with-grace']],
    ["import { createLightship } from 'lightship';\nawait createLightship({ signals: ['SIGTERM'] });", ['2:lightship']],
    ["import { createLightship } from 'lightship';\nawait createLightship({ signals: ['SIGINT'] });", []],
    ["import gs from 'http-graceful-shutdown';\ngs(server);", ['2:http-graceful-shutdown']],
    ["import gs from 'http-graceful-shutdown';\ngs(server, { signals: 'SIGINT' });", []],
    ["import exitHook from 'exit-hook';\nexitHook(() => {});", ['2:exit-hook']],
    ["import onExit from 'signal-exit';\nonExit(() => {});", ['2:signal-exit']],
    ["import stoppable from 'stoppable';\nstoppable(server);", []],
    ["import { createHttpTerminator } from 'http-terminator';\ncreateHttpTerminator({ server });", []],
    ["import plugin from 'fastify-graceful-shutdown';\napp.register(plugin);", ['1:fastify-graceful-shutdown']],
    ["import { setupGracefulShutdown } from './lifecycle';\nsetupGracefulShutdown(server);", ['2:setupGracefulShutdown']],
    ["import * as lifecycle from './lifecycle';\nlifecycle.registerShutdownHooks(app);", ['2:registerShutdownHooks']],
    ["const { handleSignals } = require('./signals');\nhandleSignals(server);", ['2:handleSignals']],
    ['function gracefulShutdown() { server.close(); }\ngracefulShutdown();', []],
    ["import { createHttpTerminator } from './terminator';\ncreateHttpTerminator({ server });", []],
    ["process.shutdown?.();", []],
    ["import './lib/graceful-shutdown.js';", ['1:./lib/graceful-shutdown.js']],
    ["import { onShutdown } from '../shutdown';\nonShutdown(() => db.close());", ['2:onShutdown', '1:../shutdown']],
    ["import './shutdown-logger/format';", []],
    ["import 'graceful-fs';", []],
  ])('%j', (code, expected) => {
    expect(arrangements(code)).toEqual(expected);
  });

  it('counts CommonJS requires of library calls and marker modules', () => {
    expect(arrangements("require('async-exit-hook')(cb);\nrequire('./lib/shutdown');", ['lib/shutdown'], 'commonjs')).toEqual(['1:async-exit-hook', '1:./lib/shutdown']);
  });
});

describe('modules', () => {
  it('lists static imports, re-exports and requires', () => {
    const code = "import a from 'a';\nexport * from 'b';\nexport { c } from 'c';\nconst d = require('d');\nimport e = require('e');";
    expect(withSourceCode(code, (sc) => getImportedModules(sc))).toEqual(['a', 'b', 'c', 'e', 'd']);
  });

  it.each([
    ['@acme/shutdown', ['@acme/shutdown'], true],
    ['@acme/shutdown/register', ['@acme/shutdown'], true],
    ['@acme/shutdown-helpers', ['@acme/shutdown'], false],
    ['./lib/graceful', ['lib/graceful'], true],
    ['../../lib/graceful.js', ['lib/graceful'], true],
    ['./lib/graceful-logger', ['lib/graceful'], false],
    ['./shutdown.js', ['./shutdown'], true],
    ['../shutdown', ['./shutdown'], false],
  ])('%s matches %j: %s', (specifier, modules, expected) => {
    expect(matchesModule(specifier, modules)).toBe(expected);
  });
});

describe('findExitsWithoutClosing', () => {
  it.each([
    ["process.on('SIGTERM', () => process.exit(0));", [1]],
    ["process.on('SIGTERM', process.exit);", [1]],
    ["process.on('SIGTERM', () => {\n  log('bye');\n  process.exit(0);\n});", [3]],
    ["process.on('SIGTERM', () => {\n  process.exit(0);\n  server.close();\n});", [2]],
    ["process.on('SIGTERM', () => server.close(() => process.exit(0)));", []],
    ["process.on('SIGTERM', async () => {\n  await flushMetrics();\n  process.exit(0);\n});", []],
    ["process.on('SIGTERM', () => {\n  shutdownAll().then(() => process.exit(0));\n});", []],
    ["process.on('SIGTERM', () => {\n  closeServer();\n  process.exit(0);\n});", []],
    ["process.on('SIGTERM', () => {\n  setTimeout(() => process.exit(1), 5000).unref();\n  server.close(() => process.exit(0));\n});", []],
    ["process.on('SIGTERM', () => {\n  setTimeout(() => process.exit(1), 5000);\n});", []],
    ["process.on('SIGTERM', () => stop('SIGTERM'));\nfunction stop(s) {\n  log(s);\n  process.exit(0);\n}", [4]],
    ["process.on('SIGTERM', () => stop());\nfunction stop() {\n  server.close();\n  process.exit(0);\n}", []],
    ["process.on('SIGTERM', () => { server.close(); stop(); });\nfunction stop() {\n  process.exit(0);\n}", []],
    ["function wire(process) { process.on('SIGTERM', () => process.exit(0)); }", []],
    ["process.on('SIGINT', () => process.exit(0));", []],
  ])('%j', (code, expected) => {
    expect(hastyExits(code)).toEqual(expected);
  });
});
