import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { processedInbound } from './schema.js';

/**
 * Records an inbound message id; returns false when it was already recorded (a
 * re-delivery, which must change nothing).
 */
export function markProcessed(db: Db, channel: string, externalId: string, now: Date): boolean {
  const result = prepared(db, 'markProcessed', () =>
    db
      .insert(processedInbound)
      .values({ channel: sql.placeholder('channel'), externalId: sql.placeholder('externalId'), at: sql.placeholder('at') })
      .onConflictDoNothing()
      .prepare(),
  ).run({ channel, externalId, at: now });
  return result.changes === 1;
}

/** Whether an inbound message id was already handled (an adapter may skip work for a replay). */
export function wasProcessed(db: Db, channel: string, externalId: string): boolean {
  return (
    prepared(db, 'wasProcessed', () =>
      db
        .select({ id: processedInbound.externalId })
        .from(processedInbound)
        .where(and(eq(processedInbound.channel, sql.placeholder('channel')), eq(processedInbound.externalId, sql.placeholder('externalId'))))
        .prepare(),
    ).get({ channel, externalId }) !== undefined
  );
}
