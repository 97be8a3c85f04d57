/**
 * The WhatsApp channel on Baileys: a linked device whose session lives in SQLite, that
 * pairs by QR or pairing code, reconnects with back-off, answers people in one-to-one
 * chats only, and sends replies slowly (bulk sending gets numbers banned).
 *
 * `start()` resolves once the first socket is created, not when it opens: pairing waits
 * for a person, and the other channels must not wait for it. Until the connection is
 * open, `send()` answers `retry` and the dispatcher waits (the attempts of the row are not used up).
 */
import {
  makeCacheableSignalKeyStore,
  toNumber,
  type AuthenticationState,
  type ConnectionState,
  type WAMessage,
} from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import qrcode from 'qrcode-terminal';
import { systemClock, type Clock } from '../../shared/clock.js';
import { KeyedQueue } from '../../shared/keyed-queue.js';
import { createLogger } from '../../shared/logger.js';
import { readChannelState, writeChannelState } from '../../store/channel-state.js';
import { isStoreUnavailable } from '../../store/unavailable.js';
import type { Db } from '../../store/db.js';
import type { DocumentStore } from '../../store/documents.js';
import type { ChannelAdapter, ChannelLimits, InboundHandler, SendResult } from '../types.js';
import type { OutboundMessage } from '../../shared/messages.js';
import { useSqliteAuthState, type SqliteAuthState } from './auth-state.js';
import { toInbound } from './inbound.js';
import { ReconnectPolicy, disconnectCode, type ReconnectOptions } from './reconnect.js';
import { messageContent, sendFailure } from './send.js';
import { WHATSAPP_DOCUMENT_LIMIT_BYTES } from '../whatsapp-common/limits.js';
import { withNumberedChoices } from '../whatsapp-common/numbered-choices.js';
import { forgetSentMessages, rememberSentMessage, sentMessage } from './sent-messages.js';
import { baileysSocket, downloadMedia, type SocketFactory, type WhatsAppSocket } from './socket.js';

/** Timers the reconnect waits on; tests pass fake ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How the WhatsApp adapter is set up. */
export interface WhatsAppOptions {
  db: Db;
  documents: DocumentStore;
  /** Digits in international format; when set, pair by code instead of QR. */
  pairingNumber?: string;
  /** Minimum ms between two messages to the same chat. */
  minIntervalMs: number;
  /** Random extra delay between messages, in ms. */
  jitterMs: number;
  /** The sentence `key` (a locale id) in the language of the person at `address`. */
  text: (key: string, address: string) => string;
  /** Called once when WhatsApp logs the bot out (the session is already cleared). */
  onLoggedOut?: () => void;
  socketFactory?: SocketFactory;
  /** Downloads media; defaults to Baileys' `downloadMediaMessage` with re-upload of expired media. */
  download?: typeof downloadMedia;
  /** Shows a pairing QR; defaults to drawing it on stderr. */
  showQr?: (qr: string) => void;
  clock?: Clock;
  timers?: Timers;
  reconnect?: Partial<ReconnectOptions>;
  logger?: Logger;
}

/** The WhatsApp adapter, with its connection state for operators and tests. */
export interface WhatsAppAdapter extends ChannelAdapter {
  /** Whether the socket is open (sends go out). */
  readonly connected: boolean;
}

/** How long sends wait while the connection is not open. */
const NOT_CONNECTED_RETRY_MS = 5_000;

/** Longest wait before a message the store could not take is tried again. */
const STORE_RETRY_MAX_MS = 60_000;
/** How often a sender is told their message could not be saved, at most. */
const STORE_NOTICE_INTERVAL_MS = 10 * 60_000;
/**
 * Where the timestamp of the newest message handled is kept: beside the session, not in
 * it (a logout clears the session; what was handled stays handled).
 */
const WATERMARK = { channel: 'whatsapp-inbound', key: 'watermark' };

/** A message's timestamp in seconds since 1970 (0 when it has none). */
function timestampOf(message: WAMessage): number {
  return message.messageTimestamp == null ? 0 : toNumber(message.messageTimestamp);
}

/** Ids of messages handled in this process, so a replay after a reconnect is dropped early. */
const RECENT_IDS_KEPT = 5_000;

/** Creates the WhatsApp adapter. */
export function createWhatsAppAdapter(options: WhatsAppOptions): WhatsAppAdapter {
  return new BaileysAdapter(options);
}

class BaileysAdapter implements WhatsAppAdapter {
  readonly id = 'whatsapp';
  readonly limits: ChannelLimits;
  private readonly logger: Logger;
  private readonly baileysLogger: Logger;
  private readonly clock: Clock;
  private readonly timers: Timers;
  private readonly policy: ReconnectPolicy;
  private readonly recentIds = new Set<string>();
  private readonly knownOnWhatsApp = new Set<string>();
  private auth: SqliteAuthState | undefined;
  private keys: AuthenticationState['keys'] | undefined;
  private socket: WhatsAppSocket | undefined;
  private onInbound: InboundHandler | undefined;
  private readonly queue = new KeyedQueue();
  private readonly retryTimers = new Set<unknown>();
  private readonly toldUnavailable = new Map<string, number>();
  private watermarkSeconds: number | undefined;
  private reconnectTimer: unknown;
  private open = false;
  private stopped = false;

  constructor(private readonly options: WhatsAppOptions) {
    this.limits = { globalPerSecond: 1, perChatIntervalMs: options.minIntervalMs, jitterMs: options.jitterMs, maxFileBytes: WHATSAPP_DOCUMENT_LIMIT_BYTES };
    this.logger = (options.logger ?? createLogger('info')).child({ channel: 'whatsapp' });
    // Baileys is chatty below warn; it never logs more than the bot's own level allows.
    const quiet = this.logger.levelVal >= this.logger.levels.values.warn!;
    this.baileysLogger = this.logger.child({ module: 'baileys' }, { level: quiet ? this.logger.level : 'warn' });
    this.clock = options.clock ?? systemClock;
    this.timers = options.timers ?? { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) };
    this.policy = new ReconnectPolicy(options.reconnect);
  }

  get connected(): boolean {
    return this.open;
  }

  async start(onInbound: InboundHandler): Promise<void> {
    this.onInbound = onInbound;
    this.stopped = false;
    this.auth = useSqliteAuthState(this.options.db, this.clock);
    this.keys = makeCacheableSignalKeyStore(this.auth.state.keys, this.baileysLogger);
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.open = false;
    if (this.reconnectTimer !== undefined) this.timers.clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    for (const timer of this.retryTimers) this.timers.clearTimeout(timer);
    this.retryTimers.clear();
    // end() closes the connection without logging out: the session stays linked.
    this.socket?.end(undefined);
    this.socket = undefined;
    await this.queue.idle();
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    const socket = this.socket;
    // Not the message's fault: it waits without using up its attempts.
    if (!socket || !this.open) return { kind: 'retry', afterMs: NOT_CONNECTED_RETRY_MS, reason: 'whatsapp is not connected' };
    try {
      if (!(await this.onWhatsApp(socket, message.address))) return { kind: 'unreachable', reason: 'not on whatsapp' };
      const hint = message.choices?.length ? this.options.text(message.acceptsText ? 'whatsapp-type-or-choose' : 'whatsapp-choose-number', message.address) : '';
      const text = withNumberedChoices(message.text, message.choices ?? [], hint);
      const sent = await socket.sendMessage(message.address, messageContent(message, text));
      if (sent?.key.id && sent.message) rememberSentMessage(this.options.db, sent.key.id, sent.message, this.clock.now());
      return { kind: 'sent' };
    } catch (error) {
      return sendFailure(error);
    }
  }

  /** Whether a phone-number JID is on WhatsApp; asked once per address and process. */
  private async onWhatsApp(socket: WhatsAppSocket, address: string): Promise<boolean> {
    if (this.knownOnWhatsApp.has(address) || !address.endsWith('@s.whatsapp.net')) return true;
    const found = await socket.onWhatsApp(address);
    // No answer at all says nothing; an answer without the number says it is not on WhatsApp.
    if (found && !found.some((entry) => entry.exists)) return false;
    this.knownOnWhatsApp.add(address);
    return true;
  }

  private connect(): void {
    const { db } = this.options;
    const auth = this.auth!;
    const socket = (this.options.socketFactory ?? baileysSocket)({
      auth: { creds: auth.state.creds, keys: this.keys! },
      getMessage: async (key) => (key.id ? sentMessage(db, key.id) : undefined),
      logger: this.baileysLogger,
    });
    this.socket = socket;
    this.open = false;
    let pairingRequested = false;
    const current = () => this.socket === socket && !this.stopped;

    socket.ev.on('creds.update', (update) => {
      // After a logout the session is gone: a late update must not write it back.
      if (this.auth !== auth) return;
      Object.assign(auth.state.creds, update);
      auth.saveCreds();
    });
    socket.ev.on('connection.update', (update) => {
      if (!current()) return;
      if (update.qr) {
        if (this.options.pairingNumber && !auth.state.creds.registered) {
          if (!pairingRequested) this.requestPairingCode(socket, this.options.pairingNumber);
          pairingRequested = true;
        } else {
          this.showQr(update.qr);
        }
      }
      if (update.connection === 'open') this.opened();
      if (update.connection === 'close') this.closed(update);
    });
    socket.ev.on('messages.upsert', (upsert) => {
      if (!current()) return;
      // 'append' carries what arrived while the bot was away (and old history): only what
      // is newer than the last message handled is new. Replays are dropped by the engine.
      const watermark = this.watermark();
      for (const message of upsert.messages) {
        if (upsert.type === 'notify' || (upsert.type === 'append' && watermark !== undefined && timestampOf(message) >= watermark)) this.enqueue(message);
      }
    });
  }

  private opened(): void {
    // The first connection of a session: history from before it is not for the bot.
    if (this.watermark() === undefined) this.advanceWatermark(Math.floor(this.clock.now().getTime() / 1000));
    this.open = true;
    this.policy.opened(this.clock.now().getTime());
    this.logger.info('whatsapp connected');
  }

  private closed(update: Partial<ConnectionState>): void {
    this.open = false;
    const code = disconnectCode(update.lastDisconnect?.error);
    const action = this.policy.closed(code, this.clock.now().getTime());
    switch (action.kind) {
      case 'reconnect':
        this.logger.warn({ code, delayMs: action.delayMs }, 'whatsapp connection closed; reconnecting');
        this.reconnectTimer = this.timers.setTimeout(() => {
          this.reconnectTimer = undefined;
          if (!this.stopped) this.connect();
        }, action.delayMs);
        return;
      case 'logged-out':
        this.stopped = true;
        this.socket = undefined;
        this.auth?.clear();
        this.auth = undefined;
        forgetSentMessages(this.options.db);
        this.logger.error('whatsapp logged the bot out; session cleared, restart the bot to pair again');
        this.options.onLoggedOut?.();
        return;
      case 'stop':
        this.stopped = true;
        this.socket = undefined;
        this.logger.error({ code }, 'whatsapp refused this session (replaced by another client or forbidden); not reconnecting');
        return;
    }
  }

  private requestPairingCode(socket: WhatsAppSocket, number: string): void {
    socket.requestPairingCode(number).then(
      // The code is short-lived and useless without the phone: the operator must read it.
      (code) => this.logger.warn({ pairingCode: code }, 'whatsapp pairing code: on the phone, Linked devices > Link with phone number'),
      (error: unknown) => this.logger.error({ err: error }, 'whatsapp pairing code request failed'),
    );
  }

  private showQr(qr: string): void {
    if (this.options.showQr) return this.options.showQr(qr);
    this.logger.warn('whatsapp is not paired: scan the QR below with the phone (Linked devices > Link a device)');
    qrcode.generate(qr, { small: true }, (drawing) => process.stderr.write(`${drawing}\n`));
  }

  /** Queues a message behind the earlier ones of its chat; other chats do not wait for it. */
  private enqueue(message: WAMessage, attempt = 0): void {
    void this.queue.run(message.key.remoteJid ?? '', () => this.handle(message, attempt));
  }

  /**
   * Handles one message. When the store cannot take it (disk full, database locked), the
   * sender is told once in a while and the message is tried again later, with growing
   * delays, for as long as the process runs: WhatsApp will not deliver it again.
   */
  private async handle(message: WAMessage, attempt: number): Promise<void> {
    const id = message.key.id;
    const socket = this.socket;
    if (!id || this.recentIds.has(id) || this.stopped) return;
    if (!socket) return this.retryLater(message, attempt);
    let address: string | undefined;
    try {
      const inbound = await toInbound(message, {
        documents: this.options.documents,
        download: (media) => (this.options.download ?? downloadMedia)(media, socket, this.baileysLogger),
        pnForLid: (lid) => socket.signalRepository.lidMapping.getPNForLID(lid),
        onDownloadError: (error) => this.logger.warn({ err: error, messageId: id }, 'whatsapp media download failed'),
      });
      if (!inbound) return;
      address = inbound.address;
      this.remember(id);
      await this.onInbound!(inbound);
      this.advanceWatermark(timestampOf(message));
    } catch (error) {
      // Not remembered: a replay of this message gets another chance.
      this.recentIds.delete(id);
      if (isStoreUnavailable(error)) {
        this.logger.warn({ err: error, messageId: id, attempt }, 'whatsapp message not stored; trying again later');
        if (address) await this.tellStoreUnavailable(socket, address);
        this.retryLater(message, attempt);
      } else {
        this.logger.error({ err: error, messageId: id }, 'whatsapp message handling failed');
      }
    }
  }

  private retryLater(message: WAMessage, attempt: number): void {
    if (this.stopped) return;
    const delay = Math.min(STORE_RETRY_MAX_MS, 1000 * 2 ** attempt);
    const timer = this.timers.setTimeout(() => {
      this.retryTimers.delete(timer);
      this.enqueue(message, attempt + 1);
    }, delay);
    this.retryTimers.add(timer);
  }

  /** Tells a sender their message could not be saved, at most once in a while (the outbox is what failed). */
  private async tellStoreUnavailable(socket: WhatsAppSocket, address: string): Promise<void> {
    const now = this.clock.now().getTime();
    if ((this.toldUnavailable.get(address) ?? -Infinity) > now - STORE_NOTICE_INTERVAL_MS) return;
    this.toldUnavailable.set(address, now);
    try {
      await socket.sendMessage(address, { text: this.options.text('store-unavailable', address) });
    } catch (error) {
      this.logger.warn({ err: error }, 'whatsapp store-unavailable notice failed');
    }
  }

  /** Seconds since 1970 of the newest message handled (undefined before the first connection). */
  private watermark(): number | undefined {
    if (this.watermarkSeconds === undefined) {
      const stored = readChannelState(this.options.db, WATERMARK.channel, WATERMARK.key);
      if (stored !== undefined) this.watermarkSeconds = Number(stored);
    }
    return this.watermarkSeconds;
  }

  private advanceWatermark(seconds: number): void {
    if (!(seconds > (this.watermark() ?? -1))) return;
    this.watermarkSeconds = seconds;
    try {
      writeChannelState(this.options.db, WATERMARK.channel, WATERMARK.key, String(seconds), this.clock.now());
    } catch (error) {
      this.logger.warn({ err: error }, 'whatsapp could not record the newest message handled');
    }
  }

  private remember(id: string): void {
    this.recentIds.add(id);
    if (this.recentIds.size > RECENT_IDS_KEPT) this.recentIds.delete(this.recentIds.values().next().value!);
  }
}
