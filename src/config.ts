import { join } from 'node:path';
import { z } from 'zod';
import { addSecretsOf } from './shared/secrets.js';

/** Words the environment may use for true and false. */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** "24h,2h,30m" → milliseconds, longest first. */
const durationList = z
  .string()
  .regex(/^\s*\d+\s*[mhd](\s*,\s*\d+\s*[mhd])*\s*$/, 'expected durations such as "24h,2h" (m, h or d)')
  .transform((text) =>
    text
      .split(',')
      .map((part) => {
        const match = /(\d+)\s*([mhd])/.exec(part)!;
        const unit = { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
        return Number(match[1]) * unit;
      })
      .sort((a, b) => b - a),
  );

/** "08:00-19:00" → minutes since midnight; "00:00-24:00" means always. */
const timeWindow = z
  .string()
  .regex(/^([01]\d|2[0-4]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM-HH:MM, such as 08:00-19:00')
  .transform((text) => {
    const [start, end] = text.split('-').map((hhmm) => {
      const [h, m] = hhmm.split(':').map(Number);
      return h! * 60 + m!;
    });
    return { startMinute: start!, endMinute: end! };
  })
  .refine((w) => w.startMinute < w.endMinute && w.endMinute <= 1440, 'the start must come before the end');

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'not an IANA time zone such as America/Guayaquil');

/** The environment the bot reads, with its defaults. Every variable is in .env.example. */
export const environmentSchema = z
  .object({
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_PATH: z.string().min(1).optional(),
    SQLITE_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
    DEFAULT_LOCALE: z.enum(['es', 'en']).default('es'),
    TIME_ZONE: timeZone.default('America/Guayaquil'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    CONVERSATION_IDLE_MINUTES: positiveInt(720),
    INVITE_TTL_HOURS: positiveInt(168),
    INVITE_MAX_FAILED_ATTEMPTS: positiveInt(5),
    INVITE_ATTEMPT_WINDOW_MINUTES: positiveInt(60),
    MAX_UPLOAD_MB: positiveInt(20),
    UNREGISTERED_MESSAGES_PER_MINUTE: positiveInt(20),
    REMINDER_OFFSETS: durationList.prefault('24h,2h'),
    REMINDER_WINDOW: timeWindow.prefault('08:00-19:00'),
    STALL_DAYS: positiveInt(14),
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'expected a token from @BotFather, such as 123456:ABC-DEF...')
      .optional(),
    TELEGRAM_API_ROOT: z.url().optional(),
    TELEGRAM_WEBHOOK_URL: z.url().optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'expected 16-256 characters of A-Z, a-z, 0-9, _ and -')
      .optional(),
    TELEGRAM_WEBHOOK_PORT: positiveInt(8443),
    TELEGRAM_GLOBAL_PER_SECOND: positiveInt(30),
    TELEGRAM_PER_CHAT_INTERVAL_MS: positiveInt(1000),
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_KEEP: positiveInt(7),
    BACKUP_AT: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM, such as 03:30')
      .default('03:30'),
    WHATSAPP_ENABLED: booleanFlag,
    WHATSAPP_PAIRING_NUMBER: z
      .string()
      .regex(/^\d{8,15}$/, 'expected the number in international format, digits only, such as 593991234567')
      .optional(),
    WHATSAPP_MIN_INTERVAL_MS: positiveInt(1000),
    WHATSAPP_JITTER_MS: z.coerce.number().int().min(0).default(2000),
    WEB_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    WEB_HOST: z.string().min(1).default('127.0.0.1'),
    WEB_BASE_URL: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ''))
      .optional(),
    WEB_RATE_LIMIT_PER_MINUTE: positiveInt(600),
  });

/** Variables that only make sense together, checked even when others are invalid. */
function missingCompanions(input: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (input.TELEGRAM_WEBHOOK_URL && !input.TELEGRAM_WEBHOOK_SECRET) {
    problems.push('TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set');
  }
  if (input.TELEGRAM_WEBHOOK_URL && !input.TELEGRAM_BOT_TOKEN) {
    problems.push('TELEGRAM_BOT_TOKEN: required when TELEGRAM_WEBHOOK_URL is set');
  }
  return problems;
}

/** The validated configuration the rest of the bot reads. */
export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof environmentSchema>) {
  return {
    dataDir: env.DATA_DIR,
    databasePath: env.DATABASE_PATH ?? join(env.DATA_DIR, 'bot.db'),
    synchronous: env.SQLITE_SYNCHRONOUS,
    defaultLocale: env.DEFAULT_LOCALE,
    timeZone: env.TIME_ZONE,
    logLevel: env.LOG_LEVEL,
    conversationIdleMs: env.CONVERSATION_IDLE_MINUTES * 60_000,
    invites: {
      ttlMs: env.INVITE_TTL_HOURS * 3_600_000,
      maxFailedAttempts: env.INVITE_MAX_FAILED_ATTEMPTS,
      attemptWindowMs: env.INVITE_ATTEMPT_WINDOW_MINUTES * 60_000,
    },
    maxUploadBytes: env.MAX_UPLOAD_MB * 1024 * 1024,
    unregisteredPerMinute: env.UNREGISTERED_MESSAGES_PER_MINUTE,
    reminders: {
      offsetsMs: env.REMINDER_OFFSETS,
      window: env.REMINDER_WINDOW,
      stallMs: env.STALL_DAYS * 86_400_000,
    },
    telegram: env.TELEGRAM_BOT_TOKEN
      ? {
          token: env.TELEGRAM_BOT_TOKEN,
          apiRoot: env.TELEGRAM_API_ROOT,
          webhook:
            env.TELEGRAM_WEBHOOK_URL && env.TELEGRAM_WEBHOOK_SECRET
              ? { url: env.TELEGRAM_WEBHOOK_URL, secret: env.TELEGRAM_WEBHOOK_SECRET, port: env.TELEGRAM_WEBHOOK_PORT }
              : undefined,
          globalPerSecond: env.TELEGRAM_GLOBAL_PER_SECOND,
          perChatIntervalMs: env.TELEGRAM_PER_CHAT_INTERVAL_MS,
        }
      : undefined,
    backup: env.BACKUP_DIR
      ? { dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP, hour: Number(env.BACKUP_AT.slice(0, 2)), minute: Number(env.BACKUP_AT.slice(3)) }
      : undefined,
    whatsapp: env.WHATSAPP_ENABLED
      ? {
          pairingNumber: env.WHATSAPP_PAIRING_NUMBER,
          minIntervalMs: env.WHATSAPP_MIN_INTERVAL_MS,
          jitterMs: env.WHATSAPP_JITTER_MS,
        }
      : undefined,
    web:
      env.WEB_PORT === 0
        ? undefined
        : {
            port: env.WEB_PORT,
            host: env.WEB_HOST,
            baseUrl: env.WEB_BASE_URL ?? `http://localhost:${env.WEB_PORT}`,
            rateLimitPerMinute: env.WEB_RATE_LIMIT_PER_MINUTE,
          },
  };
}

/** A configuration that cannot be used; its message names every bad variable and why. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads the configuration from an environment. Empty strings count as unset. Throws a
 * ConfigError naming each bad variable; the message never repeats a variable's value.
 * Registers the values of secret variables (tokens, secrets, keys) for redaction.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Every secret of the environment is known to the logger before anything can log it.
  addSecretsOf(env);
  const known = Object.keys(environmentSchema.shape);
  const input = Object.fromEntries(
    known.filter((key) => env[key] !== undefined && env[key] !== '').map((key) => [key, env[key]]),
  );
  const parsed = environmentSchema.safeParse(input);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...missingCompanions(input),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data);
}
