import pino, { type DestinationStream, type Logger } from 'pino';

/** Fields that hold secrets wherever they appear in a log line (tokens, sessions, auth headers). */
const REDACTED = [
  'token',
  '*.token',
  'config.telegram.token',
  'creds',
  '*.creds',
  'keys',
  '*.keys',
  'appSecret',
  '*.appSecret',
  'verifyToken',
  '*.verifyToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
];

/**
 * A JSON logger on stderr (stdout belongs to the console channel), or on `destination`
 * (tests capture it). Secrets are redacted.
 */
export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACTED, censor: '[redacted]' } }, destination);
}
