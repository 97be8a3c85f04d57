/** Where the bot reads the time; tests pass a fake one. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Milliseconds in a day (of elapsed time, not of a calendar: see zoned-time for those). */
export const DAY_MS = 86_400_000;
