/**
 * The rows of the national open data (/datos/ and `cli open-data`): the same public record
 * as the portal (accepted local governments, published or closed plans), read in bulk with
 * one query per table. No person's name, phone or e-mail; no invite codes; no drafts.
 */
import type { Db } from './db.js';
import type { GadListing } from './gads.js';
import { PUBLIC_PLAN_CONDITION } from './public-record.js';
import { TRAINING_ATTENDANCE_PRODUCT } from './trainings.js';

/** One activity of one local government: when it opened and when it was done. */
export interface OpenActivityRow {
  gadId: number;
  activity: number;
  openedAt: number | null;
  doneAt: number | null;
}

/** A local government as the open data describes it. */
export interface OpenGadRow extends GadListing {
  entry: string;
}

/** Every accepted local government, by id. */
export function openGads(db: Db): OpenGadRow[] {
  return db.$client
    .prepare(`SELECT id, name, level, province, canton, gremio, entry FROM gads WHERE status = 'accepted' ORDER BY id`)
    .all() as OpenGadRow[];
}

/** The activity rows of every accepted local government. */
export function openActivities(db: Db): OpenActivityRow[] {
  return db.$client
    .prepare(
      `SELECT p.gad_id AS gadId, p.activity, p.opened_at AS openedAt, p.done_at AS doneAt FROM activity_progress p
       JOIN gads g ON g.id = p.gad_id WHERE g.status = 'accepted' ORDER BY p.gad_id, p.activity`,
    )
    .all() as OpenActivityRow[];
}

/** Commitments of published or closed plans, with their plan and evaluation. */
export function openCommitments(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT c.id AS commitment_id, p.id AS plan_id, g.id AS gad_id, g.name AS gad, p.period_start, p.period_end, p.status AS plan_status,
              p.published_at, p.closed_at, c.title, c.problem, c.objective, c.expected_results, c.pillars, c.responsible_entity,
              c.counterparts, e.verifiable AS evaluation_verifiable, e.relevant AS evaluation_relevant,
              e.potential_impact AS evaluation_potential_impact, e.result AS evaluation_result
       FROM commitments c JOIN plans p ON p.id = c.plan_id JOIN gads g ON g.id = p.gad_id
       LEFT JOIN evaluations e ON e.commitment_id = c.id
       WHERE ${PUBLIC_PLAN_CONDITION} ORDER BY p.id, c.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** Milestones of published or closed plans, with how much evidence each has. */
export function openMilestones(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT ms.id AS milestone_id, c.id AS commitment_id, p.id AS plan_id, g.id AS gad_id, ms.deliverable, ms.start_date,
              ms.due_date, ms.completion,
              (SELECT count(*) FROM documents d WHERE d.milestone_id = ms.id AND d.product = 'evidencia') AS evidence_files
       FROM milestones ms JOIN commitments c ON c.id = ms.commitment_id JOIN plans p ON p.id = c.plan_id JOIN gads g ON g.id = p.gad_id
       WHERE ${PUBLIC_PLAN_CONDITION} ORDER BY p.id, ms.due_date, ms.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** Progress reports on milestones of published or closed plans (who reported is left out). */
export function openReports(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT r.id AS report_id, ms.id AS milestone_id, c.id AS commitment_id, p.id AS plan_id, g.id AS gad_id,
              r.created_at, r.completion, r.text, r.delay_reason
       FROM milestone_reports r JOIN milestones ms ON ms.id = r.milestone_id JOIN commitments c ON c.id = ms.commitment_id
       JOIN plans p ON p.id = c.plan_id JOIN gads g ON g.id = p.gad_id
       WHERE ${PUBLIC_PLAN_CONDITION} ORDER BY r.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** Foro sessions of accepted local governments, with attendance counts and the acta's document id. */
export function openSessions(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT s.id AS session_id, g.id AS gad_id, s.starts_at, s.duration_minutes, s.status, s.place,
              (SELECT count(*) FROM session_attendance a WHERE a.session_id = s.id) AS invited,
              (SELECT count(*) FROM session_attendance a WHERE a.session_id = s.id AND a.attended = 1) AS attended,
              (SELECT max(d.id) FROM documents d WHERE d.session_id = s.id AND d.product = 'acta_sesion') AS acta_document_id
       FROM foro_sessions s JOIN gads g ON g.id = s.gad_id WHERE g.status = 'accepted' ORDER BY s.starts_at, s.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** The dated status history of commitments of published or closed plans (domain/commitment-status.ts). */
export function openCommitmentStatuses(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT s.id AS status_id, c.id AS commitment_id, p.id AS plan_id, g.id AS gad_id, s.status, s.at AS since
       FROM commitment_statuses s JOIN commitments c ON c.id = s.commitment_id JOIN plans p ON p.id = c.plan_id JOIN gads g ON g.id = p.gad_id
       WHERE ${PUBLIC_PLAN_CONDITION} ORDER BY s.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** A version of a published plan as the open data reads it; `changes` is the amendment's JSON ('[]' for version 1). */
export interface OpenPlanVersionRow {
  plan_id: number;
  gad_id: number;
  version: number;
  published_at: number | null;
  reason: string | null;
  changes: string;
}

/** The versions of published or closed plans: the first (its publication), then each published amendment with its reason and changes. */
export function openPlanVersions(db: Db): OpenPlanVersionRow[] {
  return db.$client
    .prepare(
      `SELECT p.id AS plan_id, g.id AS gad_id, 1 AS version, p.published_at, NULL AS reason, '[]' AS changes
       FROM plans p JOIN gads g ON g.id = p.gad_id WHERE ${PUBLIC_PLAN_CONDITION}
       UNION ALL
       SELECT p.id, g.id, a.version, a.published_at, a.reason, a.changes
       FROM plan_amendments a JOIN plans p ON p.id = a.plan_id JOIN gads g ON g.id = p.gad_id
       WHERE a.status = 'published' AND ${PUBLIC_PLAN_CONDITION}
       ORDER BY 1, 3`,
    )
    .all() as OpenPlanVersionRow[];
}

/** The Foro's decisions taken in sessions of accepted local governments, with votes, quorum and endorsements. */
export function openDecisions(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT d.id AS decision_id, d.session_id, g.id AS gad_id, d.subject, d.motion, d.votes_for, d.votes_against, d.votes_abstain,
              d.present AS entities_present, d.seats AS entities_seated, d.quorum, d.outcome, d.endorsements, d.created_at AS recorded_at
       FROM session_decisions d JOIN gads g ON g.id = d.gad_id WHERE g.status = 'accepted' ORDER BY d.id`,
    )
    .all() as Record<string, string | number | null>[];
}

/** Trainings (activities 4 and 12) of accepted local governments, with invitation and attendance counts and the attendance list's document id. */
export function openTrainings(db: Db): Record<string, string | number | null>[] {
  return db.$client
    .prepare(
      `SELECT t.id AS training_id, g.id AS gad_id, t.activity, t.topic, t.starts_at, t.duration_minutes, t.status,
              (SELECT count(*) FROM training_invitees i WHERE i.training_id = t.id) AS invited,
              (SELECT count(*) FROM training_invitees i WHERE i.training_id = t.id AND i.attended = 1) AS attended,
              t.attendance_recorded_at,
              (SELECT max(d.id) FROM documents d WHERE d.training_id = t.id AND d.product = ?) AS attendance_document_id
       FROM trainings t JOIN gads g ON g.id = t.gad_id WHERE g.status = 'accepted' ORDER BY t.starts_at, t.id`,
    )
    .all(TRAINING_ATTENDANCE_PRODUCT) as Record<string, string | number | null>[];
}
