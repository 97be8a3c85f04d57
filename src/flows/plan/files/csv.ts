/** A plan's open data as CSV: one row per milestone, with its commitment's columns (its status, since when, and any withdrawal) and the plan's version. */
import { stringify } from 'csv-stringify/sync';
import type { PlanData } from '../../../domain/plan-schema.js';
import { COCREATION_CSV_COLUMNS, coCreationColumns } from './cocreation-csv.js';

/** The CSV columns, in order. */
export const PLAN_CSV_COLUMNS = [
  'plan_id',
  'gad',
  'period_start',
  'period_end',
  'plan_status',
  'plan_version',
  'commitment_id',
  'commitment',
  'pillars',
  'responsible_entity',
  'responsible_person',
  'counterparts',
  'milestone_id',
  'deliverable',
  'start_date',
  'due_date',
  'completion',
  'last_report',
  'evidence_sha256',
  'evaluation_result',
  'commitment_since_version',
  'commitment_status',
  'commitment_status_since',
  'commitment_milestones_done_percent',
  'withdrawn_reason',
  ...COCREATION_CSV_COLUMNS,
] as const;

/** The CSV text (UTF-8, header row, RFC 4180 quoting). */
export function planCsv(data: PlanData): string {
  const rows = data.commitments.flatMap((c) =>
    c.milestones.map((ms) => ({
      plan_id: data.plan.id,
      gad: data.gad.name,
      period_start: data.plan.periodStart,
      period_end: data.plan.periodEnd,
      plan_status: data.plan.status,
      plan_version: data.plan.version,
      commitment_id: c.id,
      commitment: c.title,
      pillars: c.pillars.join(';'),
      responsible_entity: c.responsibleEntity,
      responsible_person: c.responsiblePerson ?? '',
      counterparts: c.counterparts.join(';'),
      milestone_id: ms.id,
      deliverable: ms.deliverable,
      start_date: ms.startDate,
      due_date: ms.dueDate,
      completion: ms.completion,
      last_report: ms.reports.at(-1)?.text ?? '',
      evidence_sha256: ms.evidence.map((file) => file.sha256).join(';'),
      evaluation_result: c.evaluation?.result ?? '',
      commitment_since_version: c.sinceVersion,
      commitment_status: c.status,
      commitment_status_since: c.statusHistory.at(-1)?.date ?? '',
      commitment_milestones_done_percent: c.milestonesDonePercent,
      withdrawn_reason: c.withdrawn?.reason ?? '',
      ...coCreationColumns(data, c.id),
    })),
  );
  return stringify(rows, { header: true, columns: [...PLAN_CSV_COLUMNS] });
}
