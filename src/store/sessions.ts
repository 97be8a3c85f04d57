/**
 * Foro sessions, their series and their attendance: what /sesiones, /asistencia and /acta
 * change and what the scheduler reads.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import type { Recurrence } from '../domain/recurrence.js';
import type { Db } from './db.js';
import { documents, foroSessions, memberships, sessionAttendance, sessionSeries } from './schema.js';
import type { Membership } from './people.js';

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

/** Where and what a session is about. */
export interface SessionPlace {
  place: string | null;
  link: string | null;
  agenda: string | null;
}

/** A series rule as stored: the recurrence and the last date materialized. */
export type StoredRule = Recurrence & { through?: string };

/** Records one session. */
export function createSession(
  db: Db,
  input: SessionPlace & { gadId: number; startsAt: Date; seriesId?: number | null; createdByPersonId: number | null },
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
  input: SessionPlace & { gadId: number; rule: Recurrence; createdByPersonId: number | null },
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
  return db
    .select()
    .from(foroSessions)
    .where(and(inArray(foroSessions.gadId, [...gadIds]), eq(foroSessions.status, 'scheduled'), gt(foroSessions.startsAt, now)))
    .orderBy(asc(foroSessions.startsAt))
    .limit(limit)
    .all();
}

/** Sessions of a GAD that have started, still lack minutes and are not older than `since`. */
export function sessionsAwaitingMinutes(db: Db, gadIds: readonly number[], now: Date, since: Date): ForoSession[] {
  if (gadIds.length === 0) return [];
  return db
    .select()
    .from(foroSessions)
    .where(
      and(
        inArray(foroSessions.gadId, [...gadIds]),
        eq(foroSessions.status, 'scheduled'),
        lte(foroSessions.startsAt, now),
        gt(foroSessions.startsAt, since),
        isNull(foroSessions.minutesRecordedAt),
      ),
    )
    .orderBy(desc(foroSessions.startsAt))
    .limit(12)
    .all();
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

/** Marks a session held, its minutes recorded and who attended (everyone else did not). */
export function recordMinutes(db: Db, sessionId: number, members: readonly number[], attended: ReadonlySet<number>, now: Date): void {
  markInvited(db, sessionId, members);
  for (const personId of members) {
    db.update(sessionAttendance)
      .set({ attended: attended.has(personId) })
      .where(and(eq(sessionAttendance.sessionId, sessionId), eq(sessionAttendance.personId, personId)))
      .run();
  }
  db.update(foroSessions).set({ status: 'held', minutesRecordedAt: now, updatedAt: now }).where(eq(foroSessions.id, sessionId)).run();
}

/** The Foro members of a GAD (one row per membership), in the order they joined. */
export function foroMembers(db: Db, gadId: number): Membership[] {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.gadId, gadId), eq(memberships.role, 'foro')))
    .orderBy(asc(memberships.id))
    .all();
}

/** The people who hold the Foro's Secretaría Técnica in a GAD. */
export function secretariaOf(db: Db, gadId: number): number[] {
  return [
    ...new Set(
      foroMembers(db, gadId)
        .filter((row) => row.office === 'secretaria')
        .map((row) => row.personId),
    ),
  ];
}

/** The latest document of a product attached to a session (its acta, its calendar file). */
export function sessionDocument(db: Db, sessionId: number, product: string) {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), eq(documents.product, product)))
    .orderBy(desc(documents.id))
    .get();
}

/** Attaches a document row to a session. */
export function attachToSession(db: Db, documentId: number, sessionId: number): void {
  db.update(documents).set({ sessionId }).where(eq(documents.id, documentId)).run();
}
