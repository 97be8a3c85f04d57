/**
 * Amendments of a published action plan (OGP Local lets a plan change during its
 * implementation, openly): commitments added, changed or withdrawn with a reason, and
 * milestones re-dated. An amendment is approved like the plan and becomes its next
 * version; its changes are the version's change log. Pure data and rules, no I/O.
 */
import { milestoneProblem, type CommitmentDraft, type PlanProblem } from './plan.js';

/** The fields of a commitment an amendment may rewrite. */
export const AMENDABLE_FIELDS = ['title', 'objective', 'expectedResults', 'responsibleEntity'] as const;
/** A commitment field an amendment may rewrite. */
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

/** One change of an amendment. Ids are those of the commitments and milestones in the record: they stay the same across versions. */
export type AmendmentChange =
  | { kind: 'add_commitment'; commitment: CommitmentDraft }
  | { kind: 'change_commitment'; commitmentId: number; title: string; field: AmendableField; before: string; after: string }
  | { kind: 'withdraw_commitment'; commitmentId: number; title: string; reason: string }
  | { kind: 'redate_milestone'; milestoneId: number; deliverable: string; before: string; after: string };

/** The kinds of change, in the order they are offered. */
export const AMENDMENT_KINDS = ['add_commitment', 'change_commitment', 'withdraw_commitment', 'redate_milestone'] as const;

/** What keeps an amendment's changes from being recorded in a plan's period; empty when they can be. */
export function amendmentProblems(period: { periodStart: string; periodEnd: string }, changes: readonly AmendmentChange[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  for (const change of changes) {
    if (change.kind === 'add_commitment') {
      if (change.commitment.milestones.length === 0) problems.push({ kind: 'no_milestones', commitment: change.commitment.title });
      for (const milestone of change.commitment.milestones) {
        const problem = milestoneProblem(period, milestone);
        if (problem) problems.push(problem);
      }
    }
    if (change.kind === 'redate_milestone' && (change.after < period.periodStart || change.after > period.periodEnd)) {
      problems.push({ kind: 'outside_period', deliverable: change.deliverable });
    }
  }
  return problems;
}
