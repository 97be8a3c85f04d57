/**
 * Trainings (sensibilización, capacitación: activities 4 and 12): scheduled by the POC or
 * the gremio, answered by their invitees, their attendance recorded.
 */
import { and, asc, desc, eq, gt, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { among } from './among.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { documents, trainingInvitees, trainings } from './schema.js';

/** A training row. */
export type Training = typeof trainings.$inferSelect;
/** An invitee row. */
export type TrainingInvitee = typeof trainingInvitees.$inferSelect;

/** The product ids a training files as its activity's evidence. */
export const TRAINING_MATERIALS_PRODUCT = 'materiales_capacitacion';
/** The product id of a training's attendance list. */
export const TRAINING_ATTENDANCE_PRODUCT = 'lista_asistencia_capacitacion';

/** Records a training. */
export function createTraining(
  db: Db,
  input: { gadId: number; activity: number; topic: string; startsAt: Date; durationMinutes: number; place: string | null; link: string | null; createdByPersonId: number | null },
  now: Date,
): Training {
  return db
    .insert(trainings)
    .values({ ...input, createdAt: now })
    .returning()
    .get();
}

/** The training with that id. */
export function trainingById(db: Db, id: number): Training | undefined {
  return db.select().from(trainings).where(eq(trainings.id, id)).get();
}

/** Trainings of some GADs not cancelled, from `since` to `until`, soonest first. */
export function trainingsBetween(db: Db, gadIds: readonly number[], since: Date, until: Date): Training[] {
  if (gadIds.length === 0) return [];
  return db
    .select()
    .from(trainings)
    .where(and(inArray(trainings.gadId, [...gadIds]), ne(trainings.status, 'cancelled'), gte(trainings.startsAt, since), lte(trainings.startsAt, until)))
    .orderBy(asc(trainings.startsAt))
    .limit(12)
    .all();
}

/** Scheduled trainings of every GAD (or of `gadIds`) that start after `now` (for invitations). */
export function comingTrainings(db: Db, now: Date, gadIds?: readonly number[]): Training[] {
  return db
    .select()
    .from(trainings)
    .where(and(gadIds ? among(trainings.gadId, gadIds) : undefined, eq(trainings.status, 'scheduled'), gt(trainings.startsAt, now)))
    .orderBy(asc(trainings.startsAt))
    .all();
}

/** Coming trainings a person was told of (invited), soonest first. */
export function trainingsInvitedTo(db: Db, personId: number, now: Date): Training[] {
  // Asked for every /ayuda and unknown command (the flow's availability): built once.
  return prepared(db, 'trainingsInvitedTo', () =>
    db
      .select({ training: trainings })
      .from(trainingInvitees)
      .innerJoin(trainings, eq(trainings.id, trainingInvitees.trainingId))
      .where(
        and(
          eq(trainingInvitees.personId, sql.placeholder('personId')),
          sql`${trainingInvitees.invitedAt} IS NOT NULL`,
          eq(trainings.status, 'scheduled'),
          gt(trainings.startsAt, sql.placeholder('now')),
        ),
      )
      .orderBy(asc(trainings.startsAt))
      .prepare(),
  )
    .all({ personId, now: now.getTime() })
    .map((row) => row.training);
}

/** The people invited to a training not yet told of it, among `people`. */
export function uninvited(db: Db, trainingId: number, people: readonly number[]): number[] {
  const told = new Set(
    db
      .select({ personId: trainingInvitees.personId })
      .from(trainingInvitees)
      .where(and(eq(trainingInvitees.trainingId, trainingId), sql`${trainingInvitees.invitedAt} IS NOT NULL`))
      .all()
      .map((row) => row.personId),
  );
  return people.filter((id) => !told.has(id));
}

/** Records that people were invited to a training. */
export function markTrainingInvited(db: Db, trainingId: number, people: readonly number[], now: Date): void {
  for (const personId of people) {
    db.insert(trainingInvitees)
      .values({ trainingId, personId, invitedAt: now })
      .onConflictDoUpdate({ target: [trainingInvitees.trainingId, trainingInvitees.personId], set: { invitedAt: now } })
      .run();
  }
}

/** Records an invitee's answer (yes | no). */
export function recordTrainingResponse(db: Db, trainingId: number, personId: number, response: 'yes' | 'no', now: Date): void {
  db.insert(trainingInvitees)
    .values({ trainingId, personId, response, respondedAt: now })
    .onConflictDoUpdate({ target: [trainingInvitees.trainingId, trainingInvitees.personId], set: { response, respondedAt: now } })
    .run();
}

/** Every invitee row of a training. */
export function inviteesOf(db: Db, trainingId: number): TrainingInvitee[] {
  return db.select().from(trainingInvitees).where(eq(trainingInvitees.trainingId, trainingId)).all();
}

/** Records who attended among `people` (everyone else of them did not) and marks the training held. */
export function recordTrainingAttendance(db: Db, trainingId: number, people: readonly number[], attended: ReadonlySet<number>, now: Date): void {
  for (const personId of people) {
    db.insert(trainingInvitees)
      .values({ trainingId, personId, attended: attended.has(personId) })
      .onConflictDoUpdate({ target: [trainingInvitees.trainingId, trainingInvitees.personId], set: { attended: attended.has(personId) } })
      .run();
  }
  db.update(trainings).set({ status: 'held', attendanceRecordedAt: now }).where(eq(trainings.id, trainingId)).run();
}

/** Attaches a document row to a training. */
export function attachToTraining(db: Db, documentId: number, trainingId: number): void {
  db.update(documents).set({ trainingId }).where(eq(documents.id, documentId)).run();
}

/** The documents attached to a training, latest first. */
export function trainingDocuments(db: Db, trainingId: number) {
  return db.select().from(documents).where(eq(documents.trainingId, trainingId)).orderBy(desc(documents.id)).all();
}
