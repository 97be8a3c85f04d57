/**
 * Foro sessions, their series and their attendance: what /sesiones, /asistencia and /acta
 * change and what the scheduler reads.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, lte, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Recurrence } from '../domain/recurrence.js';
import { among } from './among.js';
import type { Db } from './db.js';
import type { Changes } from './scheduler-changes.js';
import { documents, foroSessions, sessionAttendance, sessionSeries } from './schema.js';

/** A Foro session row. */
export type ForoSession = typeof foroSessions.$inferSelect;
/** A session series row. */
export type SessionSeries = typeof sessionSeries.$inferSelect;
/** An attendance row. */
export type Attendance = typeof sessionAttendance.$inferSelect;
/** A member's answer to an invitation. */
export type AttendanceResponse = 'yes' | 'no';

/** The product id of a session's minutes (acta) in the documents table. */
export const MINUTES_PRODUCT = 'acta_sesion';
/** The product id of a session's calendar file in the documents table. */
export const CALENDAR_PRODUCT = 'calendario';
/** The product id of a document members should read before a session (a pre-read). */
export const PREREAD_PRODUCT = 'lectura_previa';

/** Where and what a session is about. */
export interface SessionPlace {
  place: string | null;
  link: string | null;
  agenda: string | null;
}

/** How long a session lasts, in minutes (120 unless the organizer says otherwise). */
export interface SessionLength {
  durationMinutes?: number;
}

/** Records one session. */
export function createSession(
  db: Db,
  input: SessionPlace & SessionLength & { gadId: number; startsAt: Date; seriesId?: number | null; createdByPersonId: number | null },
  now: Date,
): ForoSession {
  return db
    .insert(foroSessions)
    .values({ ...input, seriesId: input.seriesId ?? null, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** Records a series (its sessions are created one at a time, ahead of each). */
export function createSeries(
  db: Db,
  input: SessionPlace & SessionLength & { gadId: number; rule: Recurrence; createdByPersonId: number | null },
  now: Date,
): SessionSeries {
  return db
    .insert(sessionSeries)
    .values({ ...input, rule: { ...input.rule }, createdAt: now })
    .returning()
    .get();
}

/** The session with that id. */
export function sessionById(db: Db, id: number): ForoSession | undefined {
  return db.select().from(foroSessions).where(eq(foroSessions.id, id)).get();
}

/** The series with that id. */
export function seriesById(db: Db, id: number): SessionSeries | undefined {
  return db.select().from(sessionSeries).where(eq(sessionSeries.id, id)).get();
}

/** Series of a GAD that are not cancelled. */
export function activeSeries(db: Db, gadId: number): SessionSeries[] {
  return db
    .select()
    .from(sessionSeries)
    .where(and(eq(sessionSeries.gadId, gadId), isNull(sessionSeries.cancelledAt)))
    .all();
}

/** Stores the date of the last occurrence materialized. */
export function setSeriesThrough(db: Db, series: SessionSeries, through: string): void {
  db.update(sessionSeries)
    .set({ rule: { ...series.rule, through } })
    .where(eq(sessionSeries.id, series.id))
    .run();
}

/** Scheduled sessions of some GADs that have not started, soonest first. */
export function upcomingSessions(db: Db, gadIds: readonly number[], now: Date, limit = 12): ForoSession[] {
  if (gadIds.length === 0) return [];
  return scheduledAfter(db, now, { gadIds, limit });
}

/** Scheduled sessions starting after `now` and by `until`, of every GAD or of `gadIds`, soonest first (for reminders). */
export function sessionsStartingWithin(db: Db, now: Date, until: Date, gadIds?: readonly number[]): ForoSession[] {
  return scheduledAfter(db, now, { until, gadIds });
}

/**
 * The condition that a session is scheduled, and the index the query should go through:
 * by status (and start), or else by GAD or by end, where the status is written so that
 * SQLite does not take its index, which would read every GAD's sessions.
 */
function isScheduled(path: 'by status' | 'by gad' | 'by end'): SQL {
  return path === 'by status' ? eq(foroSessions.status, 'scheduled') : sql`+${foroSessions.status} = 'scheduled'`;
}

/** Scheduled sessions that start after `now`: of some GADs or all, up to `until`, at most `limit`. */
function scheduledAfter(db: Db, now: Date, where: { gadIds?: readonly number[]; until?: Date; limit?: number }): ForoSession[] {
  const query = db
    .select()
    .from(foroSessions)
    .where(
      and(
        where.gadIds ? among(foroSessions.gadId, where.gadIds) : undefined,
        isScheduled(where.gadIds ? 'by gad' : 'by status'),
        gt(foroSessions.startsAt, now),
        where.until ? lte(foroSessions.startsAt, where.until) : undefined,
      ),
    )
    .orderBy(asc(foroSessions.startsAt))
    .$dynamic();
  return (where.limit === undefined ? query : query.limit(where.limit)).all();
}

/** Sessions of some GADs that have started, still lack minutes and are not older than `since`; the latest 12. */
export function sessionsAwaitingMinutes(db: Db, gadIds: readonly number[], now: Date, since: Date): ForoSession[] {
  if (gadIds.length === 0) return [];
  return awaitingMinutes(db, now, since, { gadIds, limit: 12 });
}

/** Sessions of every GAD (or of `gadIds`) that have started, still lack minutes and are not older than `since` (for minutes requests). */
export function everySessionAwaitingMinutes(db: Db, now: Date, since: Date, gadIds?: readonly number[]): ForoSession[] {
  return awaitingMinutes(db, now, since, { gadIds });
}

/** When a session ends, in ms, as the foro_sessions_end index has it. */
const sessionEnd = sql`${foroSessions.startsAt} + ${foroSessions.durationMinutes} * 60000`;

/** Scheduled sessions without minutes that end after `from` and by `to` (through the index on their end). */
export function sessionsEndingWithin(db: Db, from: Date, to: Date): ForoSession[] {
  return db
    .select()
    .from(foroSessions)
    .where(and(gt(sessionEnd, from.getTime()), lte(sessionEnd, to.getTime()), isScheduled('by end'), isNull(foroSessions.minutesRecordedAt)))
    .all();
}

/** Scheduled sessions started after `since` and by `now` without minutes, latest first: of some GADs or all, at most `limit`. */
function awaitingMinutes(db: Db, now: Date, since: Date, where: { gadIds?: readonly number[]; limit?: number }): ForoSession[] {
  const query = db
    .select()
    .from(foroSessions)
    .where(
      and(
        where.gadIds ? among(foroSessions.gadId, where.gadIds) : undefined,
        isScheduled(where.gadIds ? 'by gad' : 'by status'),
        lte(foroSessions.startsAt, now),
        gt(foroSessions.startsAt, since),
        isNull(foroSessions.minutesRecordedAt),
      ),
    )
    .orderBy(desc(foroSessions.startsAt))
    .$dynamic();
  return (where.limit === undefined ? query : query.limit(where.limit)).all();
}

/** Sessions of a GAD from `since` to `now`, not cancelled, oldest first (those an accountability report covers). */
export function sessionsHeldBetween(db: Db, gadId: number, since: Date, now: Date): ForoSession[] {
  return db
    .select()
    .from(foroSessions)
    .where(and(eq(foroSessions.gadId, gadId), ne(foroSessions.status, 'cancelled'), gte(foroSessions.startsAt, since), lte(foroSessions.startsAt, now)))
    .orderBy(asc(foroSessions.startsAt))
    .all();
}

/**
 * The active series that have no session to come after `now` (the scheduler creates their
 * next one): of every GAD, or, with `changes`, the series of the GADs changed and those
 * whose sessions started since `changes.since` (each status, so the index on it serves).
 */
export function seriesToExtend(db: Db, now: Date, changes?: Changes): number[] {
  const candidates = changes
    ? sql`AND s.id IN (
        SELECT id FROM session_series WHERE ${among(sql.raw('gad_id'), changes.gads)}
        UNION SELECT series_id FROM foro_sessions
          WHERE status IN ('scheduled', 'held', 'cancelled') AND starts_at > ${changes.since.getTime()} AND starts_at <= ${now.getTime()})`
    : sql``;
  const rows = db.all<{ id: number }>(sql`
    SELECT s.id FROM session_series s
    WHERE s.cancelled_at IS NULL ${candidates} AND NOT EXISTS (
      SELECT 1 FROM foro_sessions f WHERE f.gad_id = s.gad_id AND f.starts_at > ${now.getTime()} AND f.series_id = s.id)`);
  return rows.map((row) => row.id);
}

/** A session and one person concerned by it. */
export interface SessionPerson {
  sessionId: number;
  personId: number;
}

/** Scheduled sessions starting after `now` (of every GAD, or of `gadIds`), in id order: what invitations and absences go through, a chunk at a time. */
export function comingSessionIds(db: Db, now: Date, gadIds?: readonly number[]): number[] {
  return db
    .select({ id: foroSessions.id })
    .from(foroSessions)
    .where(and(gadIds ? among(foroSessions.gadId, gadIds) : undefined, isScheduled(gadIds ? 'by gad' : 'by status'), gt(foroSessions.startsAt, now)))
    .orderBy(asc(foroSessions.id))
    .all()
    .map((row) => row.id);
}

/**
 * Foro members not yet invited to a scheduled session of their GAD starting after `now`
 * (new members, and every member of a moved session), by session, in the order members joined.
 (among `sessionIds`) */
export function uninvitedMembers(db: Db, now: Date, sessionIds: readonly number[]): SessionPerson[] {
  return db.all<SessionPerson>(sql`
    SELECT DISTINCT f.id AS sessionId, m.person_id AS personId
    FROM json_each(${JSON.stringify(sessionIds)}) j CROSS JOIN foro_sessions f ON f.id = j.value
      JOIN memberships m ON m.gad_id = f.gad_id AND m.role = 'foro' AND m.ended_at IS NULL
    WHERE f.status = 'scheduled' AND f.starts_at > ${now.getTime()}
      AND NOT EXISTS (SELECT 1 FROM session_attendance a WHERE a.session_id = f.id AND a.person_id = m.person_id)
    ORDER BY f.id, m.id`);
}

/** Principals of a Foro who answered "no" to a scheduled session of their GAD starting after `now` (among `sessionIds`). */
export function absentPrincipals(db: Db, now: Date, sessionIds: readonly number[]): SessionPerson[] {
  return db.all<SessionPerson>(sql`
    SELECT DISTINCT f.id AS sessionId, a.person_id AS personId
    FROM json_each(${JSON.stringify(sessionIds)}) j CROSS JOIN foro_sessions f ON f.id = j.value
      JOIN session_attendance a ON a.session_id = f.id AND a.response = 'no'
      JOIN memberships m ON m.person_id = a.person_id AND m.gad_id = f.gad_id AND m.role = 'foro' AND m.seat = 'principal' AND m.ended_at IS NULL
    WHERE f.status = 'scheduled' AND f.starts_at > ${now.getTime()}`);
}

/** A GAD's Foro: when its first member joined, and when its last session (not cancelled) starts, in ms. */
export interface ForoCadence {
  gadId: number;
  formed: number;
  last: number | null;
}

/** Every GAD with a Foro (or those of `gadIds`), with when it formed and its last session (for the cadence warnings). */
export function foroCadences(db: Db, gadIds?: readonly number[]): ForoCadence[] {
  const ofGads = gadIds ? sql`AND ${among(sql.raw('m.gad_id'), gadIds)}` : sql``;
  return db.all<ForoCadence>(sql`
    SELECT m.gad_id AS gadId, min(m.created_at) AS formed,
      (SELECT max(f.starts_at) FROM foro_sessions f WHERE f.gad_id = m.gad_id AND f.status != 'cancelled') AS last
    FROM memberships m WHERE m.role = 'foro' AND m.ended_at IS NULL AND m.gad_id IS NOT NULL ${ofGads} GROUP BY m.gad_id`);
}

/** Moves a session; earlier answers no longer hold, so members are invited again. */
export function moveSession(db: Db, id: number, startsAt: Date, now: Date): void {
  db.update(foroSessions).set({ startsAt, updatedAt: now }).where(eq(foroSessions.id, id)).run();
  db.delete(sessionAttendance).where(eq(sessionAttendance.sessionId, id)).run();
}

/** Cancels a session. */
export function cancelSession(db: Db, id: number, now: Date): void {
  db.update(foroSessions).set({ status: 'cancelled', updatedAt: now }).where(eq(foroSessions.id, id)).run();
}

/** Cancels a series and its sessions still to come; returns those sessions. */
export function cancelSeries(db: Db, seriesId: number, now: Date): ForoSession[] {
  db.update(sessionSeries).set({ cancelledAt: now }).where(eq(sessionSeries.id, seriesId)).run();
  const coming = db
    .select()
    .from(foroSessions)
    .where(and(eq(foroSessions.seriesId, seriesId), eq(foroSessions.status, 'scheduled'), gt(foroSessions.startsAt, now)))
    .all();
  for (const session of coming) cancelSession(db, session.id, now);
  return coming;
}

/** Records that members were invited (no answer yet); already invited members are left alone. */
export function markInvited(db: Db, sessionId: number, personIds: readonly number[]): void {
  if (personIds.length === 0) return;
  db.insert(sessionAttendance)
    .values(personIds.map((personId) => ({ sessionId, personId })))
    .onConflictDoNothing()
    .run();
}

/** Records a member's answer; returns the answer it replaced. */
export function recordResponse(db: Db, sessionId: number, personId: number, response: AttendanceResponse, now: Date): string | null {
  const before = db
    .select({ response: sessionAttendance.response })
    .from(sessionAttendance)
    .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, personId)))
    .get();
  db.insert(sessionAttendance)
    .values({ sessionId, personId, response, respondedAt: now })
    .onConflictDoUpdate({ target: [sessionAttendance.sessionId, sessionAttendance.personId], set: { response, respondedAt: now } })
    .run();
  return before?.response ?? null;
}

/** Every attendance row of a session. */
export function attendanceOf(db: Db, sessionId: number): Attendance[] {
  return db.select().from(sessionAttendance).where(eq(sessionAttendance.sessionId, sessionId)).all();
}

/** Records who attended a session among `people` (everyone else of them did not); returns who had attended before. */
export function setAttendance(db: Db, sessionId: number, people: readonly number[], attended: ReadonlySet<number>): number[] {
  const before = attendanceOf(db, sessionId).filter((row) => row.attended).map((row) => row.personId);
  markInvited(db, sessionId, people);
  for (const personId of people) {
    db.update(sessionAttendance)
      .set({ attended: attended.has(personId) })
      .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, personId)))
      .run();
  }
  return before;
}

/** Marks a session held, its minutes recorded and who attended (everyone else did not). */
export function recordMinutes(db: Db, sessionId: number, members: readonly number[], attended: ReadonlySet<number>, now: Date): void {
  setAttendance(db, sessionId, members, attended);
  db.update(foroSessions).set({ status: 'held', minutesRecordedAt: now, updatedAt: now }).where(eq(foroSessions.id, sessionId)).run();
}

/** Sessions of some GADs, not cancelled, starting from `since` to `until`, latest first: those /acta may file minutes for. */
export function sessionsForMinutes(db: Db, gadIds: readonly number[], since: Date, until: Date): ForoSession[] {
  if (gadIds.length === 0) return [];
  return db
    .select()
    .from(foroSessions)
    .where(and(inArray(foroSessions.gadId, [...gadIds]), ne(foroSessions.status, 'cancelled'), gte(foroSessions.startsAt, since), lte(foroSessions.startsAt, until)))
    .orderBy(desc(foroSessions.startsAt))
    .limit(12)
    .all();
}

/** The latest acta attached to a session, whatever activity it counts for (calendar files left out). */
export function sessionActa(db: Db, sessionId: number) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), notInArray(documents.product, [CALENDAR_PRODUCT, PREREAD_PRODUCT])))
    .orderBy(desc(documents.id))
    .get();
}

/** A session's pre-reads, in the order attached. */
export function sessionPrereads(db: Db, sessionId: number) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), eq(documents.product, PREREAD_PRODUCT)))
    .orderBy(asc(documents.id))
    .all();
}

/** Sessions of some GADs whose acta is filed, latest first (the last 12): those whose acta can be fetched again. */
export function sessionsWithMinutes(db: Db, gadIds: readonly number[]): ForoSession[] {
  if (gadIds.length === 0) return [];
  return db
    .select()
    .from(foroSessions)
    .where(and(inArray(foroSessions.gadId, [...gadIds]), isNotNull(foroSessions.minutesRecordedAt)))
    .orderBy(desc(foroSessions.startsAt))
    .limit(12)
    .all();
}

/** Attaches a document row to a session. */
export function attachToSession(db: Db, documentId: number, sessionId: number): void {
  db.update(documents).set({ sessionId }).where(eq(documents.id, documentId)).run();
}
