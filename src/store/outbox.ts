import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import type { Identity } from './people.js';
import { outbox, type OutboxPayload } from './schema.js';

/** An outbox row. */
export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Queues a rendered message for an identity. With a `dedupeKey`, a second call with the
 * same key queues nothing (reminders go out once). Returns whether a row was added.
 */
export function enqueue(
  db: Db,
  identity: Pick<Identity, 'id' | 'channel' | 'address' | 'unreachableAt'>,
  payload: OutboxPayload,
  options: { now: Date; notBefore?: Date; dedupeKey?: string },
): boolean {
  if (identity.unreachableAt) return false;
  const result = prepared(db, 'enqueue', () =>
    db
      .insert(outbox)
      .values({
        identityId: sql.placeholder('identityId'),
        channel: sql.placeholder('channel'),
        address: sql.placeholder('address'),
        payload: sql.placeholder('payload'),
        dedupeKey: sql.placeholder('dedupeKey'),
        nextAttemptAt: sql.placeholder('nextAttemptAt'),
        createdAt: sql.placeholder('createdAt'),
      })
      .onConflictDoNothing()
      .prepare(),
  ).run({
    identityId: identity.id,
    channel: identity.channel,
    address: identity.address,
    payload,
    dedupeKey: options.dedupeKey ?? null,
    nextAttemptAt: options.notBefore ?? options.now,
    createdAt: options.now,
  });
  return result.changes === 1;
}

/** Pending rows of one channel in the order they were queued. */
export function pendingRows(db: Db, channel: string, limit: number): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), eq(outbox.channel, channel)))
    .orderBy(asc(outbox.id))
    .limit(limit)
    .all();
}

/** Marks a row as sent. */
export function markSent(db: Db, id: number, now: Date): void {
  db.update(outbox).set({ status: 'sent', sentAt: now }).where(eq(outbox.id, id)).run();
}

/** Puts a row back for a later attempt. */
export function postpone(db: Db, id: number, attempts: number, nextAttemptAt: Date, error: string): void {
  db.update(outbox).set({ attempts, nextAttemptAt, lastError: error.slice(0, 500) }).where(eq(outbox.id, id)).run();
}

/** Marks every pending row of an identity as unreachable (the person blocked the bot). */
export function markIdentityRowsUnreachable(db: Db, identityId: number, error: string): void {
  db.update(outbox)
    .set({ status: 'unreachable', lastError: error.slice(0, 500) })
    .where(and(eq(outbox.identityId, identityId), inArray(outbox.status, ['pending'])))
    .run();
}

/** How many rows wait to be sent, on one channel or all. */
export function pendingCount(db: Db, channel?: string): number {
  const sql = channel
    ? `SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND channel = ?`
    : `SELECT count(*) AS n FROM outbox WHERE status = 'pending'`;
  const row = db.$client.prepare(sql).get(...(channel ? [channel] : [])) as { n: number };
  return row.n;
}
