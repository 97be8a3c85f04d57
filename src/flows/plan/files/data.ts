/**
 * The open data of a plan, read from the store into the published schema
 * (domain/plan-schema.ts): its versions with their change logs, commitments with their
 * status history, milestones with their progress and evidence, evaluations and, for the
 * accountability report, the Foro sessions held in its period.
 */
import type { CompletionLevel, EvaluationResult, PlanStatus, PotentialImpact } from '../../../domain/plan.js';
import { PLAN_DATA_SCHEMA_ID, type FileRef, type PlanData } from '../../../domain/plan-schema.js';
import type { Db } from '../../../store/db.js';
import type { DocumentRow } from '../../../store/documents-repo.js';
import { gadById } from '../../../store/gads.js';
import { evaluationsOf, evidenceOf, reportsOf, statusHistoryOf } from '../../../store/plan-progress.js';
import { commitmentsOf, milestonesOf, responsibleNameOf, type Commitment, type Milestone, type Plan } from '../../../store/plans.js';
import { publishedAmendments, type Amendment } from '../../../store/plan-amendments.js';
import { commitmentStatus, milestonesDonePercent, type CommitmentStatus } from '../../../domain/commitment-status.js';
import type { AmendmentChange } from '../../../domain/plan-amendment.js';
import { attendanceOf, sessionActa, sessionsHeldBetween } from '../../../store/sessions.js';
import { fromLocal, isoDate, parseIsoDate, toLocal } from '../../../shared/zoned-time.js';
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
  const history = statusHistoryOf(db, commitments.map((c) => c.id)).filter((row) => row.at <= options.asOf);
  const reported = new Set(reports.map((r) => r.milestoneId));
  const day = isoDate(toLocal(options.asOf, options.timeZone));
  const inForce = new Set(commitments.filter((c) => c.withdrawnAt === null).map((c) => c.id));
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
      version: plan.version,
      milestonesDonePercent: milestonesDonePercent(milestones.filter((ms) => inForce.has(ms.commitmentId))),
    },
    versions: [
      { version: 1, publishedAt: iso(plan.publishedAt), reason: null, changes: [] },
      ...publishedAmendments(db, plan.id).map((a) => ({ version: a.version, publishedAt: iso(a.publishedAt), reason: a.reason, changes: a.changes.map((change) => changeData(a, change, commitments, milestones)) })),
    ],
    commitments: commitments.map((c) => {
      const evaluation = evaluations.find((e) => e.commitmentId === c.id);
      const own = milestones.filter((ms) => ms.commitmentId === c.id);
      const standing = own.map((ms) => ({ completion: ms.completion as CompletionLevel, dueDate: ms.dueDate, reported: reported.has(ms.id) }));
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
        sinceVersion: c.sinceVersion,
        withdrawn: c.withdrawnAt ? { date: c.withdrawnAt.toISOString(), reason: c.withdrawnReason ?? '' } : null,
        status: commitmentStatus(standing, day, c.withdrawnAt !== null && c.withdrawnAt <= options.asOf),
        statusHistory: history.filter((row) => row.commitmentId === c.id).map((row) => ({ status: row.status as CommitmentStatus, date: row.at.toISOString() })),
        milestonesDonePercent: milestonesDonePercent(own),
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

/** One change of a published amendment, flat as the open data has it. */
function changeData(amendment: Amendment, change: AmendmentChange, commitments: readonly Commitment[], milestones: readonly Milestone[]): PlanData['versions'][number]['changes'][number] {
  const none = { commitmentId: null, milestoneId: null, field: null, before: null, after: null, reason: null };
  switch (change.kind) {
    case 'add_commitment': {
      const added = commitments.find((c) => c.sinceVersion === amendment.version && c.title === change.commitment.title);
      return { ...none, kind: change.kind, commitmentId: added?.id ?? null, title: change.commitment.title };
    }
    case 'change_commitment':
      return { ...none, kind: change.kind, commitmentId: change.commitmentId, title: change.title, field: change.field, before: change.before, after: change.after };
    case 'withdraw_commitment':
      return { ...none, kind: change.kind, commitmentId: change.commitmentId, title: change.title, reason: change.reason };
    case 'redate_milestone': {
      const commitmentId = milestones.find((ms) => ms.id === change.milestoneId)?.commitmentId ?? null;
      return { ...none, kind: change.kind, commitmentId, milestoneId: change.milestoneId, title: change.deliverable, before: change.before, after: change.after };
    }
  }
}
