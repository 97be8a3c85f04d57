/**
 * Spacing of sends for one channel: a global minimum interval (messages per second
 * across all chats) and a per-chat minimum interval, with optional random jitter.
 */
import type { ChannelLimits } from '../channels/types.js';

/** Decides when the next message may go, overall and to each chat. */
export class Pacer {
  private nextGlobalAt = 0;
  private readonly nextChatAt = new Map<string, number>();
  private readonly globalIntervalMs: number;

  constructor(
    private readonly limits: ChannelLimits,
    private readonly random: () => number = Math.random,
  ) {
    this.globalIntervalMs = 1000 / limits.globalPerSecond;
  }

  /** Milliseconds to wait before a message to `address` may go (0: now). */
  waitFor(address: string, nowMs: number): number {
    const chatAt = this.nextChatAt.get(address) ?? 0;
    return Math.max(0, this.nextGlobalAt - nowMs, chatAt - nowMs);
  }

  /** Records a send to `address` at `nowMs`. */
  record(address: string, nowMs: number): void {
    this.nextGlobalAt = Math.max(this.nextGlobalAt, nowMs) + this.globalIntervalMs;
    const jitter = this.limits.jitterMs ? this.random() * this.limits.jitterMs : 0;
    this.nextChatAt.set(address, nowMs + this.limits.perChatIntervalMs + jitter);
    if (this.nextChatAt.size > 50_000) this.forgetPast(nowMs);
  }

  /** Holds every send to `address` back until `untilMs` (the platform asked to wait). */
  holdChat(address: string, untilMs: number): void {
    this.nextChatAt.set(address, Math.max(this.nextChatAt.get(address) ?? 0, untilMs));
  }

  private forgetPast(nowMs: number): void {
    for (const [address, at] of this.nextChatAt) if (at <= nowMs) this.nextChatAt.delete(address);
  }
}
