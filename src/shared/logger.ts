import pino, { type Logger } from 'pino';

/** A JSON logger on stderr (stdout belongs to the console channel). Secrets are redacted. */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      redact: { paths: ['token', '*.token', 'config.telegram.token', 'creds', '*.creds', 'keys', '*.keys'], censor: '[redacted]' },
    },
    pino.destination(2),
  );
}
