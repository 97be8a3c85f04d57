/**
 * The co-creation register and the monitoring assessments on a local government's page:
 * the public code to send proposals, and for each plan its proposals with the Foro's
 * reasoned responses and the monitor's assessments with the Foro's answers.
 */
import { PROPOSAL_STATUS_NAMES } from '../domain/cocreation.js';
import { nameIn } from '../domain/labels.js';
import type { PlanData } from '../domain/plan-schema.js';
import { assessmentLine } from '../flows/plan/files/pdf-cocreation.js';
import type { Locale } from '../shared/i18n.js';
import type { Db } from '../store/db.js';
import { existingCallCode, pendingProposals } from '../store/proposals.js';

/** The GAD's call for proposals, if the Foro opened one: its code and how many proposals await a response. */
export function proposalCallView(db: Db, gadId: number): { code: string; pending: number } | undefined {
  const code = existingCallCode(db, gadId);
  return code ? { code, pending: pendingProposals(db, gadId).length } : undefined;
}

/** A plan's register and assessments as the page shows them. */
export function planRegisterView(data: PlanData, locale: Locale) {
  const commitmentNumber = (id: number | null) => data.commitments.findIndex((c) => c.id === id) + 1;
  return {
    proposals: data.proposals.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      author: p.author,
      commitmentId: p.commitmentId,
      status: nameIn(PROPOSAL_STATUS_NAMES, p.status)[locale],
      target: p.commitmentId !== null ? `${commitmentNumber(p.commitmentId)}.` : p.mergedIntoId !== null ? `#${p.mergedIntoId}` : '',
      response: p.response,
    })),
    assessments: data.assessments.map((a) => ({ line: assessmentLine(data, a, locale), notes: a.notes, date: a.date, foroResponse: a.foroResponse })),
  };
}
