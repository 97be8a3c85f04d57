import { eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { schedulerMarks } from './schema.js';

/** Whether the scheduler already announced the fact named `key`. */
export function isMarked(db: Db, key: string): boolean {
  return (
    prepared(db, 'isMarked', () =>
      db.select({ key: schedulerMarks.key }).from(schedulerMarks).where(eq(schedulerMarks.key, sql.placeholder('key'))).prepare(),
    ).get({ key }) !== undefined
  );
}

/** Records that the fact named `key` was announced (in the same transaction as its messages). */
export function mark(db: Db, key: string, at: Date): void {
  prepared(db, 'mark', () =>
    db
      .insert(schedulerMarks)
      .values({ key: sql.placeholder('key'), at: sql.placeholder('at') })
      .onConflictDoNothing()
      .prepare(),
  ).run({ key, at });
}
