/**
 * The published zod schema of a local action plan's open data (the JSON the bot
 * publishes, and the accountability report's JSON): what open-data portals and the
 * independent monitor can rely on. `PLAN_DATA_SCHEMA_ID` names its version.
 */
import { z } from 'zod';
import { COMPLETION_LEVELS, EVALUATION_RESULTS, PLAN_STATUSES, POTENTIAL_IMPACTS } from './plan.js';
import { PILLARS } from './pillars.js';
import { COMMITMENT_STATUSES } from './commitment-status.js';
import { AMENDABLE_FIELDS, AMENDMENT_KINDS } from './plan-amendment.js';
import { ASSESSMENT_KINDS, PROPOSAL_SOURCES, PROPOSAL_STATUSES, STANDARD_LEVELS } from './cocreation.js';

/** The id and version of the schema, written in every file. */
export const PLAN_DATA_SCHEMA_ID = 'estado-abierto-ec/plan-de-accion-local/v1';

const isoDate = z.iso.date();
const isoInstant = z.iso.datetime();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const pillarIds = PILLARS.map((pillar) => pillar.id) as [string, ...string[]];

/** A stored file named in the data, with its SHA-256 to check it. */
export const FileRefSchema = z.object({
  documentId: z.number().int(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  sha256,
  uploadedAt: isoInstant,
});

/** A progress report on a milestone. */
export const ProgressReportSchema = z.object({
  date: isoInstant,
  completion: z.enum(COMPLETION_LEVELS),
  text: z.string(),
  delayReason: z.string().nullable(),
});

/** A milestone: a verifiable deliverable with dates, progress and evidence. */
export const MilestoneDataSchema = z.object({
  id: z.number().int(),
  deliverable: z.string(),
  startDate: isoDate,
  dueDate: isoDate,
  completion: z.enum(COMPLETION_LEVELS),
  reports: z.array(ProgressReportSchema),
  evidence: z.array(FileRefSchema),
});

/** The independent monitor's assessment of a commitment. */
export const EvaluationDataSchema = z.object({
  verifiable: z.boolean(),
  relevant: z.boolean(),
  potentialImpact: z.enum(POTENTIAL_IMPACTS),
  result: z.enum(EVALUATION_RESULTS),
  notes: z.string().nullable(),
  date: isoInstant,
});

/** A dated status of a commitment (its history, oldest first). */
export const StatusDataSchema = z.object({
  status: z.enum(COMMITMENT_STATUSES),
  date: isoInstant,
});

/** One change of an amendment, flat: which commitment or milestone, and what changed. */
export const ChangeDataSchema = z.object({
  kind: z.enum(AMENDMENT_KINDS),
  /** The commitment changed, withdrawn or added (null for an added one not yet published), or the re-dated milestone's. */
  commitmentId: z.number().int().nullable(),
  milestoneId: z.number().int().nullable(),
  /** The commitment's title, or the re-dated milestone's deliverable. */
  title: z.string(),
  field: z.enum(AMENDABLE_FIELDS).nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  reason: z.string().nullable(),
});

/** A version of the plan: the first as published, then one per published amendment with its reason and change log. */
export const VersionDataSchema = z.object({
  version: z.number().int().min(1),
  publishedAt: isoInstant.nullable(),
  reason: z.string().nullable(),
  changes: z.array(ChangeDataSchema),
});

/** A commitment, as OGP's template has it. */
export const CommitmentDataSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  problem: z.string(),
  objective: z.string(),
  expectedResults: z.string(),
  pillars: z.array(z.enum(pillarIds)).min(1),
  responsibleEntity: z.string(),
  responsiblePerson: z.string().nullable(),
  counterparts: z.array(z.string()),
  milestones: z.array(MilestoneDataSchema).min(1),
  evaluation: EvaluationDataSchema.nullable(),
  /** The plan version that added it. */
  sinceVersion: z.number().int().min(1),
  /** Its withdrawal by an amendment, with the reason; null while in force. */
  withdrawn: z.object({ date: isoInstant, reason: z.string() }).nullable(),
  /** Its status as OGP reports it, and the dated history of its statuses. */
  status: z.enum(COMMITMENT_STATUSES),
  statusHistory: z.array(StatusDataSchema),
  /** The share of its milestones complete, in percent. */
  milestonesDonePercent: z.number().int().min(0).max(100),
});

/** A Foro session held during the plan, for the accountability report. */
export const SessionDataSchema = z.object({
  id: z.number().int(),
  startsAt: isoInstant,
  status: z.string(),
  invited: z.number().int().nonnegative(),
  attended: z.number().int().nonnegative(),
  minutes: FileRefSchema.nullable(),
});

/** A proposal of the co-creation register and the Foro's reasoned response (no contact is published). */
export const ProposalDataSchema = z.object({
  id: z.number().int(),
  source: z.enum(PROPOSAL_SOURCES),
  externalId: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  author: z.string().nullable(),
  receivedAt: isoInstant,
  status: z.enum(PROPOSAL_STATUSES),
  /** The commitment it was accepted into. */
  commitmentId: z.number().int().nullable(),
  /** The proposal it was merged into. */
  mergedIntoId: z.number().int().nullable(),
  response: z.string().nullable(),
  respondedAt: isoInstant.nullable(),
});

/**
 * One part of the independent monitor's assessment: the inception assessment of a
 * commitment (verifiable, relevant, potential impact) or of the plan (commitmentId null:
 * co-creation process and public repository), or an end-of-commitment assessment
 * (completion, did it open government); with the Foro's answer, if any.
 */
export const AssessmentDataSchema = z.object({
  id: z.number().int(),
  kind: z.enum(ASSESSMENT_KINDS),
  commitmentId: z.number().int().nullable(),
  verifiable: z.boolean().nullable(),
  relevant: z.boolean().nullable(),
  potentialImpact: z.enum(POTENTIAL_IMPACTS).nullable(),
  coCreation: z.enum(STANDARD_LEVELS).nullable(),
  repository: z.enum(STANDARD_LEVELS).nullable(),
  completion: z.enum(COMPLETION_LEVELS).nullable(),
  result: z.enum(EVALUATION_RESULTS).nullable(),
  notes: z.string().nullable(),
  date: isoInstant,
  foroResponse: z.string().nullable(),
  foroRespondedAt: isoInstant.nullable(),
});

/** The open data of a plan (and, with `sessions`, of its accountability report). */
export const PlanDataSchema = z.object({
  schema: z.literal(PLAN_DATA_SCHEMA_ID),
  generatedAt: isoInstant,
  gad: z.object({ id: z.number().int(), name: z.string(), level: z.string(), province: z.string(), canton: z.string().nullable() }),
  plan: z.object({
    id: z.number().int(),
    periodStart: isoDate,
    periodEnd: isoDate,
    status: z.enum(PLAN_STATUSES),
    approvedAt: isoInstant.nullable(),
    publishedAt: isoInstant.nullable(),
    closedAt: isoInstant.nullable(),
    /** The version in force when the file was written. */
    version: z.number().int().min(1),
    /** The share of milestones complete (of commitments in force), in percent. */
    milestonesDonePercent: z.number().int().min(0).max(100),
  }),
  /** The plan's versions, oldest first, with each amendment's change log. */
  versions: z.array(VersionDataSchema).min(1),
  commitments: z.array(CommitmentDataSchema).min(1),
  sessions: z.array(SessionDataSchema).optional(),
  /** The co-creation register: the proposals answered for this plan (absent from files published before it was kept: none). */
  proposals: z.array(ProposalDataSchema).default([]),
  /** The independent monitor's assessments, inception and end of commitment (absent from earlier files: none). */
  assessments: z.array(AssessmentDataSchema).default([]),
});

/** A plan's open data. */
export type PlanData = z.infer<typeof PlanDataSchema>;
/** A proposal in the open data. */
export type ProposalData = z.infer<typeof ProposalDataSchema>;
/** An assessment in the open data. */
export type AssessmentData = z.infer<typeof AssessmentDataSchema>;
/** A file reference in the open data. */
export type FileRef = z.infer<typeof FileRefSchema>;
