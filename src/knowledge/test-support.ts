/**
 * Packages that only test code imports: test runners, assertion and mocking libraries, HTTP test
 * clients. A file that imports one is test support (a helper that logs fixture users in, a server
 * started for a test), wherever it sits, so no rule reports in it.
 */
export const TEST_SUPPORT_MODULES: readonly string[] = [
  'supertest',
  'chai',
  'sinon',
  'nock',
  'mocha',
  'vitest',
  '@jest/globals',
  'node:test',
  'ava',
  'tap',
  'tape',
  '@playwright/test',
  'testcontainers',
];
