/** Whether a person wants non-essential reminders (people.reminders_muted). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './db.js';
import { people } from './schema.js';

/** Mutes or unmutes a person's non-essential reminders. */
export function setRemindersMuted(db: Db, personId: number, muted: boolean): void {
  db.update(people).set({ remindersMuted: muted }).where(eq(people.id, personId)).run();
}

/** Those of `personIds` who have not muted non-essential reminders. */
export function unmuted(db: Db, personIds: readonly number[]): number[] {
  if (personIds.length === 0) return [];
  const open = new Set(
    db
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, [...personIds]), eq(people.remindersMuted, false)))
      .all()
      .map((row) => row.id),
  );
  return personIds.filter((id) => open.has(id));
}
