import { and, asc, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { inTransaction, type Db } from './db.js';
import { prepared } from './prepared.js';
import { markUnreachable, type Identity } from './people.js';
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

/** Marks a row as failed for good (the platform refused it), with the reason. */
export function markFailed(db: Db, id: number, reason: string): void {
  db.update(outbox).set({ status: 'failed', lastError: reason.slice(0, 500) }).where(eq(outbox.id, id)).run();
}

/** One outbox row by id. */
export function outboxRow(db: Db, id: number): OutboxRow | undefined {
  return db.select().from(outbox).where(eq(outbox.id, id)).get();
}

/**
 * The pending rows to an address queued after row `afterId` and due by `now`, in order:
 * what may go out together with that row.
 */
export function followingRows(db: Db, channel: string, address: string, afterId: number, now: Date, limit: number): OutboxRow[] {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), eq(outbox.channel, channel), gt(outbox.id, afterId), eq(outbox.address, address), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.id))
    .limit(limit)
    .all();
}

/** Marks rows as sent together (they went out merged into one message). */
export function markAllSent(db: Db, ids: readonly number[], now: Date): void {
  if (ids.length > 0) db.update(outbox).set({ status: 'sent', sentAt: now }).where(inArray(outbox.id, [...ids])).run();
}

/**
 * Puts a sent row back in the queue, due now, with the reason (the platform failed it
 * afterwards, or the person asked for the full message). Returns false if it was not sent.
 */
export function reopen(db: Db, id: number, reason: string, now: Date): boolean {
  const result = db
    .update(outbox)
    .set({ status: 'pending', nextAttemptAt: now, lastError: reason.slice(0, 500) })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'sent')))
    .run();
  return result.changes === 1;
}

/** Marks an identity unreachable and every row still pending for it. */
export function markRecipientUnreachable(db: Db, identityId: number, reason: string, now: Date): void {
  inTransaction(db, () => {
    markUnreachable(db, identityId, now);
    markIdentityRowsUnreachable(db, identityId, reason);
  });
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
