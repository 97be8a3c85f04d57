/**
 * The national open data's tables: for each CSV file its Frictionless Table Schema (fields,
 * types, keys) and its rows, read from the store's public record.
 */
import { ACTIVITIES } from '../../domain/activities.js';
import type { Db } from '../../store/db.js';
import { openActivities, openCommitments, openGads, openMilestones, openReports, openSessions } from '../../store/open-data.js';
import { ASSESSMENT_KINDS, PROPOSAL_SOURCES, PROPOSAL_STATUSES } from '../../domain/cocreation.js';
import { openAssessments } from '../../store/assessments.js';
import { openProposals } from '../../store/proposals.js';

/** A Table Schema field (Frictionless Data, v1). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime';
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** One CSV file of the package. */
export interface OpenTable {
  /** Resource name and file stem (gads → gads.csv). */
  name: string;
  title: string;
  description: string;
  fields: TableField[];
  primaryKey: string;
  foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
  rows: Record<string, string | number | boolean | null>[];
}

/** An instant as Table Schema's default datetime format (UTC, no fraction). */
export function tableDatetime(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A required integer id column. */
export const id = (name: string, description: string): TableField => ({ name, type: 'integer', description, constraints: { required: true } });
/** A text column. */
export const stringField = (name: string, description: string): TableField => ({ name, type: 'string', description });
/** The foreign key to the local government. */
export const toGad = { fields: 'gad_id', reference: { resource: 'gads', fields: 'gad_id' } };

const activityColumn = (n: number) => `activity_${String(n).padStart(2, '0')}_done_at`;

/** The local governments in the process, their stage and when each activity was done. */
function gadsTable(db: Db): OpenTable {
  const done = new Map<string, number | null>();
  for (const row of openActivities(db)) done.set(`${row.gadId}:${row.activity}`, row.doneAt);
  const rows = openGads(db).map((gad) => {
    const dates = Object.fromEntries(ACTIVITIES.map((a) => [activityColumn(a.number), tableDatetime(done.get(`${gad.id}:${a.number}`) ?? null)]));
    const stage = Math.max(0, ...ACTIVITIES.filter((a) => done.get(`${gad.id}:${a.number}`)).map((a) => a.number));
    return { gad_id: gad.id, name: gad.name, level: gad.level, province: gad.province, canton: gad.canton, gremio: gad.gremio, entry: gad.entry, stage, ...dates };
  });
  return {
    name: 'gads',
    title: 'Gobiernos locales en el proceso / Local governments in the process',
    description: 'Local governments (GAD) accepted into the Open State process, their stage (highest activity of Anexo 4 done) and when each activity was done.',
    fields: [
      { ...id('gad_id', 'Id of the local government'), constraints: { required: true, unique: true } },
      stringField('name', 'Name of the local government'),
      { ...stringField('level', 'Level of government'), constraints: { enum: ['provincial', 'municipal', 'parroquial'] } },
      stringField('province', 'Province'),
      stringField('canton', 'Canton (municipal and parroquial levels)'),
      stringField('gremio', 'Association of its level: CONGOPE, AME or CONAGOPARE'),
      { ...stringField('entry', 'How it entered: interest (route a) or prioritization (route b)'), constraints: { enum: ['interest', 'prioritization'] } },
      { name: 'stage', type: 'integer', description: 'Highest activity of Anexo 4 done (0: none)' },
      ...ACTIVITIES.map((a): TableField => ({ name: activityColumn(a.number), type: 'datetime', description: `When activity ${a.number} was done (${a.nameEn})` })),
    ],
    primaryKey: 'gad_id',
    foreignKeys: [],
    rows,
  };
}

/** Commitments of published plans, with OGP's template fields and the evaluation. */
function commitmentsTable(db: Db): OpenTable {
  const rows = openCommitments(db).map((row) => ({
    ...row,
    published_at: tableDatetime(row.published_at as number | null),
    closed_at: tableDatetime(row.closed_at as number | null),
    pillars: (JSON.parse(String(row.pillars)) as string[]).join(';'),
    counterparts: (JSON.parse(String(row.counterparts)) as string[]).join(';'),
    evaluation_verifiable: row.evaluation_verifiable === null ? null : row.evaluation_verifiable === 1,
    evaluation_relevant: row.evaluation_relevant === null ? null : row.evaluation_relevant === 1,
  }));
  return {
    name: 'compromisos',
    title: 'Compromisos de los planes de acción / Action plan commitments',
    description: 'Commitments of every published local action plan, with the fields of OGP\'s template and the independent evaluation when there is one.',
    fields: [
      { ...id('commitment_id', 'Id of the commitment'), constraints: { required: true, unique: true } },
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      stringField('gad', 'Name of the local government'),
      { name: 'period_start', type: 'date', description: 'First day of the plan' },
      { name: 'period_end', type: 'date', description: 'Last day of the plan' },
      { ...stringField('plan_status', 'published or closed'), constraints: { enum: ['published', 'closed'] } },
      { name: 'published_at', type: 'datetime', description: 'When the plan was published' },
      { name: 'closed_at', type: 'datetime', description: 'When the plan was closed with its accountability report' },
      stringField('title', 'Title of the commitment'),
      stringField('problem', 'Problem it addresses'),
      stringField('objective', 'Objective'),
      stringField('expected_results', 'Expected results'),
      stringField('pillars', "Pillars of the Guía's model, separated by ';'"),
      stringField('responsible_entity', 'Entity responsible'),
      stringField('counterparts', "Counterparts, separated by ';'"),
      { name: 'evaluation_verifiable', type: 'boolean', description: 'Independent evaluation: verifiable' },
      { name: 'evaluation_relevant', type: 'boolean', description: 'Independent evaluation: relevant to open government' },
      stringField('evaluation_potential_impact', 'Independent evaluation: potential impact'),
      stringField('evaluation_result', 'Independent evaluation: result'),
    ],
    primaryKey: 'commitment_id',
    foreignKeys: [toGad],
    rows,
  };
}

/** Milestones of published plans with their completion level. */
function milestonesTable(db: Db): OpenTable {
  return {
    name: 'hitos',
    title: 'Hitos de los compromisos / Commitment milestones',
    description: 'Milestones (verifiable deliverables) of every published commitment, with dates, OGP completion level and how many evidence files support them.',
    fields: [
      { ...id('milestone_id', 'Id of the milestone'), constraints: { required: true, unique: true } },
      id('commitment_id', 'Id of the commitment'),
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      stringField('deliverable', 'Verifiable deliverable'),
      { name: 'start_date', type: 'date', description: 'Start date' },
      { name: 'due_date', type: 'date', description: 'Due date' },
      { ...stringField('completion', 'OGP completion level'), constraints: { enum: ['no_iniciado', 'limitado', 'sustancial', 'completo'] } },
      { name: 'evidence_files', type: 'integer', description: 'Evidence files uploaded' },
    ],
    primaryKey: 'milestone_id',
    foreignKeys: [toGad, { fields: 'commitment_id', reference: { resource: 'compromisos', fields: 'commitment_id' } }],
    rows: openMilestones(db),
  };
}

/** Progress reports on milestones. */
function reportsTable(db: Db): OpenTable {
  return {
    name: 'avances',
    title: 'Avances reportados / Progress reports',
    description: 'Progress reported on each milestone of a published plan: date, completion level, text and the reason for any delay.',
    fields: [
      { ...id('report_id', 'Id of the report'), constraints: { required: true, unique: true } },
      id('milestone_id', 'Id of the milestone'),
      id('commitment_id', 'Id of the commitment'),
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      { name: 'created_at', type: 'datetime', description: 'When it was reported' },
      { ...stringField('completion', 'OGP completion level reported'), constraints: { enum: ['no_iniciado', 'limitado', 'sustancial', 'completo'] } },
      stringField('text', 'What was reported'),
      stringField('delay_reason', 'Reason for a delay, if any'),
    ],
    primaryKey: 'report_id',
    foreignKeys: [toGad, { fields: 'milestone_id', reference: { resource: 'hitos', fields: 'milestone_id' } }],
    rows: openReports(db).map((row) => ({ ...row, created_at: tableDatetime(row.created_at as number) })),
  };
}

/** Foro sessions with attendance and the acta's document. */
function sessionsTable(db: Db): OpenTable {
  return {
    name: 'sesiones',
    title: 'Sesiones de los Foros Multiactor / Multi-stakeholder forum sessions',
    description: "Sessions of each local government's Foro Multiactor: when, status, how many members were invited and attended, and the id of the acta (minutes) document, downloadable from the local government's page.",
    fields: [
      { ...id('session_id', 'Id of the session'), constraints: { required: true, unique: true } },
      id('gad_id', 'Id of the local government'),
      { name: 'starts_at', type: 'datetime', description: 'Start (UTC)' },
      { name: 'duration_minutes', type: 'integer', description: 'Planned duration in minutes' },
      { ...stringField('status', 'scheduled, held or cancelled'), constraints: { enum: ['scheduled', 'held', 'cancelled'] } },
      stringField('place', 'Place'),
      { name: 'invited', type: 'integer', description: 'Members invited' },
      { name: 'attended', type: 'integer', description: 'Members who attended, as the Secretaría Técnica marked' },
      { name: 'acta_document_id', type: 'integer', description: 'Document id of the acta (download: /gad/{gad_id}/documentos/{id})' },
    ],
    primaryKey: 'session_id',
    foreignKeys: [toGad],
    rows: openSessions(db).map((row) => ({ ...row, starts_at: tableDatetime(row.starts_at as number) })),
  };
}

/** The co-creation registers: proposals answered for published plans, with the Foro's reasoned response (no contact). */
function proposalsTable(db: Db): OpenTable {
  return {
    name: 'propuestas',
    title: 'Registro de cocreación / Co-creation register',
    description: "Proposals for each published local action plan (sent through the bot, or imported from Decidim or CONSUL) and the Foro's reasoned response: accepted into a commitment, merged into another proposal, or not accepted.",
    fields: [
      { ...id('proposal_id', 'Id of the proposal'), constraints: { required: true, unique: true } },
      id('plan_id', 'Id of the plan whose register it belongs to'),
      id('gad_id', 'Id of the local government'),
      { ...stringField('source', 'Where it was sent: bot, decidim or consul'), constraints: { enum: [...PROPOSAL_SOURCES] } },
      stringField('external_id', 'Its id on the platform it was imported from'),
      stringField('title', 'Title'),
      stringField('description', 'Description'),
      stringField('author_name', 'The name its author chose to publish, if any'),
      { ...stringField('status', 'The Foro\'s response'), constraints: { enum: [...PROPOSAL_STATUSES] } },
      { name: 'commitment_id', type: 'integer', description: 'The commitment it was accepted into' },
      { name: 'merged_into_id', type: 'integer', description: 'The proposal it was merged into' },
      stringField('response', "The Foro's reasons"),
      { name: 'created_at', type: 'datetime', description: 'When it was received' },
      { name: 'responded_at', type: 'datetime', description: 'When the Foro responded' },
    ],
    primaryKey: 'proposal_id',
    foreignKeys: [toGad, { fields: 'commitment_id', reference: { resource: 'compromisos', fields: 'commitment_id' } }],
    rows: openProposals(db).map((row) => ({ ...row, created_at: tableDatetime(row.created_at as number), responded_at: tableDatetime(row.responded_at as number | null) })),
  };
}

/** The independent monitor's assessments of published plans, with the Foro's answers. */
function assessmentsTable(db: Db): OpenTable {
  const bool = (value: unknown) => (value === null ? null : value === 1);
  return {
    name: 'evaluaciones_independientes',
    title: 'Evaluaciones del ente de monitoreo independiente / Independent monitoring assessments',
    description:
      "OGP's monitoring cycle of each published plan: the inception assessment (per commitment: verifiable, relevant, potential impact; per plan, commitment empty: co-creation process and public repository) and each end-of-commitment assessment (completion, did it open government), with the Foro's answer.",
    fields: [
      { ...id('assessment_id', 'Id of the assessment'), constraints: { required: true, unique: true } },
      id('plan_id', 'Id of the plan'),
      id('gad_id', 'Id of the local government'),
      { ...stringField('kind', 'inception or commitment_end'), constraints: { enum: [...ASSESSMENT_KINDS] } },
      { name: 'commitment_id', type: 'integer', description: 'The commitment assessed (empty: the plan as a whole)' },
      { name: 'verifiable', type: 'boolean', description: 'Inception: verifiable' },
      { name: 'relevant', type: 'boolean', description: "Inception: relevant to OGP's values" },
      stringField('potential_impact', 'Inception: potential impact'),
      stringField('co_creation', 'Inception of the plan: the co-creation process against OGP standards (met, partly, not_met)'),
      stringField('repository', 'Inception of the plan: the public repository (met, partly, not_met)'),
      stringField('completion', 'End of commitment: OGP completion level'),
      stringField('result', 'End of commitment: did it open government'),
      stringField('notes', "The monitor's notes"),
      { name: 'created_at', type: 'datetime', description: 'When it was recorded' },
      stringField('response', "The Foro's answer"),
      { name: 'responded_at', type: 'datetime', description: 'When the Foro answered' },
    ],
    primaryKey: 'assessment_id',
    foreignKeys: [toGad, { fields: 'commitment_id', reference: { resource: 'compromisos', fields: 'commitment_id' } }],
    rows: openAssessments(db).map((row) => ({
      ...row,
      verifiable: bool(row.verifiable),
      relevant: bool(row.relevant),
      created_at: tableDatetime(row.created_at as number),
      responded_at: tableDatetime(row.responded_at as number | null),
    })),
  };
}

/** Every table of the package, in the order datapackage.json lists them. */
export function openTables(db: Db): OpenTable[] {
  return [gadsTable(db), commitmentsTable(db), milestonesTable(db), reportsTable(db), sessionsTable(db), proposalsTable(db), assessmentsTable(db)];
}
