/**
 * The Foro's decision behind a plan's approval: the Presidencia approves and publishes a
 * plan (or an amendment of a published plan) only after a session with quorum approved it
 * (/decisiones). When there is none, the refusal names what is missing: no decision at
 * all, one without quorum, or one that did not pass. For an amendment, only decisions
 * recorded since the amendment was drafted count.
 */
import { decisionCounts, quorumRequired } from '../../domain/quorum.js';
import { m } from '../../shared/i18n.js';
import { decisionsOn } from '../../store/sessions-decisions.js';
import { pendingAmendment } from '../../store/plan-amendments.js';
import type { Plan } from '../../store/plans.js';
import { sessionById } from '../../store/sessions.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { sessionArgs } from './text.js';

/** Why a plan cannot be approved yet for want of a Foro decision with quorum; undefined when it has one. */
export function planDecisionRefusal(ctx: FlowContext, plan: Pick<Plan, 'id' | 'gadId' | 'status'>): Reply | undefined {
  const since = plan.status === 'draft' ? undefined : pendingAmendment(ctx.db, plan.id)?.createdAt;
  const decisions = decisionsOn(ctx.db, plan.gadId, 'plan', plan.id).filter((row) => !since || row.createdAt >= since);
  if (decisions.some(decisionCounts)) return undefined;
  const latest = decisions[0];
  if (!latest) return { text: m('plan-decision-missing') };
  const session = sessionById(ctx.db, latest.sessionId);
  const when = session ? sessionArgs(session, '', ctx.config.timeZone).when! : '-';
  const args = { when, present: latest.present, seats: latest.seats, required: quorumRequired(latest.seats), for: latest.votesFor, against: latest.votesAgainst };
  return { text: m(latest.quorum ? 'plan-decision-rejected' : 'plan-decision-no-quorum', args) };
}
