import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { ACTIVITIES } from '../domain/activities.js';
import type { GadState } from '../domain/readiness.js';
import { isRoleId, type RoleId } from '../domain/roles.js';
import type { Db } from './db.js';
import { foroMembers } from './foro.js';
import { prepared } from './prepared.js';
import { activityProgress, documents, invites, memberships } from './schema.js';

/** A progress row. */
export type ProgressRow = typeof activityProgress.$inferSelect;

/** Every progress row of a GAD, by activity number. */
export function progressOf(db: Db, gadId: number): Map<number, ProgressRow> {
  const rows = db.select().from(activityProgress).where(eq(activityProgress.gadId, gadId)).all();
  return new Map(rows.map((row) => [row.activity, row]));
}

/** What the Guía's rules need to know of a GAD. */
export function gadState(db: Db, gadId: number): GadState {
  const byGad = { gadId };
  const done = new Set(
    prepared(db, 'gadState.done', () =>
      db
        .select({ activity: activityProgress.activity })
        .from(activityProgress)
        .where(and(eq(activityProgress.gadId, sql.placeholder('gadId')), isNotNull(activityProgress.doneAt)))
        .prepare(),
    )
      .all(byGad)
      .map((row) => row.activity),
  );
  const uploaded = new Set(
    prepared(db, 'gadState.uploaded', () =>
      db.selectDistinct({ product: documents.product }).from(documents).where(eq(documents.gadId, sql.placeholder('gadId'))).prepare(),
    )
      .all(byGad)
      .map((row) => row.product),
  );
  const designated = new Set<RoleId>();
  const roles = [
    ...prepared(db, 'gadState.members', () =>
      db
        .selectDistinct({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.gadId, sql.placeholder('gadId')), isNull(memberships.endedAt)))
        .prepare(),
    ).all(byGad),
    ...prepared(db, 'gadState.invited', () =>
      db.selectDistinct({ role: invites.role }).from(invites).where(eq(invites.gadId, sql.placeholder('gadId'))).prepare(),
    ).all(byGad),
  ];
  for (const row of roles) if (isRoleId(row.role)) designated.add(row.role);
  return { done, uploaded, designated, foro: foroMembers(db, gadId) };
}

/**
 * Records an activity as done and opens the ones it unblocks (their opened_at is when
 * the stall clock starts). Returns the activities newly opened.
 */
export function markActivityDone(db: Db, gadId: number, activity: number, personId: number | null, now: Date): number[] {
  db.insert(activityProgress)
    .values({ gadId, activity, openedAt: now, doneAt: now, doneByPersonId: personId })
    .onConflictDoUpdate({
      target: [activityProgress.gadId, activityProgress.activity],
      set: { doneAt: now, doneByPersonId: personId },
    })
    .run();
  const done = gadState(db, gadId).done;
  const opened = ACTIVITIES.filter((a) => !done.has(a.number) && a.requires.includes(activity) && a.requires.every((n) => done.has(n)));
  for (const next of opened) openActivity(db, gadId, next.number, now);
  return opened.map((a) => a.number);
}

/** Starts an activity's stall clock, if it has not started yet. */
export function openActivity(db: Db, gadId: number, activity: number, now: Date): void {
  db.insert(activityProgress).values({ gadId, activity, openedAt: now }).onConflictDoNothing().run();
}

/** Open activities of every GAD with the time they opened (for stall reminders). */
export function openActivitiesSince(db: Db): { gadId: number; activity: number; openedAt: Date }[] {
  return db
    .select({ gadId: activityProgress.gadId, activity: activityProgress.activity, openedAt: activityProgress.openedAt })
    .from(activityProgress)
    .where(and(isNull(activityProgress.doneAt), isNotNull(activityProgress.openedAt)))
    .all() as { gadId: number; activity: number; openedAt: Date }[];
}

/**
 * Accepted GADs where one of `activities` is open, longest open first (for the national
 * roles' next steps): one query instead of reading every GAD's state.
 */
export function gadsWithOpenActivities(db: Db, activities: readonly number[], gremios: readonly string[] | undefined, limit: number): number[] {
  if (activities.length === 0 || gremios?.length === 0) return [];
  const gremioFilter = gremios ? `AND g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  const rows = db.$client
    .prepare(
      `SELECT p.gad_id AS gadId, MIN(p.opened_at) AS since FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NULL AND p.opened_at IS NOT NULL AND g.status = 'accepted'
         AND p.activity IN (${activities.map(() => '?').join(',')}) ${gremioFilter}
       GROUP BY p.gad_id ORDER BY since LIMIT ?`,
    )
    .all(...activities, ...(gremios ?? []), limit) as { gadId: number }[];
  return rows.map((row) => row.gadId);
}

/** A GAD's level and status, and the highest activity it has done (0 for none). */
export interface GadStage {
  level: string;
  status: string;
  stage: number;
}

/** Every GAD's stage, of some gremios or (undefined) of all: what /panorama counts. */
export function gadStages(db: Db, gremios: readonly string[] | undefined): GadStage[] {
  const filter = gremios ? `WHERE g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  return db.$client
    .prepare(
      `SELECT g.level, g.status, COALESCE(MAX(CASE WHEN p.done_at IS NOT NULL THEN p.activity END), 0) AS stage
       FROM gads g LEFT JOIN activity_progress p ON p.gad_id = g.id ${filter} GROUP BY g.id`,
    )
    .all(...(gremios ?? [])) as GadStage[];
}

/** An open activity of an accepted GAD and when it opened. */
export interface OpenActivity {
  name: string;
  activity: number;
  openedAt: number;
}

/** The `limit` activities open longest in accepted GADs, of some gremios or (undefined) of all. */
export function longestOpenActivities(db: Db, gremios: readonly string[] | undefined, limit: number): OpenActivity[] {
  const filter = gremios ? `AND g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  return db.$client
    .prepare(
      `SELECT g.name, p.activity, p.opened_at AS openedAt FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NULL AND p.opened_at IS NOT NULL AND g.status = 'accepted' ${filter}
       ORDER BY p.opened_at ASC LIMIT ?`,
    )
    .all(...(gremios ?? []), limit) as OpenActivity[];
}
