/**
 * The co-creation register's and the monitor's columns of a plan's CSV, beside each
 * milestone's commitment: the proposals accepted into it, its inception and
 * end-of-commitment assessments, and the plan's inception assessment of its co-creation
 * process and public repository. The whole register (proposals not accepted or merged,
 * the Foro's reasons and answers) is in the JSON and in the national open data.
 */
import type { PlanData } from '../../../domain/plan-schema.js';

/** The columns, in order, after the plan's own. */
export const COCREATION_CSV_COLUMNS = [
  'proposals_accepted',
  'inception_verifiable',
  'inception_relevant',
  'inception_potential_impact',
  'inception_co_creation',
  'inception_repository',
  'end_completion',
  'end_result',
] as const;

const bool = (value: boolean | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The columns' values for a commitment of the plan. */
export function coCreationColumns(data: PlanData, commitmentId: number): Record<(typeof COCREATION_CSV_COLUMNS)[number], string> {
  const part = (kind: string, id: number | null) => data.assessments.find((a) => a.kind === kind && a.commitmentId === id);
  const inception = part('inception', commitmentId);
  const planLevel = part('inception', null);
  const end = part('commitment_end', commitmentId);
  return {
    proposals_accepted: data.proposals.filter((p) => p.commitmentId === commitmentId).map((p) => p.id).join(';'),
    inception_verifiable: bool(inception?.verifiable),
    inception_relevant: bool(inception?.relevant),
    inception_potential_impact: inception?.potentialImpact ?? '',
    inception_co_creation: planLevel?.coCreation ?? '',
    inception_repository: planLevel?.repository ?? '',
    end_completion: end?.completion ?? '',
    end_result: end?.result ?? '',
  };
}
