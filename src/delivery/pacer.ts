/**
 * Spacing of sends for one channel, as the platform counts them: at most
 * `globalPerSecond` sends in any window of one second across all chats, spread out
 * rather than in bursts, and at least
 * `perChatIntervalMs` between two sends to one chat (plus optional random jitter). A
 * send counts from when it was decided, plus a small safety margin, until it is answered,
 * and from then on from its answer alone: a request that left late (the event loop was
 * busy) can only have reached the server before its answer came back, so spacing from the
 * answer is never too short, and needs no margin.
 */
import type { ChannelLimits } from '../channels/types.js';

/** Milliseconds added to a send not answered yet, and to every per-chat interval, so the server never sees one too short. */
export const SAFETY_MARGIN_MS = 30;
/**
 * Sends are also spread out: at least this share of the average interval between two
 * consecutive sends, so a full window never leaves as one burst (a burst reaches the
 * server spread over its own latency, which can crowd the next window).
 */
const SPREAD = 0.9;

/** Decides when the next message may go, overall and to each chat. */
export class Pacer {
  /** When each of the last sends counts from (see the class comment), oldest first; at most `capacity` of them. */
  private readonly recent: number[] = [];
  /** When the last send was decided, for the spread. */
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private readonly capacity: number;
  private readonly windowMs: number;
  private readonly spacingMs: number;
  private readonly nextChatAt = new Map<string, number>();
  /** No send at all before this time (the platform asked the whole channel to wait). */
  private heldUntil = 0;

  constructor(
    private readonly limits: ChannelLimits,
    private readonly random: () => number = Math.random,
  ) {
    this.capacity = Math.max(1, Math.floor(limits.globalPerSecond));
    this.windowMs = (this.capacity * 1000) / limits.globalPerSecond;
    this.spacingMs = (SPREAD * 1000) / limits.globalPerSecond;
  }

  /** Milliseconds until any send may go (0: now). */
  globalWait(nowMs: number): number {
    const spread = this.lastSentAt + this.spacingMs - nowMs;
    const window = this.recent.length < this.capacity ? 0 : this.recent[0]! + this.windowMs - nowMs;
    return Math.max(0, spread, window, this.heldUntil - nowMs);
  }

  /** Milliseconds until a send to `address` may go, ignoring the global limit (0: now). */
  chatWait(address: string, nowMs: number): number {
    return Math.max(0, (this.nextChatAt.get(address) ?? 0) - nowMs);
  }

  /** Records a send to `address` at `nowMs`. */
  record(address: string, nowMs: number): void {
    this.lastSentAt = nowMs;
    this.count(nowMs + SAFETY_MARGIN_MS);
    if (this.recent.length > this.capacity) this.recent.shift();
    const interval = this.limits.perChatIntervalMs > 0 ? this.limits.perChatIntervalMs + SAFETY_MARGIN_MS : 0;
    const jitter = this.limits.jitterMs ? this.random() * this.limits.jitterMs : 0;
    this.nextChatAt.set(address, nowMs + interval + jitter);
    if (this.nextChatAt.size > 50_000) this.forgetPast(nowMs);
  }

  /** A send recorded at `sentAtMs` was answered at `answeredAtMs`: the limits count from the answer. */
  answered(address: string, sentAtMs: number, answeredAtMs: number): void {
    if (answeredAtMs < sentAtMs) return;
    const index = this.recent.indexOf(sentAtMs + SAFETY_MARGIN_MS);
    if (index >= 0) {
      this.recent.splice(index, 1);
      this.count(answeredAtMs);
    }
    if (this.limits.perChatIntervalMs > 0) {
      const after = answeredAtMs + this.limits.perChatIntervalMs + SAFETY_MARGIN_MS;
      this.nextChatAt.set(address, Math.max(this.nextChatAt.get(address) ?? 0, after));
    }
  }

  /** Holds every send to `address` back until `untilMs` (the platform asked to wait). */
  holdChat(address: string, untilMs: number): void {
    this.nextChatAt.set(address, Math.max(this.nextChatAt.get(address) ?? 0, untilMs));
  }

  /** Holds every send on the channel back until `untilMs`. */
  holdAll(untilMs: number): void {
    this.heldUntil = Math.max(this.heldUntil, untilMs);
  }

  /** Adds a send counting from `atMs` to the window, keeping it sorted. */
  private count(atMs: number): void {
    let at = this.recent.length;
    while (at > 0 && this.recent[at - 1]! > atMs) at--;
    this.recent.splice(at, 0, atMs);
  }

  private forgetPast(nowMs: number): void {
    for (const [address, at] of this.nextChatAt) if (at <= nowMs) this.nextChatAt.delete(address);
  }
}
