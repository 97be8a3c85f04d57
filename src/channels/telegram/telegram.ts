/**
 * The Telegram channel: a grammY bot that turns private-chat updates into Inbound values
 * (long polling by default, a webhook with a secret token when configured) and sends the
 * outbox's messages. Only private chats are served; a group is told so once.
 */
import type { Server } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import pino, { type Logger } from 'pino';
import { isLocale, type Locale } from '../../shared/i18n.js';
import type { DocumentStore } from '../../store/documents.js';
import { ALLOWED_UPDATES, chatOf, toInbound } from './inbound.js';
import { CommandMenus, type MenuSource } from './menus.js';
import { createSender } from './send.js';
import { CLOUD_DOWNLOAD_LIMIT_BYTES, createUploadFetcher } from './uploads.js';
import { closeServer, listenForWebhook, portOf, type WebhookOptions } from './webhook.js';
import type { ChannelAdapter, InboundHandler } from '../types.js';

/** How the Telegram channel is set up. */
export interface TelegramAdapterOptions {
  token: string;
  /** A self-hosted (or fake) Bot API server; the cloud one when omitted. */
  apiRoot?: string;
  /** Webhook mode when given; long polling otherwise. */
  webhook?: WebhookOptions;
  globalPerSecond: number;
  perChatIntervalMs: number;
  documents: DocumentStore;
  /** Renders a message of the locale files (the adapter writes no sentence itself). */
  translate(locale: Locale, key: string): string;
  /** The locale of notices to people whose Telegram language is not supported. */
  defaultLocale?: Locale;
  /** The command menus; none are set when omitted. */
  menus?: MenuSource;
  logger?: Logger;
  /** Long-polling timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /** Longest download of one upload (default 60 s). */
  downloadTimeoutMs?: number;
  /** The largest download the Bot API server serves (default: the cloud's 20 MB). */
  downloadLimitBytes?: number;
}

/** The Telegram adapter, plus what tests and wiring need to see of it. */
export interface TelegramAdapter extends ChannelAdapter {
  /** The port the webhook server listens on, in webhook mode once started. */
  webhookPort(): number | undefined;
  /** The bot's username (for t.me deep links), once started. */
  username(): string | undefined;
}

/** Calls that are not auto-retried: polling retries on its own; sends are retried by the dispatcher. */
const NOT_AUTO_RETRIED = new Set(['getUpdates', 'sendMessage', 'sendDocument']);

/** Creates the Telegram channel adapter. */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const logger = options.logger ?? pino({ level: 'silent' });
  const apiRoot = options.apiRoot ?? 'https://api.telegram.org';
  const defaultLocale = options.defaultLocale ?? 'es';
  const pollTimeoutSeconds = options.pollTimeoutSeconds ?? 30;
  // Every Bot API call (a send, getFile) gives up after this long; getUpdates waits up to pollTimeoutSeconds.
  const bot = new Bot(options.token, { client: { apiRoot, timeoutSeconds: pollTimeoutSeconds + 30 } });
  // Incidental calls (getMe, getFile, answerCallbackQuery, setMyCommands, setWebhook) wait
  // out 429s and 5xx briefly; outbox sends report them to the dispatcher instead, which
  // keeps per-chat order and the global pace while it waits.
  const retry = autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 10, rethrowHttpErrors: true });
  bot.api.config.use((prev, method, payload, signal) =>
    NOT_AUTO_RETRIED.has(method) ? prev(method, payload, signal) : retry(prev, method, payload, signal),
  );

  const fetchUpload = createUploadFetcher({
    api: bot.api,
    fileRoot: `${apiRoot}/file/bot${options.token}`,
    documents: options.documents,
    downloadLimitBytes: options.downloadLimitBytes ?? CLOUD_DOWNLOAD_LIMIT_BYTES,
    downloadTimeoutMs: options.downloadTimeoutMs ?? 60_000,
    logger,
  });
  const menus = new CommandMenus(bot.api, options.menus ?? {}, defaultLocale, logger);
  const toldPrivateOnly = new Set<number>();
  let receive: InboundHandler | undefined;
  let polling: Promise<void> | undefined;
  let server: Server | undefined;

  async function handle(ctx: Context): Promise<void> {
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery().catch((error: unknown) => logger.warn({ err: error }, 'answerCallbackQuery failed'));
    }
    const chat = chatOf(ctx.update);
    if (chat && chat.type !== 'private') return tellPrivateOnly(chat.id, ctx.from?.language_code);
    const inbound = await toInbound(ctx.update, fetchUpload);
    if (!inbound || !receive) return;
    await receive(inbound);
    await menus.refresh(inbound.address);
  }

  async function tellPrivateOnly(chatId: number, languageCode: string | undefined): Promise<void> {
    if (toldPrivateOnly.has(chatId)) return;
    toldPrivateOnly.add(chatId);
    const short = languageCode?.slice(0, 2) ?? '';
    const text = options.translate(isLocale(short) ? short : defaultLocale, 'telegram-private-only');
    await bot.api.sendMessage(chatId, text).catch((error: unknown) => logger.warn({ err: error }, 'telegram group notice failed'));
  }

  bot.use(handle);
  // With long polling the offset moves past an update whose handler threw: the engine is
  // built not to throw (it records failures itself), and anything that still escapes is
  // logged here with the update id. In webhook mode the request answers 500 instead.
  bot.catch((error) => logger.error({ err: error.error, updateId: error.ctx.update.update_id }, 'telegram update not handled'));

  function startPolling(): Promise<void> {
    return new Promise((ready, fail) => {
      polling = bot
        .start({
          allowed_updates: [...ALLOWED_UPDATES],
          drop_pending_updates: false,
          timeout: pollTimeoutSeconds,
          onStart: () => ready(),
        })
        .catch((error: unknown) => {
          logger.fatal({ err: error }, 'telegram polling stopped');
          fail(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  return {
    id: 'telegram',
    limits: { globalPerSecond: options.globalPerSecond, perChatIntervalMs: options.perChatIntervalMs },
    send: createSender(bot.api),

    async start(onInbound) {
      receive = onInbound;
      await bot.init();
      await menus.setDefaults();
      if (!options.webhook) return startPolling();
      server = await listenForWebhook(bot, options.webhook, logger);
      await bot.api.setWebhook(options.webhook.url, {
        secret_token: options.webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
      });
    },

    async stop() {
      if (polling) {
        // Confirms the updates tried so far; the batch in hand is still finished before `polling` settles.
        await bot.stop().catch((error: unknown) => logger.warn({ err: error }, 'telegram stop could not confirm updates'));
        await polling;
        polling = undefined;
      }
      if (server) {
        await closeServer(server);
        server = undefined;
      }
    },

    webhookPort: () => server && portOf(server),
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
  };
}
