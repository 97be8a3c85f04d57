/** Where each scheduled job stands: the last change it covered and when it last ran to its end. */
import { eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { schedulerCursors } from './schema.js';

/** A job's cursor: the last change sequence it covered and when it last ran to its end. */
export interface Cursor {
  seq: number;
  sweptAt: Date;
}

/** The cursor of the job named `job`, if it ever ran to its end. */
export function cursorOf(db: Db, job: string): Cursor | undefined {
  return prepared(db, 'cursorOf', () =>
    db
      .select({ seq: schedulerCursors.seq, sweptAt: schedulerCursors.sweptAt })
      .from(schedulerCursors)
      .where(eq(schedulerCursors.job, sql.placeholder('job')))
      .prepare(),
  ).get({ job });
}

/** Moves a job's cursor (in the transaction of the work it covers). */
export function advanceCursor(db: Db, job: string, cursor: Cursor): void {
  prepared(db, 'advanceCursor', () =>
    db
      .insert(schedulerCursors)
      .values({ job: sql.placeholder('job'), seq: sql.placeholder('seq'), sweptAt: sql.placeholder('sweptAt') })
      .onConflictDoUpdate({ target: schedulerCursors.job, set: { seq: sql`excluded.seq`, sweptAt: sql`excluded.swept_at` } })
      .prepare(),
  ).run({ job, ...cursor });
}
