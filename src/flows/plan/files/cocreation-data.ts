/**
 * A plan's co-creation register and monitoring assessments as its open data has them
 * (domain/plan-schema.ts): the proposals answered for it, and the current part of each
 * of the independent monitor's assessments with the Foro's answer.
 */
import type { AssessmentKind, ProposalSource, ProposalStatus, StandardLevel } from '../../../domain/cocreation.js';
import type { CompletionLevel, EvaluationResult, PotentialImpact } from '../../../domain/plan.js';
import type { AssessmentData, ProposalData } from '../../../domain/plan-schema.js';
import { assessmentsOf } from '../../../store/assessments.js';
import type { Db } from '../../../store/db.js';
import type { Plan } from '../../../store/plans.js';
import { proposalsOf } from '../../../store/proposals.js';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The proposals and assessments of a plan, as published. */
export function coCreationData(db: Db, plan: Plan): { proposals: ProposalData[]; assessments: AssessmentData[] } {
  return {
    proposals: proposalsOf(db, plan.id).map((p) => ({
      id: p.id,
      source: p.source as ProposalSource,
      externalId: p.externalId,
      title: p.title,
      description: p.description,
      author: p.authorName,
      receivedAt: p.createdAt.toISOString(),
      status: p.status as ProposalStatus,
      commitmentId: p.commitmentId,
      mergedIntoId: p.mergedIntoId,
      response: p.response,
      respondedAt: iso(p.respondedAt),
    })),
    assessments: assessmentsOf(db, plan.id).map((a) => ({
      id: a.id,
      kind: a.kind as AssessmentKind,
      commitmentId: a.commitmentId,
      verifiable: a.verifiable,
      relevant: a.relevant,
      potentialImpact: a.potentialImpact as PotentialImpact | null,
      coCreation: a.coCreation as StandardLevel | null,
      repository: a.repository as StandardLevel | null,
      completion: a.completion as CompletionLevel | null,
      result: a.result as EvaluationResult | null,
      notes: a.notes,
      date: a.createdAt.toISOString(),
      foroResponse: a.response,
      foroRespondedAt: iso(a.respondedAt),
    })),
  };
}
