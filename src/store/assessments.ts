/**
 * The independent monitor's assessments of a plan (OGP's monitoring cycle): the inception
 * assessment (per commitment, and of the co-creation process and the public repository)
 * and each commitment's end-of-commitment assessment, with the Foro's answer to each.
 * Nothing is overwritten: a newer row of the same part is the current one.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AssessmentKind, StandardLevel } from '../domain/cocreation.js';
import type { CompletionLevel, EvaluationResult, PotentialImpact } from '../domain/plan.js';
import type { Db } from './db.js';
import { PUBLIC_PLAN_CONDITION } from './public-record.js';
import { assessments } from './schema.js';

/** An assessment row. */
export type Assessment = typeof assessments.$inferSelect;

/** One part of an assessment, as the monitor gives it. */
export type AssessmentInput =
  | { kind: 'inception'; commitmentId: number; verifiable: boolean; relevant: boolean; potentialImpact: PotentialImpact; notes: string | null }
  | { kind: 'inception'; commitmentId: null; coCreation: StandardLevel; repository: StandardLevel; notes: string | null }
  | { kind: 'commitment_end'; commitmentId: number; completion: CompletionLevel; result: EvaluationResult; notes: string | null };

/** Records one part of an assessment of a plan. */
export function recordAssessment(db: Db, planId: number, input: AssessmentInput, by: { personId: number | null; now: Date }): Assessment {
  return db
    .insert(assessments)
    .values({ planId, ...input, monitorPersonId: by.personId, createdAt: by.now })
    .returning()
    .get();
}

/** The current parts of a plan's assessments: the newest row of each (kind, commitment), oldest first. */
export function assessmentsOf(db: Db, planId: number): Assessment[] {
  const rows = db.select().from(assessments).where(eq(assessments.planId, planId)).orderBy(asc(assessments.id)).all();
  const current = new Map<string, Assessment>();
  for (const row of rows) current.set(`${row.kind}:${row.commitmentId ?? 'plan'}`, row);
  return [...current.values()].sort((a, b) => a.id - b.id);
}

/** Whether a plan has the current part (kind, commitment or null for the plan-level part). */
export function hasAssessment(db: Db, planId: number, kind: AssessmentKind, commitmentId: number | null): boolean {
  const commitment = commitmentId === null ? isNull(assessments.commitmentId) : eq(assessments.commitmentId, commitmentId);
  return db.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.planId, planId), eq(assessments.kind, kind), commitment)).get() !== undefined;
}

/** The assessment with that id. */
export function assessmentById(db: Db, id: number): Assessment | undefined {
  return db.select().from(assessments).where(eq(assessments.id, id)).get();
}

/** Records the Foro's answer to an assessment; false if it already has one. */
export function answerAssessment(db: Db, id: number, response: string, by: { personId: number | null; now: Date }): boolean {
  const changed = db
    .update(assessments)
    .set({ response, respondedByPersonId: by.personId, respondedAt: by.now })
    .where(and(eq(assessments.id, id), isNull(assessments.respondedAt)))
    .run();
  return changed.changes === 1;
}

/** An assessment row of the national open data. */
export type OpenAssessmentRow = Record<string, string | number | null>;

/** Every current assessment of a published or closed plan, with the Foro's answer (no person ids). */
export function openAssessments(db: Db): OpenAssessmentRow[] {
  return db.$client
    .prepare(
      `SELECT a.id AS assessment_id, a.plan_id, p.gad_id, a.kind, a.commitment_id, a.verifiable, a.relevant, a.potential_impact,
              a.co_creation, a.repository, a.completion, a.result, a.notes, a.created_at, a.response, a.responded_at
         FROM assessments a JOIN plans p ON p.id = a.plan_id JOIN gads g ON g.id = p.gad_id
        WHERE ${PUBLIC_PLAN_CONDITION}
          AND a.id = (SELECT max(b.id) FROM assessments b WHERE b.plan_id = a.plan_id AND b.kind = a.kind AND b.commitment_id IS a.commitment_id)
        ORDER BY a.id`,
    )
    .all() as OpenAssessmentRow[];
}
