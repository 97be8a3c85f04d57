/**
 * The GADs changed since a point, as the triggers of drizzle/0020 record them: what lets a
 * scheduled job read only the GADs whose data moved since its last run.
 */
import { and, gt, lte, max, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { schedulerChanges } from './schema.js';

/** What changed since a job last ran to its end: the GADs whose rows changed, and when that run was. */
export interface Changes {
  readonly gads: readonly number[];
  readonly since: Date;
}

/** The sequence number of the latest change recorded (0 before any). */
export function latestChange(db: Db): number {
  return prepared(db, 'latestChange', () => db.select({ seq: max(schedulerChanges.seq) }).from(schedulerChanges).prepare()).get()?.seq ?? 0;
}

/** The GADs whose latest change is after `after` and at most `upTo`. */
export function gadsChangedBetween(db: Db, after: number, upTo: number): number[] {
  return prepared(db, 'gadsChangedBetween', () =>
    db
      .select({ gadId: schedulerChanges.gadId })
      .from(schedulerChanges)
      .where(and(gt(schedulerChanges.seq, sql.placeholder('after')), lte(schedulerChanges.seq, sql.placeholder('upTo'))))
      .prepare(),
  )
    .all({ after, upTo })
    .map((row) => row.gadId);
}
