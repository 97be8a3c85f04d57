/**
 * The Telegram channel: a grammY bot that turns private-chat updates into Inbound values
 * (long polling by default, a webhook with a secret token when configured) and sends the
 * outbox's messages. Only private chats are served; a group is told so once. An update
 * is confirmed to Telegram only once it is stored; when the store cannot take it (disk
 * full), the sender is told straight through the API and the update comes back later.
 */
import type { Server } from 'node:http';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, type Context } from 'grammy';
import pino, { type Logger } from 'pino';
import { isLocale, type Locale } from '../../shared/i18n.js';
import { addSecret } from '../../shared/secrets.js';
import type { DocumentStore } from '../../store/documents.js';
import { ALLOWED_UPDATES, chatOf, toInbound } from './inbound.js';
import { CommandMenus, type MenuSource } from './menus.js';
import { createSender } from './send.js';
import { CLOUD_DOWNLOAD_LIMIT_BYTES, createUploadFetcher } from './uploads.js';
import { Poller } from './polling.js';
import { closeServer, listenForWebhook, portOf, type WebhookOptions } from './webhook.js';
import { isStoreUnavailable } from '../../store/unavailable.js';
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
  /** The largest file the bot may send (default: the cloud's 50 MB); larger ones go as a link or in parts. */
  uploadLimitBytes?: number;
  /** Waits of long polling after failures (default 1 s, growing to 60 s). */
  pollBackoff?: { initialMs: number; maxMs: number };
  /** Downloads of uploads at once, across senders (one per sender at most; default 4). */
  concurrentDownloads?: number;
  /** Makes what was stored durable; called before updates are confirmed to Telegram. */
  syncCommitted?: () => void;
}

/** How often a chat is told its message could not be saved, at most. */
const STORE_NOTICE_INTERVAL_MS = 10 * 60_000;

/** The largest file a bot sends through the cloud Bot API. */
const CLOUD_UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

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
  // The token is in every request URL and the secret in every webhook request: neither may reach a log.
  addSecret(options.token);
  addSecret(options.webhook?.secret);
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
    concurrentDownloads: options.concurrentDownloads ?? 4,
    logger,
  });
  const menus = new CommandMenus(bot.api, options.menus ?? {}, defaultLocale, logger);
  const toldPrivateOnly = new Set<number>();
  const toldUnavailable = new Map<number, number>();
  let receive: InboundHandler | undefined;
  let server: Server | undefined;

  async function handle(ctx: Context): Promise<void> {
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery().catch((error: unknown) => logger.warn({ err: error }, 'answerCallbackQuery failed'));
    }
    const chat = chatOf(ctx.update);
    if (chat && chat.type !== 'private') return tellPrivateOnly(chat.id, ctx.from?.language_code);
    let address: string | undefined;
    try {
      const inbound = await toInbound(ctx.update, fetchUpload);
      if (!inbound || !receive) return;
      address = inbound.address;
      await receive(inbound);
    } catch (error) {
      if (chat && isStoreUnavailable(error)) await tellStoreUnavailable(chat.id, ctx.from?.language_code);
      throw error;
    }
    await menus.refresh(address);
  }

  /** A notice in the sender's language (the default for an unsupported one), sent straight through the API. */
  async function notice(chatId: number, languageCode: string | undefined, key: string, what: string): Promise<void> {
    const short = languageCode?.slice(0, 2) ?? '';
    const text = options.translate(isLocale(short) ? short : defaultLocale, key);
    await bot.api.sendMessage(chatId, text).catch((error: unknown) => logger.warn({ err: error }, `telegram ${what} failed`));
  }

  async function tellPrivateOnly(chatId: number, languageCode: string | undefined): Promise<void> {
    if (toldPrivateOnly.has(chatId)) return;
    toldPrivateOnly.add(chatId);
    await notice(chatId, languageCode, 'telegram-private-only', 'group notice');
  }

  /**
   * Tells the sender their message could not be saved (the disk is full, the database
   * locked): straight through the API, since the outbox is what could not be written;
   * once per chat in a while, however often the update comes back.
   */
  async function tellStoreUnavailable(chatId: number, languageCode: string | undefined): Promise<void> {
    const now = Date.now();
    if ((toldUnavailable.get(chatId) ?? 0) > now - STORE_NOTICE_INTERVAL_MS) return;
    toldUnavailable.set(chatId, now);
    await notice(chatId, languageCode, 'store-unavailable', 'store-unavailable notice');
  }

  bot.use(handle);
  const poller = new Poller({
    bot,
    timeoutSeconds: pollTimeoutSeconds,
    allowedUpdates: ALLOWED_UPDATES,
    logger,
    senderOf: (update) => String(chatOf(update)?.id ?? update.callback_query?.from.id ?? update.update_id),
    isRetryable: isStoreUnavailable,
    backoff: options.pollBackoff,
    beforeConfirm: options.syncCommitted,
  });

  return {
    id: 'telegram',
    limits: {
      globalPerSecond: options.globalPerSecond,
      perChatIntervalMs: options.perChatIntervalMs,
      maxFileBytes: options.uploadLimitBytes ?? CLOUD_UPLOAD_LIMIT_BYTES,
    },
    send: createSender(bot.api),

    async start(onInbound) {
      receive = onInbound;
      await bot.init();
      await menus.setDefaults();
      if (!options.webhook) {
        // A webhook left set would answer every getUpdates with 409.
        await bot.api.deleteWebhook({ drop_pending_updates: false }).catch((error: unknown) => logger.warn({ err: error }, 'telegram deleteWebhook failed'));
        poller.start();
        return;
      }
      server = await listenForWebhook(bot, options.webhook, logger, isStoreUnavailable, options.syncCommitted);
      await bot.api.setWebhook(options.webhook.url, {
        secret_token: options.webhook.secret,
        allowed_updates: [...ALLOWED_UPDATES],
        drop_pending_updates: false,
      });
    },

    async stop() {
      // Finishes the updates in hand and confirms those stored.
      await poller.stop();
      if (server) {
        await closeServer(server);
        server = undefined;
      }
    },

    webhookPort: () => server && portOf(server),
    username: () => (bot.isInited() ? bot.botInfo.username : undefined),
  };
}
