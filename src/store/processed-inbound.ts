import type { Db } from './db.js';
import { processedInbound } from './schema.js';

/**
 * Records an inbound message id; returns false when it was already recorded (a
 * re-delivery, which must change nothing).
 */
export function markProcessed(db: Db, channel: string, externalId: string, now: Date): boolean {
  const result = db.insert(processedInbound).values({ channel, externalId, at: now }).onConflictDoNothing().run();
  return result.changes === 1;
}
