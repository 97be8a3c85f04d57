import { and, eq, gt, inArray, isNotNull, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { isSessionProduct } from '../domain/activities.js';
import { decisionCounts, isDecisionSubject, type DecisionSubject } from '../domain/quorum.js';
import type { PlanStatus } from '../domain/plan.js';
import { dependentsOf, opensWhenDone, type GadState, type PlanFacts } from '../domain/readiness.js';
import { recordActivityEvent } from './activity-events.js';
import { isRoleId, type RoleId } from '../domain/roles.js';
import { among } from './among.js';
import type { Db } from './db.js';
import { foroMembers } from './foro.js';
import { prepared } from './prepared.js';
import { REPORT_PDF_PRODUCT } from './plans.js';
import { TRAINING_ATTENDANCE_PRODUCT, TRAINING_MATERIALS_PRODUCT } from './trainings.js';
import { activityProgress, documents, foroEntities, invites, memberships } from './schema.js';

/** A progress row. */
export type ProgressRow = typeof activityProgress.$inferSelect;

/** Every progress row of a GAD, by activity number. */
export function progressOf(db: Db, gadId: number): Map<number, ProgressRow> {
  const rows = db.select().from(activityProgress).where(eq(activityProgress.gadId, gadId)).all();
  return new Map(rows.map((row) => [row.activity, row]));
}

/** The activities a GAD has done. */
export function doneActivities(db: Db, gadId: number): Set<number> {
  return new Set(
    prepared(db, 'gadState.done', () =>
      db
        .select({ activity: activityProgress.activity })
        .from(activityProgress)
        .where(and(eq(activityProgress.gadId, sql.placeholder('gadId')), isNotNull(activityProgress.doneAt)))
        .prepare(),
    )
      .all({ gadId })
      .map((row) => row.activity),
  );
}

/** What the Guía's rules need to know of a GAD. */
export function gadState(db: Db, gadId: number): GadState {
  const byGad = { gadId };
  const done = doneActivities(db, gadId);
  const products = prepared(db, 'gadState.uploaded', () =>
    db
      .select({ product: documents.product, attached: sql<number>`max(${documents.sessionId} IS NOT NULL)` })
      .from(documents)
      .where(eq(documents.gadId, sql.placeholder('gadId')))
      .groupBy(documents.product)
      .prepare(),
  ).all(byGad);
  // A session's acta counts only when it is attached to a real session.
  const uploaded = new Set(products.filter((row) => row.attached || !isSessionProduct(row.product)).map((row) => row.product));
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
      db
        .selectDistinct({ role: invites.role })
        .from(invites)
        .where(and(eq(invites.gadId, sql.placeholder('gadId')), isNull(invites.revokedAt)))
        .prepare(),
    ).all(byGad),
  ];
  for (const row of roles) if (isRoleId(row.role)) designated.add(row.role);
  const mappedSectors = new Set(
    prepared(db, 'gadState.mapped', () =>
      db.selectDistinct({ sector: foroEntities.sector }).from(foroEntities).where(eq(foroEntities.gadId, sql.placeholder('gadId'))).prepare(),
    )
      .all(byGad)
      .map((row) => row.sector),
  );
  const invitedSectors = new Set(
    (
      prepared(db, 'gadState.invitedSectors', () =>
        db.$client.prepare(
          `SELECT json_extract(attributes, '$.sector') AS sector FROM invites
           WHERE gad_id = ? AND role = 'foro' AND revoked_at IS NULL AND json_extract(attributes, '$.sector') IS NOT NULL
           UNION SELECT sector FROM memberships WHERE gad_id = ? AND role = 'foro' AND ended_at IS NULL AND sector IS NOT NULL`,
        ),
      ).all(gadId, gadId) as { sector: string }[]
    ).map((row) => row.sector),
  );
  return { done, uploaded, designated, foro: foroMembers(db, gadId), mappedSectors, invitedSectors, plan: planFacts(db, gadId), decisions: approvedSubjects(db, gadId), trained: trainedActivities(db, gadId) };
}

/** The activities (4, 12) with a training whose attendance list and materials are stored. */
function trainedActivities(db: Db, gadId: number): Set<number> {
  const rows = prepared(db, 'gadState.trained', () =>
    db.$client.prepare(
      `SELECT t.activity AS activity FROM trainings t
       WHERE t.gad_id = ? AND t.attendance_recorded_at IS NOT NULL
         AND EXISTS (SELECT 1 FROM documents d WHERE d.training_id = t.id AND d.product = '${TRAINING_ATTENDANCE_PRODUCT}')
         AND EXISTS (SELECT 1 FROM documents d WHERE d.training_id = t.id AND d.product = '${TRAINING_MATERIALS_PRODUCT}')`,
    ),
  ).all(gadId) as { activity: number }[];
  return new Set(rows.map((row) => row.activity));
}

/** The subjects a GAD's Foro approved in a session with quorum. */
function approvedSubjects(db: Db, gadId: number): Set<DecisionSubject> {
  const rows = prepared(db, 'gadState.decisions', () =>
    db.$client.prepare('SELECT subject, quorum, outcome FROM session_decisions WHERE gad_id = ?'),
  ).all(gadId) as { subject: string; quorum: number; outcome: string }[];
  return new Set(rows.filter((row) => decisionCounts({ quorum: row.quorum === 1, outcome: row.outcome })).map((row) => row.subject).filter(isDecisionSubject));
}

/** The latest plan of a GAD as the rules see it: status, report stored at closing, commitments in force and how many were evaluated. */
function planFacts(db: Db, gadId: number): PlanFacts | undefined {
  const row = prepared(db, 'gadState.plan', () =>
    db.$client.prepare(
      `SELECT p.status AS status,
         EXISTS (SELECT 1 FROM documents d WHERE d.gad_id = p.gad_id AND d.product = '${REPORT_PDF_PRODUCT}'
                 AND p.closed_at IS NOT NULL AND d.created_at >= p.closed_at) AS reportStored,
         (SELECT count(*) FROM commitments c WHERE c.plan_id = p.id AND c.withdrawn_at IS NULL) AS commitments,
         (SELECT count(*) FROM evaluations e JOIN commitments c ON c.id = e.commitment_id WHERE c.plan_id = p.id AND c.withdrawn_at IS NULL) AS evaluated
       FROM plans p WHERE p.gad_id = ? ORDER BY p.id DESC LIMIT 1`,
    ),
  ).get(gadId) as { status: PlanStatus; reportStored: number; commitments: number; evaluated: number } | undefined;
  return row && { status: row.status, reportStored: row.reportStored === 1, commitments: row.commitments, evaluated: row.evaluated };
}

/**
 * Records an activity as done (and the event, with whom the bot told) and opens the ones
 * it unblocks (their opened_at is when the stall clock starts). Returns the activities
 * newly opened.
 */
export function markActivityDone(db: Db, gadId: number, activity: number, personId: number | null, now: Date, notified: readonly number[] = []): number[] {
  db.insert(activityProgress)
    .values({ gadId, activity, openedAt: now, doneAt: now, doneByPersonId: personId })
    .onConflictDoUpdate({
      target: [activityProgress.gadId, activityProgress.activity],
      set: { doneAt: now, doneByPersonId: personId },
    })
    .run();
  recordActivityEvent(db, { gadId, activity, kind: 'done', personId, notified, at: now });
  const opened = opensWhenDone(activity, doneActivities(db, gadId));
  for (const next of opened) openActivity(db, gadId, next.number, now);
  return opened.map((a) => a.number);
}

/**
 * Reopens a done activity with its reason: it is open again (its stall clock restarts),
 * the event is kept with whom the bot told, and nothing earlier is deleted.
 */
export function reopenActivity(db: Db, gadId: number, activity: number, by: { personId: number | null; reason: string; notified: readonly number[]; now: Date }): void {
  db.update(activityProgress)
    .set({ doneAt: null, doneByPersonId: null, openedAt: by.now })
    .where(and(eq(activityProgress.gadId, gadId), eq(activityProgress.activity, activity)))
    .run();
  // Activities not done that needed it are no longer open: their stall clock stops until it is done again.
  const waiting = dependentsOf(activity);
  if (waiting.length > 0) {
    db.update(activityProgress)
      .set({ openedAt: null })
      .where(and(eq(activityProgress.gadId, gadId), isNull(activityProgress.doneAt), inArray(activityProgress.activity, waiting)))
      .run();
  }
  recordActivityEvent(db, { gadId, activity, kind: 'reopened', personId: by.personId, reason: by.reason, notified: by.notified, at: by.now });
}

/** Starts an activity's stall clock, if it is not running (never started, or stopped by a reopening). */
export function openActivity(db: Db, gadId: number, activity: number, now: Date): void {
  db.insert(activityProgress)
    .values({ gadId, activity, openedAt: now })
    .onConflictDoUpdate({ target: [activityProgress.gadId, activityProgress.activity], set: { openedAt: now }, setWhere: isNull(activityProgress.openedAt) })
    .run();
}

/** An activity open in a GAD and when it opened. */
export interface OpenStep {
  gadId: number;
  activity: number;
  openedAt: Date;
}

/** Open activities with the time they opened (for stall reminders): of every GAD, or of `gadIds`. */
export function openActivitiesSince(db: Db, gadIds?: readonly number[]): OpenStep[] {
  return openActivitiesWhere(db, gadIds ? among(activityProgress.gadId, gadIds) : undefined);
}

/** Open activities that opened after `from` and by `to` (through the index on when they opened). */
export function activitiesOpenedWithin(db: Db, from: Date, to: Date): OpenStep[] {
  return openActivitiesWhere(db, and(gt(activityProgress.openedAt, from), lte(activityProgress.openedAt, to)));
}

function openActivitiesWhere(db: Db, where: SQL | undefined): OpenStep[] {
  return db
    .select({ gadId: activityProgress.gadId, activity: activityProgress.activity, openedAt: activityProgress.openedAt })
    .from(activityProgress)
    .where(and(isNull(activityProgress.doneAt), isNotNull(activityProgress.openedAt), where))
    .all() as OpenStep[];
}

/**
 * Accepted GADs where one of `activities` is open, longest open first (for the national
 * roles' next steps): open activities are read in the order they opened (an index) and
 * the reading stops at the `limit`-th GAD, so the cost does not grow with the country.
 */
export function gadsWithOpenActivities(db: Db, activities: readonly number[], gremios: readonly string[] | undefined, limit: number): number[] {
  if (activities.length === 0 || gremios?.length === 0 || limit < 1) return [];
  const gremioFilter = gremios ? `AND g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  const rows = db.$client
    .prepare(
      `SELECT p.gad_id AS gadId FROM activity_progress p JOIN gads g ON g.id = p.gad_id
       WHERE p.done_at IS NULL AND p.opened_at IS NOT NULL AND g.status = 'accepted'
         AND p.activity IN (${activities.map(() => '?').join(',')}) ${gremioFilter}
       ORDER BY p.opened_at`,
    )
    .iterate(...activities, ...(gremios ?? [])) as IterableIterator<{ gadId: number }>;
  // A GAD's first row is its longest-open activity: the order of first sightings is the order wanted.
  const found = new Set<number>();
  for (const row of rows) {
    found.add(row.gadId);
    if (found.size === limit) break;
  }
  return [...found];
}

/** A GAD's level and status, the highest activity it has done (0 for none) and how many it has done. */
export interface GadStage {
  level: string;
  status: string;
  stage: number;
  doneCount: number;
}

/** Every GAD's stage, of some gremios or (undefined) of all: what /panorama counts. */
export function gadStages(db: Db, gremios: readonly string[] | undefined): GadStage[] {
  const filter = gremios ? `WHERE g.gremio IN (${gremios.map(() => '?').join(',')})` : '';
  return db.$client
    .prepare(
      `SELECT g.level, g.status, COALESCE(MAX(CASE WHEN p.done_at IS NOT NULL THEN p.activity END), 0) AS stage,
         COUNT(CASE WHEN p.done_at IS NOT NULL THEN 1 END) AS doneCount
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
