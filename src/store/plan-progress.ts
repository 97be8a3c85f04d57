/**
 * What happens to a plan after it is published: progress reports on milestones with
 * their evidence (documents of product "evidencia", activity 14, bound to the milestone),
 * each commitment's dated status history (domain/commitment-status.ts), and the
 * independent monitor's evaluation of each commitment.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { StoredFile } from '../shared/messages.js';
import type { CompletionLevel, EvaluationResult, PotentialImpact } from '../domain/plan.js';
import { commitmentStatus, type CommitmentStatus } from '../domain/commitment-status.js';
import type { Db } from './db.js';
import { addDocument, type DocumentRow } from './documents-repo.js';
import { commitmentStatuses, documents, evaluations, milestoneReports, milestones } from './schema.js';
import { commitmentsOf, milestonesOf, type Commitment } from './plans.js';

/** The product id of milestone evidence. */
export const EVIDENCE_PRODUCT = 'evidencia';
/** The activity evidence belongs to: implementing the plan. */
export const EVIDENCE_ACTIVITY = 14;

/** A progress report row. */
export type MilestoneReport = typeof milestoneReports.$inferSelect;
/** An evaluation row. */
export type Evaluation = typeof evaluations.$inferSelect;

/** A progress report as the responsible person gives it. */
export interface ProgressInput {
  milestoneId: number;
  completion: CompletionLevel;
  text: string;
  delayReason: string | null;
  evidence: readonly StoredFile[];
}

/** Records a report: the milestone's new completion level, the report row, the evidence. */
export function recordProgress(db: Db, gadId: number, input: ProgressInput, by: { personId: number | null; now: Date }): DocumentRow[] {
  db.update(milestones).set({ completion: input.completion, updatedAt: by.now }).where(eq(milestones.id, input.milestoneId)).run();
  db.insert(milestoneReports)
    .values({ milestoneId: input.milestoneId, personId: by.personId, completion: input.completion, text: input.text, delayReason: input.delayReason, createdAt: by.now })
    .run();
  return input.evidence.map((file) => {
    const row = addDocument(db, file, { gadId, activity: EVIDENCE_ACTIVITY, product: EVIDENCE_PRODUCT, uploadedByPersonId: by.personId, now: by.now });
    db.update(documents).set({ milestoneId: input.milestoneId }).where(eq(documents.id, row.id)).run();
    return { ...row, milestoneId: input.milestoneId };
  });
}

/** The reports on some milestones, oldest first. */
export function reportsOf(db: Db, milestoneIds: readonly number[]): MilestoneReport[] {
  if (milestoneIds.length === 0) return [];
  return db.select().from(milestoneReports).where(inArray(milestoneReports.milestoneId, [...milestoneIds])).orderBy(asc(milestoneReports.id)).all();
}

/** The evidence of some milestones, oldest first. */
export function evidenceOf(db: Db, milestoneIds: readonly number[]): DocumentRow[] {
  if (milestoneIds.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(inArray(documents.milestoneId, [...milestoneIds]), eq(documents.product, EVIDENCE_PRODUCT)))
    .orderBy(asc(documents.id))
    .all();
}

/** The monitor's assessment of a commitment, as recorded. */
export interface EvaluationInput {
  commitmentId: number;
  verifiable: boolean;
  relevant: boolean;
  potentialImpact: PotentialImpact;
  result: EvaluationResult;
  notes: string | null;
}

/** Records (or replaces) the evaluation of a commitment. */
export function recordEvaluation(db: Db, input: EvaluationInput, by: { personId: number | null; now: Date }): void {
  const values = { ...input, monitorPersonId: by.personId, createdAt: by.now };
  db.insert(evaluations).values(values).onConflictDoUpdate({ target: evaluations.commitmentId, set: values }).run();
}

/** The evaluations of some commitments, newest first. */
export function evaluationsOf(db: Db, commitmentIds: readonly number[]): Evaluation[] {
  if (commitmentIds.length === 0) return [];
  return db.select().from(evaluations).where(inArray(evaluations.commitmentId, [...commitmentIds])).orderBy(desc(evaluations.id)).all();
}

/** A status history row. */
export type StatusChange = typeof commitmentStatuses.$inferSelect;

/** The status histories of some commitments, oldest first. */
export function statusHistoryOf(db: Db, commitmentIds: readonly number[]): StatusChange[] {
  if (commitmentIds.length === 0) return [];
  return db.select().from(commitmentStatuses).where(inArray(commitmentStatuses.commitmentId, [...commitmentIds])).orderBy(asc(commitmentStatuses.id)).all();
}

/**
 * Brings the status history of a plan's commitments up to date on `today` (ISO date):
 * a row dated `now` for each commitment whose status changed (or has none yet); returns
 * those commitments with their new status.
 */
export function refreshCommitmentStatuses(db: Db, planId: number, today: string, now: Date): { commitment: Commitment; status: CommitmentStatus }[] {
  const commitments = commitmentsOf(db, planId);
  const all = milestonesOf(db, commitments.map((c) => c.id));
  const reported = new Set(reportsOf(db, all.map((ms) => ms.id)).map((r) => r.milestoneId));
  const history = statusHistoryOf(db, commitments.map((c) => c.id));
  const changed: { commitment: Commitment; status: CommitmentStatus }[] = [];
  for (const commitment of commitments) {
    const own = all.filter((ms) => ms.commitmentId === commitment.id);
    const standing = own.map((ms) => ({ completion: ms.completion as CompletionLevel, dueDate: ms.dueDate, reported: reported.has(ms.id) }));
    const status = commitmentStatus(standing, today, commitment.withdrawnAt !== null);
    if (history.filter((row) => row.commitmentId === commitment.id).at(-1)?.status === status) continue;
    db.insert(commitmentStatuses).values({ commitmentId: commitment.id, status, at: now }).run();
    changed.push({ commitment, status });
  }
  return changed;
}
