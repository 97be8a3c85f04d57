/**
 * What to do when the WhatsApp connection closes: a pure policy, driven by the caller's
 * clock, so it is tested without timers. Transient reasons reconnect after an exponential
 * delay with jitter (1 s, 2 s, 4 s ... capped), reset once a connection has stayed open
 * long enough; a logout stops for good; reasons that reconnecting cannot fix stop too.
 */
import { DisconnectReason } from '@whiskeysockets/baileys';

/** The adapter's next move after a close. */
export type CloseAction =
  /** Open a new socket after `delayMs`. */
  | { kind: 'reconnect'; delayMs: number }
  /** The phone unlinked the bot: clear the session and tell a person. */
  | { kind: 'logged-out' }
  /** Another client took the session, or WhatsApp refuses this one: stop, keep the session. */
  | { kind: 'stop' };

/** Tuning of the back-off. */
export interface ReconnectOptions {
  /** The first delay. */
  initialDelayMs: number;
  /** The longest delay, jitter included. */
  maxDelayMs: number;
  /** Up to this fraction of the delay is added at random. */
  jitterRatio: number;
  /** A connection open this long counts as stable: the next close starts again at the first delay. */
  stableAfterMs: number;
  /** A number in [0, 1); tests pass a fixed one. */
  random: () => number;
}

/** The production tuning. */
export const DEFAULT_RECONNECT_OPTIONS: ReconnectOptions = {
  initialDelayMs: 1_000,
  maxDelayMs: 60_000,
  jitterRatio: 0.25,
  stableAfterMs: 60_000,
  random: Math.random,
};

/** Close reasons after which reconnecting would loop or fight another client. */
const FINAL_REASONS: ReadonlySet<number> = new Set([
  DisconnectReason.connectionReplaced,
  DisconnectReason.forbidden,
  DisconnectReason.multideviceMismatch,
]);

/** The status code of a close error (`lastDisconnect.error`, a Boom), if it has one. */
export function disconnectCode(error: unknown): number | undefined {
  const code = (error as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Decides, close after close, whether and when to reconnect. */
export class ReconnectPolicy {
  private readonly options: ReconnectOptions;
  private attempts = 0;
  private openedAt: number | undefined;

  constructor(options: Partial<ReconnectOptions> = {}) {
    this.options = { ...DEFAULT_RECONNECT_OPTIONS, ...options };
  }

  /** Records that the connection opened at `nowMs`. */
  opened(nowMs: number): void {
    this.openedAt = nowMs;
  }

  /** The action for a close with status `code` (undefined: no code, treated as transient). */
  closed(code: number | undefined, nowMs: number): CloseAction {
    if (code === DisconnectReason.loggedOut) return { kind: 'logged-out' };
    if (code !== undefined && FINAL_REASONS.has(code)) return { kind: 'stop' };
    if (this.openedAt !== undefined && nowMs - this.openedAt >= this.options.stableAfterMs) this.attempts = 0;
    this.openedAt = undefined;
    const { initialDelayMs, maxDelayMs, jitterRatio, random } = this.options;
    const base = Math.min(maxDelayMs, initialDelayMs * 2 ** this.attempts);
    this.attempts++;
    return { kind: 'reconnect', delayMs: Math.round(Math.min(maxDelayMs, base * (1 + jitterRatio * random()))) };
  }
}
