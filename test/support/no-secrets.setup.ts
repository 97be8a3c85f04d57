/**
 * Runs with every test file (vitest `setupFiles`): once the file's tests are done, no log
 * line it produced — in process through `testLogger()`, or from a spawned bot through
 * `captureOutput()` — may hold a test secret. A leak fails the file.
 */
import { afterAll, expect } from 'vitest';
import { capturedLines, leakingLines } from './logs.js';

afterAll(() => {
  expect(leakingLines(capturedLines()), 'log lines holding a test secret').toEqual([]);
});
