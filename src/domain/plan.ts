/**
 * The local action plan (PAGL) as OGP Local's method has it: completion levels of a
 * milestone, the independent monitor's scales, and the rules a plan must meet before it
 * is recorded (every commitment has a milestone; every milestone has a due date inside
 * the plan's period, not before its start). Pure data and functions, no I/O.
 */
import type { Bilingual } from './labels.js';
import type { PillarId } from './pillars.js';

/** OGP's completion levels of a milestone, from none to complete. */
export const COMPLETION_LEVELS = ['no_iniciado', 'limitado', 'sustancial', 'completo'] as const;
/** A completion level. */
export type CompletionLevel = (typeof COMPLETION_LEVELS)[number];

/**
 * The completion level a typed percentage stands for: 0 % not started, up to 49 %
 * limited, 50-99 % substantial, 100 % complete.
 */
export function completionForPercent(percent: number): CompletionLevel {
  if (percent <= 0) return 'no_iniciado';
  if (percent < 50) return 'limitado';
  return percent < 100 ? 'sustancial' : 'completo';
}

/** OGP's "did it open government?" scale of a commitment's result. */
export const EVALUATION_RESULTS = ['empeoro', 'no_cambio', 'marginal', 'significativo', 'sobresaliente'] as const;
/** An evaluation result. */
export type EvaluationResult = (typeof EVALUATION_RESULTS)[number];

/** OGP's potential impact of a commitment's design. */
export const POTENTIAL_IMPACTS = ['ninguno', 'menor', 'moderado', 'transformador'] as const;
/** A potential impact. */
export type PotentialImpact = (typeof POTENTIAL_IMPACTS)[number];

/** The life of a plan. */
export const PLAN_STATUSES = ['draft', 'approved', 'published', 'closed'] as const;
/** A plan's status. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Names of a plan's statuses. */
export const PLAN_STATUS_NAMES: Readonly<Record<PlanStatus, Bilingual>> = {
  draft: { es: 'borrador, espera la aprobación de la Presidencia del Foro', en: "draft, awaiting the Forum Presidency's approval" },
  approved: { es: 'aprobado', en: 'approved' },
  published: { es: 'aprobado y publicado, en implementación', en: 'approved and published, being implemented' },
  closed: { es: 'cerrado, con rendición de cuentas', en: 'closed, accounted for' },
};

/** Names of the completion levels. */
export const COMPLETION_NAMES: Readonly<Record<CompletionLevel, Bilingual>> = {
  no_iniciado: { es: 'no iniciado', en: 'not started' },
  limitado: { es: 'limitado', en: 'limited' },
  sustancial: { es: 'sustancial', en: 'substantial' },
  completo: { es: 'completo', en: 'complete' },
};

/** Names of the evaluation results. */
export const RESULT_NAMES: Readonly<Record<EvaluationResult, Bilingual>> = {
  empeoro: { es: 'empeoró', en: 'worsened' },
  no_cambio: { es: 'no cambió', en: 'did not change' },
  marginal: { es: 'marginal', en: 'marginal' },
  significativo: { es: 'significativo', en: 'major' },
  sobresaliente: { es: 'sobresaliente', en: 'outstanding' },
};

/** Names of the potential impacts. */
export const IMPACT_NAMES: Readonly<Record<PotentialImpact, Bilingual>> = {
  ninguno: { es: 'ninguno', en: 'none' },
  menor: { es: 'menor', en: 'minor' },
  moderado: { es: 'moderado', en: 'moderate' },
  transformador: { es: 'transformador', en: 'transformative' },
};

/** A milestone as recorded: ISO dates (YYYY-MM-DD), local to the configured zone. */
export interface MilestoneDraft {
  deliverable: string;
  startDate: string;
  dueDate?: string;
}

/** A commitment as recorded, OGP's template. */
export interface CommitmentDraft {
  title: string;
  problem: string;
  objective: string;
  expectedResults: string;
  pillars: PillarId[];
  responsibleEntity: string;
  /** An existing person of the GAD, or null when one is to be invited. */
  responsiblePersonId: number | null;
  /** The name of the person to invite when responsiblePersonId is null. */
  responsibleName: string;
  counterparts: string[];
  milestones: MilestoneDraft[];
}

/** A plan as recorded, before it is saved. */
export interface PlanDraft {
  periodStart: string;
  periodEnd: string;
  commitments: CommitmentDraft[];
}

/** Why a plan cannot be recorded as it is. */
export type PlanProblem =
  | { kind: 'period' }
  | { kind: 'no_commitments' }
  | { kind: 'no_milestones'; commitment: string }
  | { kind: 'no_due_date'; deliverable: string }
  | { kind: 'due_before_start'; deliverable: string }
  | { kind: 'outside_period'; deliverable: string };

/** What is wrong with one milestone in a period, if anything (ISO dates compare as text). */
export function milestoneProblem(period: { periodStart: string; periodEnd: string }, milestone: MilestoneDraft): PlanProblem | undefined {
  const { deliverable } = milestone;
  if (!milestone.dueDate) return { kind: 'no_due_date', deliverable };
  if (milestone.dueDate < milestone.startDate) return { kind: 'due_before_start', deliverable };
  if (milestone.startDate < period.periodStart || milestone.dueDate > period.periodEnd) return { kind: 'outside_period', deliverable };
  return undefined;
}

/** Everything that keeps a plan from being recorded; empty when it can be. */
export function planProblems(plan: PlanDraft): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (plan.periodEnd <= plan.periodStart) problems.push({ kind: 'period' });
  if (plan.commitments.length === 0) problems.push({ kind: 'no_commitments' });
  for (const commitment of plan.commitments) {
    if (commitment.milestones.length === 0) problems.push({ kind: 'no_milestones', commitment: commitment.title });
    for (const milestone of commitment.milestones) {
      const problem = milestoneProblem(plan, milestone);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
