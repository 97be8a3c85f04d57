import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
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

/**
 * The next row of each chat of a channel (its oldest pending one), oldest chats first:
 * one chat's backlog, however long, takes one place, so every chat gets its turn.
 */
export function pendingHeads(db: Db, channel: string, limit: number): OutboxRow[] {
  const heads = db
    .select({ id: sql<number>`min(${outbox.id})`.as('head_id') })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), eq(outbox.channel, channel)))
    .groupBy(outbox.address)
    .as('heads');
  return db
    .select({ row: outbox })
    .from(outbox)
    .innerJoin(heads, eq(heads.id, outbox.id))
    .orderBy(asc(outbox.id))
    .limit(limit)
    .all()
    .map(({ row }) => row);
}

/** Marks a row as sent; credentials in its text (invite codes) are blanked from the stored copy. */
export function markSent(db: Db, row: Pick<OutboxRow, 'id' | 'payload'>, now: Date): void {
  db.update(outbox).set({ status: 'sent', sentAt: now, ...(row.payload.secrets?.length ? { payload: withoutSecrets(row.payload) } : {}) }).where(eq(outbox.id, row.id)).run();
}

/** What replaces a credential in a sent message's stored text. */
export const SENT_SECRET = '[…]';

/** A payload with its credentials blanked and their list dropped. */
function withoutSecrets(payload: OutboxPayload): OutboxPayload {
  const { secrets = [], ...rest } = payload;
  return { ...rest, text: secrets.reduce((text, secret) => (secret ? text.split(secret).join(SENT_SECRET) : text), rest.text) };
}

/** Gives up on a row for good (a permanent error, or too many attempts), keeping the reason. */
export function markFailed(db: Db, id: number, attempts: number, reason: string): void {
  db.update(outbox).set({ status: 'failed', attempts, lastError: reason.slice(0, 500) }).where(eq(outbox.id, id)).run();
}

/**
 * Replaces a row by its parts (a file too large for the channel): the row is marked
 * `split` and the parts are queued after every row already waiting, in order.
 */
export function splitRow(db: Db, row: OutboxRow, parts: readonly OutboxPayload[], now: Date): void {
  db.update(outbox).set({ status: 'split', lastError: `sent in ${parts.length} parts` }).where(eq(outbox.id, row.id)).run();
  if (parts.length === 0) return;
  db.insert(outbox)
    .values(parts.map((payload) => ({ identityId: row.identityId, channel: row.channel, address: row.address, payload, nextAttemptAt: now, createdAt: now })))
    .run();
}

/** Rows given up on, newest first. */
export function failedRows(db: Db, limit: number): OutboxRow[] {
  return db.select().from(outbox).where(eq(outbox.status, 'failed')).orderBy(desc(outbox.id)).limit(limit).all();
}

/** How many rows were given up on, in all. */
export function failedCount(db: Db): number {
  return db.select({ n: count() }).from(outbox).where(eq(outbox.status, 'failed')).get()?.n ?? 0;
}

/** Queues every failed row again (an operator fixed the cause); returns how many. */
export function retryFailed(db: Db, now: Date): number {
  return db.update(outbox).set({ status: 'pending', attempts: 0, nextAttemptAt: now }).where(eq(outbox.status, 'failed')).run().changes;
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
