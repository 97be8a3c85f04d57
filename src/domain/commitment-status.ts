/**
 * A commitment's status as OGP's Independent Reporting Mechanism reports it: not
 * started, limited, substantial, complete, withdrawn, or no evidence available (a
 * milestone is past due and nobody has reported on any of them). The status follows from
 * its milestones' completion; a change of status is dated in its history. Also the share
 * of milestones done. Pure functions, no I/O.
 */
import type { Bilingual } from './labels.js';
import { COMPLETION_LEVELS, COMPLETION_NAMES, completionForPercent, type CompletionLevel } from './plan.js';

/** A commitment's statuses: OGP's completion levels, then "no evidence available" and "withdrawn". */
export const COMMITMENT_STATUSES = [...COMPLETION_LEVELS, 'sin_evidencia', 'retirado'] as const;
/** A commitment's status. */
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** Names of the commitment statuses. */
export const COMMITMENT_STATUS_NAMES: Readonly<Record<CommitmentStatus, Bilingual>> = {
  ...COMPLETION_NAMES,
  sin_evidencia: { es: 'sin evidencia disponible', en: 'no evidence available' },
  retirado: { es: 'retirado', en: 'withdrawn' },
};

/** How much of a milestone each completion level counts for, in percent. */
const LEVEL_WEIGHT: Readonly<Record<CompletionLevel, number>> = { no_iniciado: 0, limitado: 25, sustancial: 75, completo: 100 };

/** A milestone as the status needs it: its completion, due date, and whether anyone has reported on it. */
export interface MilestoneStanding {
  completion: CompletionLevel;
  dueDate: string;
  reported: boolean;
}

/**
 * The status of a commitment on `today` (ISO date): withdrawn; complete when every
 * milestone is; no evidence available when none was reported on and one is past due;
 * otherwise the level of its milestones' average completion.
 */
export function commitmentStatus(milestones: readonly MilestoneStanding[], today: string, withdrawn: boolean): CommitmentStatus {
  if (withdrawn) return 'retirado';
  if (milestones.length > 0 && milestones.every((ms) => ms.completion === 'completo')) return 'completo';
  if (!milestones.some((ms) => ms.reported) && milestones.some((ms) => ms.dueDate < today)) return 'sin_evidencia';
  const average = milestones.reduce((sum, ms) => sum + LEVEL_WEIGHT[ms.completion], 0) / Math.max(milestones.length, 1);
  return completionForPercent(Math.min(average, 99));
}

/** The share of milestones complete, as a whole percentage (0 when there are none). */
export function milestonesDonePercent(milestones: readonly { completion: string }[]): number {
  if (milestones.length === 0) return 0;
  return Math.round((100 * milestones.filter((ms) => ms.completion === 'completo').length) / milestones.length);
}
