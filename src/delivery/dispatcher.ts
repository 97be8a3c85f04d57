/**
 * The outbox dispatcher: sends due rows through the channel adapters under each
 * channel's limits, in order per chat, honouring retry-after, backing off on transient
 * failures, marking recipients who blocked the bot, and never losing a row.
 */
import type { Logger } from 'pino';
import type { ChannelAdapter, SendResult } from '../channels/types.js';
import type { ChannelId, OutboundMessage } from '../shared/messages.js';
import type { Clock } from '../shared/clock.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import { markFailed, markRecipientUnreachable, markSent, pendingCount, pendingRows, postpone, type OutboxRow } from '../store/outbox.js';
import { Pacer } from './pacer.js';

/** Tuning of the dispatcher loop. */
export interface DispatcherOptions {
  /** Rows read per channel and pass. */
  batchSize: number;
  /** Longest sleep between passes when nothing is due. */
  idleMs: number;
  /** Longest back-off after transient failures. */
  maxBackoffMs: number;
}

const DEFAULTS: DispatcherOptions = { batchSize: 200, idleMs: 250, maxBackoffMs: 5 * 60_000 };

interface Lane {
  adapter: ChannelAdapter;
  pacer: Pacer;
}

/** Reads the outbox and sends what is due. */
export class Dispatcher {
  private readonly lanes = new Map<ChannelId, Lane>();
  private readonly inFlight = new Map<string, Promise<void>>();
  private readonly options: DispatcherOptions;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private passing = false;

  constructor(
    private readonly db: Db,
    private readonly documents: DocumentStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
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
      if (this.inFlight.size === 0 && this.pending() === 0) return true;
      if (Date.now() >= deadline) return false;
      await sleep(10);
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
      this.logger.error({ err: error }, 'dispatcher pass failed');
      return this.options.idleMs;
    } finally {
      this.passing = false;
    }
  }

  private passChannel(channel: ChannelId, lane: Lane): number {
    const now = this.clock.now().getTime();
    const globalWait = lane.pacer.globalWait(now);
    if (globalWait > 0) return globalWait;
    const seen = new Set<string>();
    let next = this.options.idleMs;
    for (const row of pendingRows(this.db, channel, this.options.batchSize)) {
      if (seen.has(row.address)) continue;
      seen.add(row.address);
      const key = `${channel}:${row.address}`;
      if (this.inFlight.has(key)) continue;
      const wait = Math.max(row.nextAttemptAt.getTime() - now, lane.pacer.chatWait(row.address, now));
      if (wait > 0) {
        next = Math.min(next, wait);
        continue;
      }
      lane.pacer.record(row.address, now);
      const sending = this.send(lane, row).finally(() => {
        this.inFlight.delete(key);
        this.wake();
      });
      this.inFlight.set(key, sending);
      const full = lane.pacer.globalWait(now);
      if (full > 0) return Math.min(next, full);
    }
    return next;
  }

  private async send(lane: Lane, row: OutboxRow): Promise<void> {
    const message: OutboundMessage = {
      id: row.id,
      channel: row.channel as ChannelId,
      address: row.address,
      ...(row.payload.key ? { key: row.payload.key } : {}),
      text: row.payload.text,
      ...(row.payload.choices ? { choices: row.payload.choices } : {}),
      ...(row.payload.file
        ? { file: { name: row.payload.file.name, mime: row.payload.file.mime, path: this.documents.pathOf(row.payload.file.sha256) } }
        : {}),
    };
    let result: SendResult;
    try {
      result = await lane.adapter.send(message);
    } catch (error) {
      result = { kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
    }
    this.record(lane, row, result);
  }

  private record(lane: Lane, row: OutboxRow, result: SendResult): void {
    const now = this.clock.now();
    switch (result.kind) {
      case 'sent':
        markSent(this.db, row.id, now);
        return;
      case 'retry': {
        const until = now.getTime() + result.afterMs;
        if (result.scope === 'channel') lane.pacer.holdAll(until);
        else lane.pacer.holdChat(row.address, until);
        postpone(this.db, row.id, row.attempts + 1, new Date(until), result.reason);
        return;
      }
      case 'transient': {
        const backoff = Math.min(this.options.maxBackoffMs, 1000 * 2 ** row.attempts) * (0.5 + Math.random() / 2);
        postpone(this.db, row.id, row.attempts + 1, new Date(now.getTime() + backoff), result.reason);
        this.logger.warn({ channel: row.channel, outboxId: row.id, attempts: row.attempts + 1 }, 'send failed; will retry');
        return;
      }
      case 'unreachable':
        markRecipientUnreachable(this.db, row.identityId, result.reason, now);
        this.logger.info({ channel: row.channel, outboxId: row.id }, 'recipient unreachable; identity marked');
        return;
      case 'failed':
        markFailed(this.db, row.id, result.reason);
        this.logger.warn({ channel: row.channel, outboxId: row.id, reason: result.reason }, 'message refused by the platform; marked failed');
        return;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
