/**
 * Amendments of published plans: recorded as a draft with their changes, then applied
 * in one go when approved (the plan's version goes up by one). Commitments and
 * milestones keep their ids across versions, so progress reports keep pointing at them;
 * a withdrawn commitment stays in the record with its reason.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { AmendmentChange } from '../domain/plan-amendment.js';
import type { Db } from './db.js';
import { commitments, milestones, planAmendments, plans } from './schema.js';
import { insertCommitment, type Commitment, type Plan } from './plans.js';

/** An amendment row. */
export type Amendment = typeof planAmendments.$inferSelect;

/** Records an amendment of a plan as a draft awaiting approval; it will become the plan's next version. */
export function createAmendment(db: Db, plan: Plan, input: { reason: string; changes: AmendmentChange[] }, by: { personId: number | null; now: Date }): Amendment {
  return db
    .insert(planAmendments)
    .values({ planId: plan.id, version: plan.version + 1, reason: input.reason, changes: input.changes, status: 'draft', createdByPersonId: by.personId, createdAt: by.now })
    .returning()
    .get();
}

/** The amendment of a plan awaiting approval, if any. */
export function pendingAmendment(db: Db, planId: number): Amendment | undefined {
  return db
    .select()
    .from(planAmendments)
    .where(and(eq(planAmendments.planId, planId), eq(planAmendments.status, 'draft')))
    .get();
}

/**
 * Discards an amendment awaiting approval: the draft row goes (it never changed the plan,
 * and its version number is free again); the caller keeps its content in the audit log.
 */
export function discardPendingAmendment(db: Db, amendment: Amendment): void {
  db.delete(planAmendments).where(and(eq(planAmendments.id, amendment.id), eq(planAmendments.status, 'draft'))).run();
}

/** A plan's published amendments, oldest first (the change log of versions 2, 3, ...). */
export function publishedAmendments(db: Db, planId: number): Amendment[] {
  return db
    .select()
    .from(planAmendments)
    .where(and(eq(planAmendments.planId, planId), eq(planAmendments.status, 'published')))
    .orderBy(asc(planAmendments.version))
    .all();
}

/** Applies an approved amendment's changes to its plan and publishes it as the plan's new version; returns the commitments it added. */
export function publishAmendment(db: Db, amendment: Amendment, by: { personId: number | null; now: Date }): Commitment[] {
  const added: Commitment[] = [];
  for (const change of amendment.changes) {
    switch (change.kind) {
      case 'add_commitment':
        added.push(insertCommitment(db, amendment.planId, change.commitment, { now: by.now, sinceVersion: amendment.version }));
        break;
      case 'change_commitment':
        db.update(commitments).set({ [change.field]: change.after }).where(eq(commitments.id, change.commitmentId)).run();
        break;
      case 'withdraw_commitment':
        db.update(commitments).set({ withdrawnAt: by.now, withdrawnReason: change.reason }).where(eq(commitments.id, change.commitmentId)).run();
        break;
      case 'redate_milestone':
        db.update(milestones).set({ dueDate: change.after, updatedAt: by.now }).where(eq(milestones.id, change.milestoneId)).run();
        break;
    }
  }
  db.update(planAmendments).set({ status: 'published', approvedByPersonId: by.personId, publishedAt: by.now }).where(eq(planAmendments.id, amendment.id)).run();
  db.update(plans).set({ version: amendment.version }).where(eq(plans.id, amendment.planId)).run();
  return added;
}
