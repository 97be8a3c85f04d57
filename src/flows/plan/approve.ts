/**
 * Approval and publication of a plan: the office that approves it (the Presidencia, or
 * the Co-Presidencia when the Presidencia recorded it; never its recorder) sees what will
 * be published and to whom, and says "Sí, aprobar y publicar". The bot then publishes it
 * — a PDF and its open data (JSON, CSV), fetchable by anyone with the plan's link (`/plan
 * TOKEN`) — sends it to the Foro, the POCL and the POC, tells each responsible person
 * their milestones, and tells the POC that the co-creation their activity 13 supports has
 * its result. An amendment of a published plan is approved on the same path, by the same
 * rule, and republished as the plan's next version (amend-publish.ts).
 */
import { approvalConflict } from '../../domain/separation.js';
import { approvesPlan } from '../../domain/duties.js';
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { commitmentsOf, milestonesOf, planById, setPlanStatus, type Plan } from '../../store/plans.js';
import { membershipsOf, peopleWithRole } from '../../store/people.js';
import { activityByNumber } from '../../domain/activities.js';
import { gadState } from '../../store/progress.js';
import { activityChoices, offerActions } from '../progress/activity-choices.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import { yesNoChoices } from '../../engine/fields.js';
import { attachment, storePlanFiles } from './files/build.js';
import { awaitingApproval, planApprovingOffice, planAudience } from './access.js';
import { amendmentQuestion, publishPlanAmendment } from './amend-publish.js';
import { tellResponsibles } from './responsibles.js';
import { refreshCommitmentStatuses } from '../../store/plan-progress.js';
import { today } from './text.js';
import { PUBLIC_PLAN_PAYLOAD } from './public.js';
import { dutyRefusal } from '../people/duty-text.js';
import { namesOf } from '../progress/actions.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { announceMilestone } from '../../engine/milestones.js';
import { planDecisionRefusal } from '../sessions/plan-decision.js';

/** Whether the sender may approve the plan now: a draft (or an amendment of it awaits approval), and they hold its approving office. */
export function mayApprove(ctx: FlowContext, plan: Plan): boolean {
  const awaiting = awaitingApproval(ctx.db, plan);
  return awaiting !== undefined && approvesPlan(ctx.memberships, plan.gadId, planApprovingOffice(ctx.db, awaiting));
}

/** Why the sender cannot approve the plan, if they cannot. */
function approvalRefusal(ctx: FlowContext, plan: Plan): Reply | undefined {
  if (!mayApprove(ctx, plan)) return { text: m('plan-not-allowed') };
  const undecided = planDecisionRefusal(ctx, plan);
  if (undecided) return undecided;
  const recorder = awaitingApproval(ctx.db, plan)!.createdByPersonId;
  const rule = approvalConflict(recorder !== null && recorder === ctx.person?.id);
  if (!rule) return undefined;
  ctx.audit('plan.refused', plan.gadId, { planId: plan.id, rule });
  return dutyRefusal(ctx, rule);
}

/** The question before approving: what will be published and to whom; "Sí, aprobar y publicar" / "No". */
export function approveQuestion(ctx: FlowContext, gad: Gad, plan: Plan): Reply {
  const refusal = approvalRefusal(ctx, plan);
  if (refusal) return refusal;
  if (plan.status === 'published') return amendmentQuestion(ctx, gad, plan);
  const commitments = commitmentsOf(ctx.db, plan.id);
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  const told = planAudience(ctx.db, gad.id).filter((id) => id !== ctx.person?.id);
  return {
    text: m('plan-approve-ask', { gad: gad.name, commitments: commitments.length, milestones: milestones.length, told: namesOf(ctx, told) }),
    choices: yesNoChoices('approve'),
  };
}

/** Approves a draft plan and publishes it; replies with its files. */
export function approvePlan(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  const refusal = approvalRefusal(ctx, plan);
  if (refusal) return [refusal];
  if (plan.status === 'published') return publishPlanAmendment(ctx, gad, plan);
  setPlanStatus(ctx.db, plan.id, 'approved', ctx.now, ctx.person?.id ?? null);
  setPlanStatus(ctx.db, plan.id, 'published', ctx.now);
  refreshCommitmentStatuses(ctx.db, plan.id, today(ctx.now, ctx.config.timeZone), ctx.now);
  const published = planById(ctx.db, plan.id)!;
  const files = storePlanFiles({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone, locale: ctx.config.defaultLocale }, published, 'plan', ctx.now);
  ctx.audit('plan.approved', gad.id, { planId: plan.id });
  ctx.audit('plan.published', gad.id, { planId: plan.id, pdf: files.pdf.sha256, json: files.json.sha256, csv: files.csv.sha256 });
  const command = `/plan ${plan.publicToken}`;
  const deepLink = telegramDeepLink(ctx.db, `${PUBLIC_PLAN_PAYLOAD}${plan.publicToken}`);
  const link = deepLink ? `${command} · ${deepLink}` : command;
  const told = planAudience(ctx.db, gad.id);
  for (const personId of told) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('plan-published-notify', { gad: gad.name, link }), file: attachment(files.pdf) });
  }
  announceMilestone(ctx, gad, 'plan_approved', { occurrence: plan.id, alreadyTold: told });
  const cocreation = activityByNumber(13)!;
  const state = gadState(ctx.db, gad.id);
  for (const poc of peopleWithRole(ctx.db, 'poc')) {
    offerActions(ctx, poc, { text: m('plan-activity-13-notify', { gad: gad.name }) }, activityChoices(membershipsOf(ctx.db, poc), gad, cocreation, state), `activity:${gad.id}:13`);
  }
  tellResponsibles(ctx, gad, commitmentsOf(ctx.db, plan.id));
  return [
    { text: m('plan-published', { gad: gad.name, link }), file: attachment(files.pdf) },
    { text: m('plan-open-data'), file: attachment(files.json) },
    { text: m('plan-open-data'), file: attachment(files.csv) },
  ];
}
