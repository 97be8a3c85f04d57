/**
 * What one sender the bot does not know may make it do: at most `perMinute` messages in
 * any minute are handled; the first one past the limit gets one polite notice (and an
 * audit row), the rest are recorded and dropped in silence until the minute has passed.
 * Kept in memory: a restart forgives, which is harmless.
 */

/** What to do with a message from an unregistered sender. */
export type SenderVerdict = 'handle' | 'notify' | 'drop';

const WINDOW_MS = 60_000;

/** Counts each unregistered sender's recent messages. */
export class SenderLimit {
  private readonly recent = new Map<string, { times: number[]; told: boolean }>();

  constructor(private readonly perMinute: number) {}

  /** Counts a message from `sender` at `now` and says what to do with it. */
  check(sender: string, now: Date): SenderVerdict {
    const at = now.getTime();
    let entry = this.recent.get(sender);
    if (!entry) this.recent.set(sender, (entry = { times: [], told: false }));
    while (entry.times.length > 0 && entry.times[0]! <= at - WINDOW_MS) entry.times.shift();
    if (entry.times.length < this.perMinute) {
      entry.times.push(at);
      entry.told = false;
      if (this.recent.size > 10_000) this.forget(at);
      return 'handle';
    }
    if (entry.told) return 'drop';
    entry.told = true;
    return 'notify';
  }

  private forget(at: number): void {
    for (const [sender, entry] of this.recent) if ((entry.times.at(-1) ?? 0) <= at - WINDOW_MS) this.recent.delete(sender);
  }
}
