import { writeSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import { scrub } from './secrets.js';

/** Where log lines go: one serialized JSON line per call. */
export interface LogDestination {
  write(line: string): void;
}

/** Standard error, written synchronously (a line logged just before a crash is not lost). */
const stderr: LogDestination = {
  write(line) {
    writeSync(2, line);
  },
};

/** Object keys whose values are never logged, wherever they appear (session keys, tokens). */
const REDACTED_PATHS = [
  'token',
  '*.token',
  'secret',
  '*.secret',
  'config.telegram.token',
  'creds',
  '*.creds',
  'keys',
  '*.keys',
  'private',
  '*.private',
  '*.*.private',
  'privKey',
  '*.privKey',
  'advSecretKey',
  '*.advSecretKey',
  'headers.authorization',
  '*.headers.authorization',
  '*.headers["x-telegram-bot-api-secret-token"]',
];

/**
 * A JSON logger on stderr (stdout belongs to the console channel). Secrets never reach a
 * line: known keys are redacted by path, and every serialized line — nested errors, stack
 * traces and URLs included — is scrubbed of every registered secret (shared/secrets.ts).
 */
export function createLogger(level: string, destination: LogDestination = stderr): Logger {
  return pino(
    { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    {
      write(line: string) {
        destination.write(scrub(line));
      },
    },
  );
}
