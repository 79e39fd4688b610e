// Random-program fuzzing of every rule of the plugin: programs from eslump (seeded), in script and
// module form, each run through every rule with its default and its strict options. A rule that
// throws, or a suggestion or fix whose output does not parse, is a failure, reported with the seed
// and the program so it can be replayed.
import { Linter } from 'eslint';
import eslump from 'eslump';

/** A small seeded PRNG (mulberry32): eslump draws from Math.random, which we swap for this. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateProgram(seed, sourceType) {
  const original = Math.random;
  Math.random = seededRandom(seed);
  try {
    return eslump.generateRandomJS({ sourceType, maxDepth: 7, comments: false, whitespace: false });
  } finally {
    Math.random = original;
  }
}

// eslump names things with single letters: binding a few of them to the modules our rules know makes
// random member calls and `new` expressions reach the rules' real code paths.
const SCRIPT_PRELUDE = [
  "var a = require('express'), b = require('fs'), c = require('winston'), d = require('express-session');",
  "var e = require('http'), f = require('pino'), g = require('jsonwebtoken'), h = require('koa');",
  "var i = a(), j = new h(), k = e.createServer(i);",
  '',
].join('\n');
const MODULE_PRELUDE = [
  "import a from 'express'; import * as b from 'node:fs'; import c from 'winston'; import d from 'express-session';",
  "import e from 'http'; import f from 'pino'; import { sign as g } from 'jsonwebtoken'; import h from 'koa';",
  '',
].join('\n');

function settingsFor(plugin, strict) {
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const schema = rule.meta.schema;
    const hasStrict = Array.isArray(schema) && schema[0]?.properties?.strict;
    rules[`twelve-factor/${name}`] = strict && hasStrict ? ['error', { strict: true }] : 'error';
  }
  return rules;
}

function parseErrors(linter, code, sourceType) {
  return linter.verify(code, { languageOptions: { ecmaVersion: 'latest', sourceType } }).filter((m) => m.fatal);
}

/**
 * Fuzzes `count` programs from `seed` on. Returns the failures (empty when all went well) and how
 * many programs and rule runs were checked.
 */
export function fuzz(plugin, { count, seed, onProgress } = {}) {
  const linter = new Linter({ configType: 'flat' });
  const failures = [];
  let programs = 0;
  let runs = 0;
  for (let n = 0; n < count; n++) {
    const programSeed = seed + n;
    const sourceType = programSeed % 2 === 0 ? 'script' : 'module';
    let code;
    try {
      code = (sourceType === 'script' ? SCRIPT_PRELUDE : MODULE_PRELUDE) + generateProgram(programSeed, sourceType);
    } catch {
      continue; // the generator itself gave up on this seed
    }
    if (parseErrors(linter, code, sourceType).length > 0) continue; // not a valid program for espree
    programs++;
    for (const strict of [false, true]) {
      runs++;
      const config = [
        {
          plugins: { 'twelve-factor': plugin },
          languageOptions: { ecmaVersion: 'latest', sourceType },
          rules: settingsFor(plugin, strict),
        },
      ];
      let messages;
      try {
        messages = linter.verify(code, config, { filename: 'fuzz.js' });
      } catch (error) {
        failures.push({ seed: programSeed, sourceType, strict, reason: `rule threw: ${error && error.message}`, code });
        continue;
      }
      const fatal = messages.filter((m) => m.fatal);
      if (fatal.length > 0) failures.push({ seed: programSeed, sourceType, strict, reason: `parse error under rules: ${fatal[0].message}`, code });
      for (const message of messages) {
        const fixes = [message.fix, ...(message.suggestions ?? []).map((s) => s.fix)].filter(Boolean);
        for (const fix of fixes) {
          const output = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
          const errors = parseErrors(linter, output, sourceType);
          if (errors.length > 0) {
            failures.push({ seed: programSeed, sourceType, strict, reason: `${message.ruleId} fix/suggestion does not parse: ${errors[0].message}`, code });
          }
        }
      }
    }
    onProgress?.(n + 1);
  }
  return { failures, programs, runs };
}
