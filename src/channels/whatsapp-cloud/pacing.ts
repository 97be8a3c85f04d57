/**
 * The Cloud API's sending limits, as the dispatcher enforces them: about one message per
 * 6 s to one person (error 131056 past it) and a throughput per business number (80
 * messages/s by default; error 130429 past it). When Meta still says "too many", the
 * adapter asks the dispatcher to wait longer each time, for that person or for all.
 */
import type { ChannelLimits } from '../types.js';
import { WHATSAPP_DOCUMENT_LIMIT_BYTES } from '../whatsapp-common/limits.js';

/** The shortest wait after a 131056: Meta's one message per 6 s to a person. */
export const PAIR_INTERVAL_MS = 6_000;

/** The dispatcher's limits for the configured pacing (and WhatsApp's largest document). */
export function cloudLimits(options: { globalPerSecond: number; perChatIntervalMs: number }): ChannelLimits {
  return { globalPerSecond: options.globalPerSecond, perChatIntervalMs: options.perChatIntervalMs, maxFileBytes: WHATSAPP_DOCUMENT_LIMIT_BYTES };
}

/** A wait that doubles with each consecutive refusal for the same key, until a success resets it. */
export class Backoff {
  private readonly refusals = new Map<string, number>();

  constructor(
    private readonly baseMs: number,
    private readonly maxMs: number,
  ) {}

  /** The wait after one more refusal for `key`. */
  next(key: string): number {
    const refusals = this.refusals.get(key) ?? 0;
    this.refusals.set(key, refusals + 1);
    return Math.min(this.maxMs, this.baseMs * 2 ** refusals);
  }

  /** Forgets the refusals of `key` (a send went through). */
  reset(key: string): void {
    this.refusals.delete(key);
  }
}
