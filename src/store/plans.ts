/**
 * Local action plans (PAGL): a plan with its commitments and milestones is recorded in
 * one go once it meets the rules of domain/plan.ts, then approved, published and closed.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { planProblems, type CommitmentDraft, type PlanDraft, type PlanStatus } from '../domain/plan.js';
import { among } from './among.js';
import type { Db } from './db.js';
import { personById } from './people.js';
import { commitments, invites, milestones, plans } from './schema.js';

/** The product id of an accountability report's PDF, stored when a plan closes (flows/plan/files/build.ts names it). */
export const REPORT_PDF_PRODUCT = 'rendicion_cuentas_pdf';

/** A plan row. */
export type Plan = typeof plans.$inferSelect;
/** A commitment row. */
export type Commitment = typeof commitments.$inferSelect;
/** A milestone row. */
export type Milestone = typeof milestones.$inferSelect;

/** A fresh token for a plan's public link (16 URL-safe characters). */
export function newPublicToken(): string {
  return randomBytes(12).toString('base64url');
}

/** Records a draft plan and its commitments and milestones; throws if it breaks the rules. */
export function createPlan(db: Db, gadId: number, draft: PlanDraft, by: { personId: number | null; now: Date }): { plan: Plan; commitments: Commitment[] } {
  if (planProblems(draft).length > 0) throw new Error('plan breaks the rules of domain/plan.ts');
  const plan = db
    .insert(plans)
    .values({ gadId, periodStart: draft.periodStart, periodEnd: draft.periodEnd, status: 'draft', publicToken: newPublicToken(), createdByPersonId: by.personId, createdAt: by.now })
    .returning()
    .get();
  const saved = draft.commitments.map((c) => insertCommitment(db, plan.id, c, { now: by.now, sinceVersion: 1 }));
  return { plan, commitments: saved };
}

/** Records one commitment of a plan with its milestones (`sinceVersion`: the plan version that adds it). */
export function insertCommitment(db: Db, planId: number, c: CommitmentDraft, at: { now: Date; sinceVersion: number }): Commitment {
  const row = db
    .insert(commitments)
    .values({
      planId,
      title: c.title,
      problem: c.problem,
      objective: c.objective,
      expectedResults: c.expectedResults,
      pillars: c.pillars,
      responsibleEntity: c.responsibleEntity,
      responsiblePersonId: c.responsiblePersonId,
      responsibleName: c.responsibleName || null,
      counterparts: c.counterparts,
      createdAt: at.now,
      sinceVersion: at.sinceVersion,
    })
    .returning()
    .get();
  for (const ms of c.milestones) {
    db.insert(milestones).values({ commitmentId: row.id, deliverable: ms.deliverable, startDate: ms.startDate, dueDate: ms.dueDate!, updatedAt: at.now }).run();
  }
  return row;
}

/** The commitments of a plan still in force (not withdrawn by an amendment). */
export function activeCommitmentsOf(db: Db, planId: number): Commitment[] {
  return commitmentsOf(db, planId).filter((c) => c.withdrawnAt === null);
}

/** A GAD's latest plan, if any. */
export function latestPlanOf(db: Db, gadId: number): Plan | undefined {
  return db.select().from(plans).where(eq(plans.gadId, gadId)).orderBy(desc(plans.id)).get();
}

/** The plan whose public link carries `token`. */
export function planByToken(db: Db, token: string): Plan | undefined {
  return db.select().from(plans).where(eq(plans.publicToken, token)).get();
}

/** The plan with that id. */
export function planById(db: Db, planId: number): Plan | undefined {
  return db.select().from(plans).where(eq(plans.id, planId)).get();
}

/** Plans in a status, of every GAD or of `gadIds` (for the scheduler). */
export function plansWithStatus(db: Db, status: PlanStatus, gadIds?: readonly number[]): Plan[] {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.status, status), gadIds ? among(plans.gadId, gadIds) : undefined))
    .all();
}

/** Moves a plan along its life: approved (by whom), published or closed, at `now`. */
export function setPlanStatus(db: Db, planId: number, status: 'approved' | 'published' | 'closed', now: Date, personId: number | null = null): void {
  const changes =
    status === 'approved' ? { status, approvedAt: now, approvedByPersonId: personId } : status === 'published' ? { status, publishedAt: now } : { status, closedAt: now };
  db.update(plans).set(changes).where(eq(plans.id, planId)).run();
}

/** A plan's commitments, in the order recorded. */
export function commitmentsOf(db: Db, planId: number): Commitment[] {
  return db.select().from(commitments).where(eq(commitments.planId, planId)).orderBy(asc(commitments.id)).all();
}

/** The milestones of some commitments, by due date. */
export function milestonesOf(db: Db, commitmentIds: readonly number[]): Milestone[] {
  if (commitmentIds.length === 0) return [];
  return db.select().from(milestones).where(inArray(milestones.commitmentId, [...commitmentIds])).orderBy(asc(milestones.dueDate), asc(milestones.id)).all();
}

/** The milestone with that id. */
export function milestoneById(db: Db, milestoneId: number): Milestone | undefined {
  return db.select().from(milestones).where(eq(milestones.id, milestoneId)).get();
}

/**
 * Who answers for a commitment: the person recorded, or whoever redeemed the invite made
 * for it (invites.attributes.commitmentId); null while the invite is not redeemed.
 */
export function responsibleOf(db: Db, commitment: Commitment): number | null {
  if (commitment.responsiblePersonId !== null) return commitment.responsiblePersonId;
  const redeemed = db
    .select({ personId: invites.usedByPersonId })
    .from(invites)
    .where(and(sql`json_extract(${invites.attributes}, '$.commitmentId') = ${String(commitment.id)}`, isNotNull(invites.usedByPersonId)))
    .get();
  return redeemed?.personId ?? null;
}

/** The name of whoever answers for a commitment: the person's (their full name once given), else the name the recorder typed. */
export function responsibleNameOf(db: Db, commitment: Commitment): string | null {
  const personId = responsibleOf(db, commitment);
  return (personId === null ? undefined : personById(db, personId)?.displayName) ?? commitment.responsibleName;
}
