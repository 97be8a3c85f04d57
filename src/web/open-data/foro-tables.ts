/**
 * The open data's tables of what the Foro decided and of the trainings: each decision
 * taken in a session with its votes, quorum and the endorsement of the plan, and each
 * sensibilización or capacitación (activities 4 and 12) with its attendance.
 */
import { DECISION_SUBJECTS } from '../../domain/quorum.js';
import type { Db } from '../../store/db.js';
import { openDecisions, openTrainings } from '../../store/open-data.js';
import { id, stringField, tableDatetime, toGad, type OpenTable } from './tables.js';

/** The tables of decisions and trainings, after the package's other tables. */
export function foroTables(db: Db): OpenTable[] {
  return [decisionsTable(db), trainingsTable(db)];
}

const count = (name: string, description: string) => ({ name, type: 'integer' as const, description });

/** The Foro's decisions, one row each. */
function decisionsTable(db: Db): OpenTable {
  const rows = openDecisions(db).map((row) => ({
    ...row,
    quorum: row.quorum === 1,
    endorsements: row.endorsements === null ? '' : (JSON.parse(String(row.endorsements)) as string[]).join('; '),
    recorded_at: tableDatetime(row.recorded_at as number),
  }));
  return {
    name: 'decisiones',
    title: 'Decisiones de los Foros Multiactor / Multi-stakeholder forum decisions',
    description:
      "Decisions each Foro Multiactor took in a session: the subject (approving the action plan, approving the normativa, or another matter), the motion, the votes (one per entity present), the quorum (more than half of the entities with a seat present) and the outcome; for a plan, the non-government entities that endorse it. A decision without quorum approves nothing.",
    fields: [
      { ...id('decision_id', 'Id of the decision'), constraints: { required: true, unique: true } },
      id('session_id', 'Id of the session (sesiones.csv)'),
      id('gad_id', 'Id of the local government'),
      { ...stringField('subject', 'plan, normativa or other'), constraints: { enum: [...DECISION_SUBJECTS] } },
      stringField('motion', 'The motion put to the vote'),
      count('votes_for', 'Votes for'),
      count('votes_against', 'Votes against'),
      count('votes_abstain', 'Abstentions'),
      count('entities_present', 'Entities present (principal or suplente counting once)'),
      count('entities_seated', 'Entities with a seat in the Foro'),
      { name: 'quorum', type: 'boolean', description: 'Whether more than half of the seated entities were present' },
      { ...stringField('outcome', 'approved or rejected'), constraints: { enum: ['approved', 'rejected'] } },
      stringField('endorsements', "For a plan: the non-government entities that endorse it, separated by ';'"),
      { name: 'recorded_at', type: 'datetime', description: 'When the Secretaría Técnica recorded it' },
    ],
    primaryKey: 'decision_id',
    foreignKeys: [toGad, { fields: 'session_id', reference: { resource: 'sesiones', fields: 'session_id' } }],
    rows,
  };
}

/** The trainings of activities 4 and 12, one row each. */
function trainingsTable(db: Db): OpenTable {
  return {
    name: 'capacitaciones',
    title: 'Sensibilizaciones y capacitaciones / Trainings',
    description:
      "The sensibilización of the delegate team (activity 4) and the capacitación of the Foro (activity 12) that the POC or the gremio gave: when, how long, how many were invited and attended, and the id of the attendance list's document.",
    fields: [
      { ...id('training_id', 'Id of the training'), constraints: { required: true, unique: true } },
      id('gad_id', 'Id of the local government'),
      { name: 'activity', type: 'integer', description: 'The activity it is evidence for: 4 or 12', constraints: { required: true } },
      stringField('topic', 'Topic'),
      { name: 'starts_at', type: 'datetime', description: 'Start (UTC)' },
      count('duration_minutes', 'Duration in minutes'),
      { ...stringField('status', 'scheduled, held or cancelled'), constraints: { enum: ['scheduled', 'held', 'cancelled'] } },
      count('invited', 'People invited'),
      count('attended', 'People who attended'),
      { name: 'attendance_recorded_at', type: 'datetime', description: 'When the attendance was recorded' },
      count('attendance_document_id', 'Document id of the attendance list (CSV)'),
    ],
    primaryKey: 'training_id',
    foreignKeys: [toGad],
    rows: openTrainings(db).map((row) => ({
      ...row,
      starts_at: tableDatetime(row.starts_at as number),
      attendance_recorded_at: tableDatetime(row.attendance_recorded_at as number | null),
    })),
  };
}
