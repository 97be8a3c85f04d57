/**
 * What became of the platform messages outbox rows went out as: recorded when a message
 * is accepted, moved forward by the platform's status reports (sent → delivered → read,
 * or failed), never backwards when reports arrive out of order or twice.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './db.js';
import { outboxDeliveries } from './schema.js';

/** What the platform says of a message, in the order it can happen. */
export const DELIVERY_STATUSES = ['accepted', 'sent', 'delivered', 'read', 'failed'] as const;
/** One of DELIVERY_STATUSES. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A delivery row. */
export type Delivery = typeof outboxDeliveries.$inferSelect;

/** Records that outbox rows `outboxIds` went out as the platform message `platformId`. */
export function recordDelivery(db: Db, platformId: string, outboxIds: readonly number[], template: string | null, now: Date): void {
  if (outboxIds.length === 0) return;
  db.insert(outboxDeliveries)
    .values(outboxIds.map((outboxId) => ({ platformId, outboxId, template, status: 'accepted', createdAt: now, updatedAt: now })))
    .onConflictDoNothing()
    .run();
}

/**
 * Moves a platform message to `status` (with the platform's error when it failed) unless
 * it is already there or further; returns the rows it moved (none for unknown ids).
 */
export function advanceDelivery(db: Db, platformId: string, status: DeliveryStatus, error: string | null, now: Date): Delivery[] {
  const rank = DELIVERY_STATUSES.indexOf(status);
  const rows = db.select().from(outboxDeliveries).where(eq(outboxDeliveries.platformId, platformId)).all();
  const moving = rows.filter((row) => DELIVERY_STATUSES.indexOf(row.status as DeliveryStatus) < rank);
  if (moving.length === 0) return [];
  db.update(outboxDeliveries)
    .set({ status, error: error?.slice(0, 500) ?? null, updatedAt: now })
    .where(and(eq(outboxDeliveries.platformId, platformId), inArray(outboxDeliveries.outboxId, moving.map((row) => row.outboxId))))
    .run();
  return moving.map((row) => ({ ...row, status, error, updatedAt: now }));
}
