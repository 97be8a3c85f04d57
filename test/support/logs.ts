/**
 * Every log line a test file produces, in process or from the bots it spawns, is kept
 * here; `test/support/no-secrets.setup.ts` checks after each file that none of them holds a
 * test secret. Tests log through `testLogger()` (the bot's own logger, at debug level) and
 * hand the output of every spawned process to `captureOutput()`.
 */
import type { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { createLogger } from '../../src/shared/logger.js';
import { FAKE_TOKEN } from './fake-bot-api.js';

/** The webhook secret tests configure. */
export const TEST_WEBHOOK_SECRET = 'test-webhook-secret-0123456789';

/**
 * What must never appear in any log line of the test suite: the secret half of the fake
 * bot token every test uses (a line holding the whole token holds it too), and the webhook secret.
 */
export const TEST_SECRETS: readonly string[] = [FAKE_TOKEN.slice(FAKE_TOKEN.indexOf(':') + 1), TEST_WEBHOOK_SECRET];

const captured: string[] = [];

/** The bot's logger, writing into this file's capture at `level` (debug: the most that is logged). */
export function testLogger(level = 'debug'): Logger {
  return createLogger(level, { write: (line) => void captured.push(line) });
}

/** Captures everything a spawned process writes on a stream (its log lines on stderr). */
export function captureOutput(stream: Readable): void {
  let rest = '';
  stream.on('data', (chunk: Buffer | string) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop()!;
    captured.push(...lines);
  });
  stream.on('end', () => {
    if (rest) captured.push(rest);
    rest = '';
  });
}

/** Captures the output of a process that already finished. */
export function captureLines(text: string | null | undefined): void {
  if (text) captured.push(...text.split('\n').filter(Boolean));
}

/** Every line captured so far in this test file. */
export function capturedLines(): readonly string[] {
  return captured;
}

/** The lines of `lines` that hold a test secret. */
export function leakingLines(lines: readonly string[], secrets: readonly string[] = TEST_SECRETS): string[] {
  return lines.filter((line) => secrets.some((secret) => line.includes(secret)));
}
