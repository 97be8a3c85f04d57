/**
 * The outbox dispatcher: sends due rows through the channel adapters under each
 * channel's limits, fairly (every chat's next message in turn, each chat at its own pace),
 * in order per chat, honouring retry-after, backing off on transient failures, marking
 * recipients who blocked the bot, giving up on a row with its reason after a permanent
 * error or too many attempts (the chat's next row goes), and never losing a row.
 */
import type { Logger } from 'pino';
import type { ChannelAdapter, SendResult } from '../channels/types.js';
import type { ChannelId, OutboundMessage } from '../shared/messages.js';
import type { Clock } from '../shared/clock.js';
import { inTransaction, type Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { markFailed, markRecipientUnreachable, markSent, pendingCount, pendingHeads, postpone, type OutboxRow } from '../store/outbox.js';
import { isStoreUnavailable } from '../store/unavailable.js';
import { Pacer } from './pacer.js';
import { oversizeReplacement, type OversizeDeps } from './oversize.js';

/** Tuning of the dispatcher loop. */
export interface DispatcherOptions {
  /** Chats read per channel and pass. */
  batchSize: number;
  /** Longest sleep between passes when nothing is due. */
  idleMs: number;
  /** Longest back-off after transient failures. */
  maxBackoffMs: number;
  /** Transient failures after which a row is given up on (about an hour of back-off by default). */
  maxAttempts: number;
  /** Told the result of every send attempt (the app's telemetry counts them). */
  onResult?: (channel: string, result: SendResult['kind']) => void;
}

/** What the dispatcher works with besides the adapters (notices it adds are rendered with `text`). */
export interface DispatcherDeps extends OversizeDeps {
  documents: DocumentStore;
  clock: Clock;
  logger: Logger;
  /** Makes the transactions committed so far durable; called before a message leaves. */
  syncCommitted(): void;
}

const DEFAULTS: DispatcherOptions = { batchSize: 200, idleMs: 250, maxBackoffMs: 5 * 60_000, maxAttempts: 20 };

/** What became of an attempt: the adapter's result, or the row replaced by a link or parts. */
type Outcome = SendResult | { kind: 'replaced' };

interface Lane {
  adapter: ChannelAdapter;
  pacer: Pacer;
}

/** Reads the outbox and sends what is due. */
export class Dispatcher {
  private readonly lanes = new Map<ChannelId, Lane>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly options: DispatcherOptions;
  private readonly db: Db;
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private passing = false;

  constructor(
    private readonly deps: DispatcherDeps,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.db = deps.db;
    this.logger = deps.logger;
  }

  /** Registers a channel's adapter; its rows are sent from now on. */
  attach(adapter: ChannelAdapter): void {
    this.lanes.set(adapter.id, { adapter, pacer: new Pacer(adapter.limits) });
  }

  /** Starts sending in the background. */
  start(): void {
    this.running = true;
    this.schedule(0);
  }

  /** Tells the dispatcher new rows may be due (after the engine or scheduler wrote some). */
  wake(): void {
    if (this.running) this.schedule(0);
  }

  /** Stops sending; resolves when the sends in flight have finished. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await Promise.all(this.inFlight.values());
  }

  /** Rows still waiting on the attached channels. */
  pending(): number {
    let total = 0;
    for (const channel of this.lanes.keys()) total += pendingCount(this.db, channel);
    return total;
  }

  /**
   * Sends until nothing waits on the attached channels or `timeoutMs` passes; returns
   * whether everything went out. Works whether or not the dispatcher was started.
   */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) await this.pass();
      try {
        if (this.inFlight.size === 0 && this.pending() === 0) return true;
      } catch (error) {
        if (!isStoreUnavailable(error)) throw error;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      // Sends under way: go on as soon as they are answered; otherwise a paced row waits a moment.
      const wait = sleep(Math.min(10, left));
      await (this.inFlight.size > 0 ? Promise.race([Promise.all(this.inFlight.values()), wait]) : wait);
    }
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.pass().then((next) => {
        if (this.running && !this.timer) this.schedule(next);
      });
    }, delayMs);
  }

  /** One pass over every channel; returns how long until something may be due. */
  private async pass(): Promise<number> {
    if (this.passing) return this.options.idleMs;
    this.passing = true;
    try {
      let next = this.options.idleMs;
      for (const [channel, lane] of this.lanes) next = Math.min(next, this.passChannel(channel, lane));
      return next;
    } catch (error) {
      // A locked or full store: the rows stay where they are, the next pass tries again.
      this.logger[isStoreUnavailable(error) ? 'warn' : 'error']({ err: error }, 'dispatcher pass failed');
      return this.options.idleMs;
    } finally {
      this.passing = false;
    }
  }

  private passChannel(channel: ChannelId, lane: Lane): number {
    const now = this.deps.clock.now().getTime();
    const globalWait = lane.pacer.globalWait(now);
    if (globalWait > 0) return globalWait;
    let next = this.options.idleMs;
    let synced = false;
    for (const row of pendingHeads(this.db, channel, this.options.batchSize)) {
      const key = `${channel}:${row.address}`;
      if (this.inFlight.has(key)) continue;
      const wait = Math.max(row.nextAttemptAt.getTime() - now, lane.pacer.chatWait(row.address, now));
      if (wait > 0) {
        next = Math.min(next, wait);
        continue;
      }
      // Nothing leaves before the transaction that wrote it is on disk (one fsync per pass at most).
      if (!synced) {
        this.deps.syncCommitted();
        synced = true;
      }
      lane.pacer.record(row.address, now);
      const sending = this.send(lane, row, now).finally(() => {
        this.inFlight.delete(key);
        this.wake();
      });
      this.inFlight.set(key, sending);
      const full = lane.pacer.globalWait(now);
      if (full > 0) return Math.min(next, full);
    }
    return next;
  }

  private async send(lane: Lane, row: OutboxRow, sentAt: number): Promise<void> {
    let result: Outcome;
    try {
      result = await this.attempt(lane, row);
    } catch (error) {
      result = { kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
    }
    lane.pacer.answered(row.address, sentAt, this.deps.clock.now().getTime());
    await this.settle(lane, row, result);
  }

  /** Sends one row: a file too large for the channel is first replaced by a link or by parts. */
  private async attempt(lane: Lane, row: OutboxRow): Promise<Outcome> {
    const { documents } = this.deps;
    const file = row.payload.file;
    if (file && !documents.has(file.sha256)) return { kind: 'failed', reason: 'the file is not in the document store' };
    const limit = lane.adapter.limits.maxFileBytes;
    if (file && !file.part && limit !== undefined && documents.sizeOf(file.sha256) > limit) {
      const replacement = oversizeReplacement(row, { ...file, size: documents.sizeOf(file.sha256) }, limit, this.deps);
      inTransaction(this.db, () => replacement.apply(this.deps.clock.now()));
      this.logger.info({ channel: row.channel, outboxId: row.id, how: replacement.how }, 'file too large for the channel; sent another way');
      return { kind: 'replaced' };
    }
    const message: OutboundMessage = {
      id: row.id,
      channel: row.channel as ChannelId,
      address: row.address,
      ...(row.payload.key ? { key: row.payload.key } : {}),
      text: row.payload.text,
      ...(row.payload.choices ? { choices: row.payload.choices } : {}),
      ...(row.payload.acceptsText ? { acceptsText: true } : {}),
    };
    if (file) {
      const path = file.part ? await documents.partFile(file.sha256, file.part) : documents.pathOf(file.sha256);
      message.file = { name: file.name, mime: file.mime, path };
    }
    const result = await lane.adapter.send(message);
    if (file?.part && result.kind !== 'retry' && result.kind !== 'transient') documents.dropPart(file.sha256, file.part.index);
    return result;
  }

  /**
   * Records a send's outcome. While the store is locked or full the outcome is kept and
   * retried, and the chat's next row waits (so nothing is sent twice); a row whose outcome
   * could not be recorded before shutdown is sent again at the next start.
   */
  private async settle(lane: Lane, row: OutboxRow, result: Outcome): Promise<void> {
    if (result.kind === 'replaced') return;
    for (let attempt = 1; ; attempt++) {
      try {
        this.record(lane, row, result);
        return;
      } catch (error) {
        if (!isStoreUnavailable(error) || (!this.running && attempt >= 3)) {
          this.logger.error({ err: error, outboxId: row.id, outcome: result.kind }, 'could not record a send; the row may be sent again');
          return;
        }
        if (attempt === 1) this.logger.warn({ err: error, outboxId: row.id }, 'store unavailable; recording the send when it is back');
        await sleep(Math.min(5000, 100 * 2 ** attempt));
      }
    }
  }

  private record(lane: Lane, row: OutboxRow, result: SendResult): void {
    const now = this.deps.clock.now();
    this.options.onResult?.(row.channel, result.kind);
    switch (result.kind) {
      case 'sent':
        markSent(this.db, row, now);
        return;
      case 'retry': {
        // The platform's own pacing: it does not count against the row.
        const until = now.getTime() + result.afterMs;
        if (result.scope === 'channel') lane.pacer.holdAll(until);
        else lane.pacer.holdChat(row.address, until);
        postpone(this.db, row.id, row.attempts, new Date(until), result.reason);
        return;
      }
      case 'transient': {
        const attempts = row.attempts + 1;
        if (attempts >= this.options.maxAttempts) return this.fail(row, attempts, `gave up after ${attempts} attempts: ${result.reason}`);
        const backoff = Math.min(this.options.maxBackoffMs, 1000 * 2 ** row.attempts) * (0.5 + Math.random() / 2);
        postpone(this.db, row.id, attempts, new Date(now.getTime() + backoff), result.reason);
        this.logger.warn({ channel: row.channel, outboxId: row.id, attempts }, 'send failed; will retry');
        return;
      }
      case 'failed':
        return this.fail(row, row.attempts + 1, result.reason);
      case 'unreachable':
        markRecipientUnreachable(this.db, row.identityId, result.reason, now);
        this.logger.info({ channel: row.channel, outboxId: row.id }, 'recipient unreachable; identity marked');
        return;
    }
  }

  private fail(row: OutboxRow, attempts: number, reason: string): void {
    markFailed(this.db, row.id, attempts, reason);
    this.logger.warn({ channel: row.channel, outboxId: row.id, reason }, 'message given up on; the next one goes (npm run cli -- outbox --failed)');
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
