/**
 * The open data of a plan, read from the store into the published schema
 * (domain/plan-schema.ts): commitments, milestones with their progress and evidence,
 * evaluations and, for the accountability report, the Foro sessions held in its period.
 */
import type { CompletionLevel, EvaluationResult, PlanStatus, PotentialImpact } from '../../../domain/plan.js';
import { PLAN_DATA_SCHEMA_ID, type FileRef, type PlanData } from '../../../domain/plan-schema.js';
import type { Db } from '../../../store/db.js';
import type { DocumentRow } from '../../../store/documents-repo.js';
import { gadById } from '../../../store/gads.js';
import { evaluationsOf, evidenceOf, reportsOf } from '../../../store/plan-progress.js';
import { commitmentsOf, milestonesOf, responsibleNameOf, type Plan } from '../../../store/plans.js';
import { attendanceOf, sessionActa, sessionsHeldBetween } from '../../../store/sessions.js';
import { fromLocal, parseIsoDate } from '../../../shared/zoned-time.js';
import { coCreationData } from './cocreation-data.js';

/** A document row as the open data names it. */
export function fileRef(row: Pick<DocumentRow, 'id' | 'fileName' | 'mime' | 'size' | 'sha256' | 'createdAt'>): FileRef {
  return { documentId: row.id, fileName: row.fileName, mime: row.mime, size: row.size, sha256: row.sha256, uploadedAt: row.createdAt.toISOString() };
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/**
 * Builds a plan's open data as of an instant the data itself fixes (its publication, or
 * its closing for the report), so the same data always gives the same file; with
 * `sessions`, the accountability report's data (the Foro sessions held up to then).
 */
export function planData(db: Db, plan: Plan, options: { asOf: Date; timeZone: string; sessions: boolean }): PlanData {
  const gad = gadById(db, plan.gadId)!;
  const commitments = commitmentsOf(db, plan.id);
  const milestones = milestonesOf(db, commitments.map((c) => c.id));
  const reports = reportsOf(db, milestones.map((ms) => ms.id));
  const evidence = evidenceOf(db, milestones.map((ms) => ms.id));
  const evaluations = evaluationsOf(db, commitments.map((c) => c.id));
  const data: PlanData = {
    schema: PLAN_DATA_SCHEMA_ID,
    generatedAt: options.asOf.toISOString(),
    gad: { id: gad.id, name: gad.name, level: gad.level, province: gad.province, canton: gad.canton },
    plan: {
      id: plan.id,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status as PlanStatus,
      approvedAt: iso(plan.approvedAt),
      publishedAt: iso(plan.publishedAt),
      closedAt: iso(plan.closedAt),
    },
    commitments: commitments.map((c) => {
      const evaluation = evaluations.find((e) => e.commitmentId === c.id);
      return {
        id: c.id,
        title: c.title,
        problem: c.problem,
        objective: c.objective,
        expectedResults: c.expectedResults,
        pillars: c.pillars,
        responsibleEntity: c.responsibleEntity,
        responsiblePerson: responsibleNameOf(db, c),
        counterparts: c.counterparts,
        milestones: milestones
          .filter((ms) => ms.commitmentId === c.id)
          .map((ms) => ({
            id: ms.id,
            deliverable: ms.deliverable,
            startDate: ms.startDate,
            dueDate: ms.dueDate,
            completion: ms.completion as CompletionLevel,
            reports: reports
              .filter((r) => r.milestoneId === ms.id)
              .map((r) => ({ date: r.createdAt.toISOString(), completion: r.completion as CompletionLevel, text: r.text, delayReason: r.delayReason })),
            evidence: evidence.filter((doc) => doc.milestoneId === ms.id).map(fileRef),
          })),
        evaluation: evaluation
          ? {
              verifiable: evaluation.verifiable,
              relevant: evaluation.relevant,
              potentialImpact: evaluation.potentialImpact as PotentialImpact,
              result: evaluation.result as EvaluationResult,
              notes: evaluation.notes,
              date: evaluation.createdAt.toISOString(),
            }
          : null,
      };
    }),
    ...coCreationData(db, plan),
  };
  if (options.sessions) data.sessions = sessionsHeld(db, plan, options.asOf, options.timeZone);
  return data;
}

/** Foro sessions from the plan's first day to now (not cancelled), with attendance and acta. */
function sessionsHeld(db: Db, plan: Plan, now: Date, timeZone: string): NonNullable<PlanData['sessions']> {
  const first = parseIsoDate(plan.periodStart)!;
  const since = fromLocal({ ...first, hour: 0, minute: 0 }, timeZone);
  return sessionsHeldBetween(db, plan.gadId, since, now).map((session) => {
    const attendance = attendanceOf(db, session.id);
    const acta = sessionActa(db, session.id);
    return {
      id: session.id,
      startsAt: session.startsAt.toISOString(),
      status: session.status,
      invited: attendance.length,
      attended: attendance.filter((row) => row.attended).length,
      minutes: acta ? fileRef(acta) : null,
    };
  });
}
