/**
 * Long polling that never goes deaf and never confirms an update before it is stored.
 *
 * Telegram confirms every update below the `offset` of a getUpdates call. The poller asks
 * with the lowest update not yet stored, so an update handled when the process dies, or
 * refused by a full or locked store, is delivered again. Updates of one sender are handled
 * in order, one at a time; different senders' updates concurrently, so a download that
 * never completes holds nobody else. A failed getUpdates — 409 Conflict (another process
 * polls with this token, or a webhook is set), 401, 429, a network error — is logged and
 * retried with growing delays, for as long as the process runs.
 */
import { BotError, GrammyError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { KeyedQueue } from '../../shared/keyed-queue.js';

/** How the poller is set up. */
export interface PollerOptions {
  bot: Bot;
  /** Long-polling timeout in seconds. */
  timeoutSeconds: number;
  allowedUpdates: readonly string[];
  logger: Logger;
  /** The sender an update comes from; one sender's updates are handled in order. */
  senderOf(update: Update): string;
  /** Whether a handling failure means the update was not stored and must be delivered again. */
  isRetryable(error: unknown): boolean;
  /** First and longest wait after failures (default 1 s and 60 s). */
  backoff?: { initialMs: number; maxMs: number };
  /** Makes what was stored durable; called before updates are confirmed. */
  beforeConfirm?: () => void;
}

/** While updates are being handled and nothing new arrived, the next poll waits at most this long. */
const BUSY_POLL_MS = 500;

/** Polls getUpdates and hands each update to the bot's middleware. */
export class Poller {
  /** Updates being handled. */
  private readonly inFlight = new Map<number, Promise<void>>();
  /** Updates stored, not yet confirmed. */
  private readonly handled = new Set<number>();
  /** Updates not stored (the store was unavailable): the next poll fetches them again. */
  private readonly again = new Set<number>();
  /** Senders with an update waiting to be fetched again: their later updates wait too. */
  private readonly held = new Set<string>();
  private readonly queue = new KeyedQueue();
  private readonly backoff: { initialMs: number; maxMs: number };
  private nextOffset = 0;
  private confirmed = 0;
  private storeFailures = 0;
  private resumeAt = 0;
  private running = false;
  private abort = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(private readonly options: PollerOptions) {
    this.backoff = options.backoff ?? { initialMs: 1000, maxMs: 60_000 };
  }

  /** Starts polling in the background. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.poll();
  }

  /** Stops polling, lets the updates in hand finish, and confirms those stored. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.abort.abort();
    await this.loop;
    await this.queue.idle();
    const offset = this.offset();
    if (offset > this.confirmed) {
      this.options.beforeConfirm?.();
      await this.options.bot.api
        .getUpdates({ offset, limit: 1, timeout: 0 }, asGrammySignal(AbortSignal.timeout(5000)))
        .then(() => (this.confirmed = offset))
        .catch((error: unknown) => this.options.logger.warn({ err: error }, 'telegram could not confirm the stored updates; they will be delivered again'));
    }
  }

  /** The offset that confirms exactly the updates stored: the lowest one still owed. */
  private offset(): number {
    let lowest = this.nextOffset;
    for (const id of this.inFlight.keys()) lowest = Math.min(lowest, id);
    for (const id of this.again) lowest = Math.min(lowest, id);
    return lowest;
  }

  private async poll(): Promise<void> {
    const { bot, logger, timeoutSeconds, allowedUpdates } = this.options;
    let failures = 0;
    while (this.running) {
      const pause = this.resumeAt - Date.now();
      if (pause > 0) await this.sleep(pause);
      if (!this.running) break;
      const offset = this.offset();
      let updates: Update[];
      try {
        if (offset > this.confirmed) this.options.beforeConfirm?.();
        updates = await bot.api.getUpdates(
          { offset, limit: 100, timeout: timeoutSeconds, allowed_updates: allowedUpdates as never },
          asGrammySignal(this.abort.signal),
        );
      } catch (error) {
        if (!this.running) break;
        failures++;
        const delay = this.delayAfter(error, failures);
        logger.error({ err: error, attempt: failures, retryInMs: delay }, pollingFailure(error));
        await this.sleep(delay);
        continue;
      }
      if (failures > 0) logger.warn({ after: failures }, 'telegram polling resumed');
      failures = 0;
      this.confirmed = Math.max(this.confirmed, offset);
      for (const id of this.handled) if (id < offset) this.handled.delete(id);
      this.held.clear();
      let fresh = 0;
      for (const update of updates) {
        const id = update.update_id;
        this.nextOffset = Math.max(this.nextOffset, id + 1);
        if (this.inFlight.has(id) || this.handled.has(id)) continue;
        this.again.delete(id);
        fresh++;
        this.dispatch(update);
      }
      // Everything returned is already in hand: wait for some of it rather than ask again at once.
      if (fresh === 0 && this.inFlight.size > 0) await Promise.race([...this.inFlight.values(), this.sleep(BUSY_POLL_MS)]);
    }
  }

  private dispatch(update: Update): void {
    const id = update.update_id;
    const sender = this.options.senderOf(update);
    const handling = this.queue.run(sender, async () => {
      try {
        if (this.held.has(sender) || Date.now() < this.resumeAt || !this.running) {
          this.again.add(id);
          this.held.add(sender);
          return;
        }
        await this.options.bot.handleUpdate(update);
        this.handled.add(id);
        this.storeFailures = 0;
      } catch (error) {
        const cause = error instanceof BotError ? error.error : error;
        if (this.options.isRetryable(cause)) {
          this.again.add(id);
          this.held.add(sender);
          this.storeFailures++;
          const delay = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** (this.storeFailures - 1));
          this.resumeAt = Math.max(this.resumeAt, Date.now() + delay);
          this.options.logger.warn({ err: cause, updateId: id, retryInMs: delay }, 'telegram update not stored; it stays unconfirmed and is fetched again');
        } else {
          // A bug, not the store: confirmed, so one bad update cannot come back forever.
          this.handled.add(id);
          this.options.logger.error({ err: cause, updateId: id }, 'telegram update not handled');
        }
      } finally {
        this.inFlight.delete(id);
      }
    });
    this.inFlight.set(id, handling);
  }

  /** The wait before the next getUpdates after `failures` failures in a row. */
  private delayAfter(error: unknown, failures: number): number {
    const { initialMs, maxMs } = this.backoff;
    if (error instanceof GrammyError && error.error_code === 429 && error.parameters.retry_after !== undefined) {
      return error.parameters.retry_after * 1000;
    }
    const first = error instanceof GrammyError && (error.error_code === 409 || error.error_code === 401) ? initialMs * 2 : initialMs * 3;
    return Math.min(maxMs, first * 2 ** (failures - 1));
  }

  /** Sleeps `ms`, or less if the poller stops. */
  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.abort.signal;
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done);
    });
  }
}

/** grammY types its signals with an AbortController shim; on Node it takes the built-in one. */
function asGrammySignal(signal: AbortSignal): Parameters<Bot['api']['getUpdates']>[1] {
  return signal as unknown as Parameters<Bot['api']['getUpdates']>[1];
}

/** What an operator reads when getUpdates fails. */
function pollingFailure(error: unknown): string {
  if (error instanceof GrammyError && error.error_code === 409) {
    return 'telegram answered 409 Conflict: another process polls with this token, or a webhook is set; retrying';
  }
  if (error instanceof GrammyError && error.error_code === 401) return 'telegram refused the bot token (401); retrying';
  return 'telegram getUpdates failed; retrying';
}
