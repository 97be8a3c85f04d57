/**
 * Approval and publication of a plan: the Foro's Presidencia approves the draft; the bot
 * publishes it at once — a PDF and its open data (JSON, CSV), fetchable by anyone with
 * the plan's link (`/plan TOKEN`) — sends it to the Foro, the POCL and the POC, tells
 * each responsible person their milestones, and tells the POC that the co-creation their
 * activity 13 supports has its result, so they can confirm activity 13.
 */
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { commitmentsOf, milestonesOf, planById, responsibleOf, setPlanStatus, type Plan } from '../../store/plans.js';
import { membershipsOf, peopleWithRole } from '../../store/people.js';
import { activityByNumber } from '../../domain/activities.js';
import { gadState } from '../../store/progress.js';
import { activityChoices, offerActions } from '../progress/activity-choices.js';
import { attachment, storePlanFiles } from './files/build.js';
import { approvesPlan } from '../../domain/duties.js';
import { planAudience } from './access.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import { PUBLIC_PLAN_PAYLOAD } from './public.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { formatIsoDate } from '../../shared/zoned-time.js';
import { announceMilestone } from '../../engine/milestones.js';

/** Approves a draft plan and publishes it; replies with its files. */
export function approvePlan(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  if (!approvesPlan(ctx.memberships, gad.id) || plan.status !== 'draft') return [{ text: m('plan-not-allowed') }];
  setPlanStatus(ctx.db, plan.id, 'approved', ctx.now, ctx.person?.id ?? null);
  setPlanStatus(ctx.db, plan.id, 'published', ctx.now);
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
  const commitments = commitmentsOf(ctx.db, plan.id);
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  for (const commitment of commitments) {
    const personId = responsibleOf(ctx.db, commitment);
    if (personId === null) continue;
    const lines = milestones.filter((ms) => ms.commitmentId === commitment.id).map((ms) => `• ${ms.deliverable} (${formatIsoDate(ms.dueDate)})`);
    ctx.notify(personId, { text: m('plan-responsible-notify', { gad: gad.name, commitment: commitment.title, milestones: lines.join('\n') }) });
  }
  return [
    { text: m('plan-published', { gad: gad.name, link }), file: attachment(files.pdf) },
    { text: m('plan-open-data'), file: attachment(files.json) },
    { text: m('plan-open-data'), file: attachment(files.csv) },
  ];
}
