/** The Foro's decisions, taken in sessions: what /decisiones records and the approval guards read. */
import { and, desc, eq } from 'drizzle-orm';
import type { DecisionSubject } from '../domain/quorum.js';
import type { Db } from './db.js';
import { sessionDecisions } from './schema.js';

/** A decision row. */
export type SessionDecision = typeof sessionDecisions.$inferSelect;
/** What recording a decision takes. */
export type NewDecision = Omit<typeof sessionDecisions.$inferInsert, 'id' | 'createdAt'>;

/** Records a decision. */
export function recordDecision(db: Db, input: NewDecision, now: Date): SessionDecision {
  return db
    .insert(sessionDecisions)
    .values({ ...input, createdAt: now })
    .returning()
    .get();
}

/** The decisions taken in a session, in the order recorded. */
export function decisionsOfSession(db: Db, sessionId: number): SessionDecision[] {
  return db.select().from(sessionDecisions).where(eq(sessionDecisions.sessionId, sessionId)).orderBy(sessionDecisions.id).all();
}

/** A GAD's decisions on a subject, latest first (on one plan, for the plan's approval). */
export function decisionsOn(db: Db, gadId: number, subject: DecisionSubject, planId?: number): SessionDecision[] {
  return db
    .select()
    .from(sessionDecisions)
    .where(and(eq(sessionDecisions.gadId, gadId), eq(sessionDecisions.subject, subject), planId === undefined ? undefined : eq(sessionDecisions.planId, planId)))
    .orderBy(desc(sessionDecisions.id))
    .all();
}
