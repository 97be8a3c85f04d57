/**
 * When each person last wrote, per channel: the start of the 24-hour window in which
 * WhatsApp's Cloud API accepts free-form messages to them.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { serviceWindows } from './schema.js';

/** Records a message a person sent at `at`; an older timestamp (a late replay) changes nothing. */
export function recordInboundAt(db: Db, channel: string, address: string, at: Date): void {
  prepared(db, 'recordInboundAt', () =>
    db
      .insert(serviceWindows)
      .values({ channel: sql.placeholder('channel'), address: sql.placeholder('address'), lastInboundAt: sql.placeholder('at') })
      .onConflictDoUpdate({
        target: [serviceWindows.channel, serviceWindows.address],
        set: { lastInboundAt: sql`max(${serviceWindows.lastInboundAt}, excluded.last_inbound_at)` },
      })
      .prepare(),
  ).run({ channel, address, at });
}

/** When the person at `address` last wrote, if ever. */
export function lastInboundAt(db: Db, channel: string, address: string): Date | undefined {
  return prepared(db, 'lastInboundAt', () =>
    db
      .select({ at: serviceWindows.lastInboundAt })
      .from(serviceWindows)
      .where(and(eq(serviceWindows.channel, sql.placeholder('channel')), eq(serviceWindows.address, sql.placeholder('address'))))
      .prepare(),
  ).get({ channel, address })?.at;
}

/** Forgets when a person last wrote (the platform says their window is closed after all). */
export function closeServiceWindow(db: Db, channel: string, address: string): void {
  db.delete(serviceWindows).where(and(eq(serviceWindows.channel, channel), eq(serviceWindows.address, address))).run();
}
