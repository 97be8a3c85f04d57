import { and, eq, inArray, like, lt } from 'drizzle-orm';
import type { Db } from './db.js';
import { channelState } from './schema.js';

/** Reads one value of a channel's small state. */
export function readChannelState(db: Db, channel: string, key: string): string | undefined {
  return db
    .select({ value: channelState.value })
    .from(channelState)
    .where(and(eq(channelState.channel, channel), eq(channelState.key, key)))
    .get()?.value;
}

/** Writes one value of a channel's small state. */
export function writeChannelState(db: Db, channel: string, key: string, value: string, now: Date): void {
  db.insert(channelState)
    .values({ channel, key, value, updatedAt: now })
    .onConflictDoUpdate({ target: [channelState.channel, channelState.key], set: { value, updatedAt: now } })
    .run();
}

/** Reads several values of a channel's small state; keys not stored are left out. */
export function readChannelStates(db: Db, channel: string, keys: readonly string[]): { key: string; value: string }[] {
  return db
    .select({ key: channelState.key, value: channelState.value })
    .from(channelState)
    .where(and(eq(channelState.channel, channel), inArray(channelState.key, [...keys])))
    .all();
}

/** Deletes one value of a channel's small state. */
export function deleteChannelState(db: Db, channel: string, key: string): void {
  db.delete(channelState).where(and(eq(channelState.channel, channel), eq(channelState.key, key))).run();
}

/** Deletes a channel's values whose key starts with `prefix` (no LIKE wildcards in it); with `before`, only those last written earlier. */
export function deleteChannelStatePrefix(db: Db, channel: string, prefix: string, before?: Date): void {
  db.delete(channelState)
    .where(and(eq(channelState.channel, channel), like(channelState.key, `${prefix}%`), before ? lt(channelState.updatedAt, before) : undefined))
    .run();
}

/** The key under which the Telegram adapter records its bot's username at start. */
export const TELEGRAM_USERNAME_KEY = 'bot_username';

/** The t.me deep link that starts the bot with `payload` (an invite code, a plan's link), once the bot's username is known. */
export function telegramDeepLink(db: Db, payload: string): string | undefined {
  const username = readChannelState(db, 'telegram', TELEGRAM_USERNAME_KEY);
  return username ? `https://t.me/${username}?start=${payload}` : undefined;
}
