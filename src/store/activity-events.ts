/**
 * The history of each activity of a local government: every confirmation and every
 * reopening, with who, why and whom the bot told. Rows are only ever added.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { activityEvents } from './schema.js';

/** An activity event row. */
export type ActivityEvent = typeof activityEvents.$inferSelect;

/** What happened to an activity. */
export type ActivityEventKind = 'done' | 'reopened';

/** Appends an event to an activity's history. */
export function recordActivityEvent(
  db: Db,
  event: { gadId: number; activity: number; kind: ActivityEventKind; personId: number | null; reason?: string | null; notified: readonly number[]; at: Date },
): void {
  prepared(db, 'recordActivityEvent', () =>
    db
      .insert(activityEvents)
      .values({
        gadId: sql.placeholder('gadId'),
        activity: sql.placeholder('activity'),
        kind: sql.placeholder('kind'),
        personId: sql.placeholder('personId'),
        reason: sql.placeholder('reason'),
        notified: sql.placeholder('notified'),
        at: sql.placeholder('at'),
      })
      .prepare(),
  ).run({ ...event, reason: event.reason ?? null, notified: [...new Set(event.notified)] });
}

/** Every event of a GAD's activities, oldest first. */
export function activityEventsOf(db: Db, gadId: number): ActivityEvent[] {
  return db.select().from(activityEvents).where(eq(activityEvents.gadId, gadId)).orderBy(asc(activityEvents.id)).all();
}

/** The events of one activity of a GAD, oldest first. */
export function eventsOfActivity(db: Db, gadId: number, activity: number): ActivityEvent[] {
  return db
    .select()
    .from(activityEvents)
    .where(and(eq(activityEvents.gadId, gadId), eq(activityEvents.activity, activity)))
    .orderBy(asc(activityEvents.id))
    .all();
}
