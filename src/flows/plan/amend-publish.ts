/**
 * Approving an amendment of a published plan, on the plan's own approval path
 * (approve.ts): the approving office sees the change log and who will receive it, and
 * says "Sí, aprobar y publicar". The changes are then applied, the plan is republished as
 * its next version (new PDF, JSON and CSV; the earlier versions' files stay as they were
 * and can still be fetched), and the Foro, the POCL and the POC receive the change log. A new commitment's
 * responsible person is told their milestones, or invited (the code goes to whoever
 * recorded the amendment).
 */
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { pendingAmendment, publishAmendment } from '../../store/plan-amendments.js';
import { refreshCommitmentStatuses } from '../../store/plan-progress.js';
import { planById, type Plan } from '../../store/plans.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import { yesNoChoices } from '../../engine/fields.js';
import { namesOf } from '../progress/actions.js';
import { planAudience } from './access.js';
import { changeLog } from './change-log.js';
import { attachment, storePlanFiles } from './files/build.js';
import { PUBLIC_PLAN_PAYLOAD } from './public.js';
import { inviteResponsibles } from './record.js';
import { tellResponsibles } from './responsibles.js';
import { today } from './text.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** The question before approving an amendment: its reason, its change log and who will receive it. */
export function amendmentQuestion(ctx: FlowContext, gad: Gad, plan: Plan): Reply {
  const amendment = pendingAmendment(ctx.db, plan.id)!;
  const told = planAudience(ctx.db, gad.id).filter((id) => id !== ctx.person?.id);
  return {
    text: m('plan-amend-approve-ask', { gad: gad.name, version: amendment.version, reason: amendment.reason, changes: changeLog(amendment.changes), told: namesOf(ctx, told) }),
    choices: yesNoChoices('approve'),
  };
}

/** Applies the approved amendment and republishes the plan as its next version; replies with the new files. */
export function publishPlanAmendment(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  const amendment = pendingAmendment(ctx.db, plan.id)!;
  const added = publishAmendment(ctx.db, amendment, { personId: ctx.person?.id ?? null, now: ctx.now });
  refreshCommitmentStatuses(ctx.db, plan.id, today(ctx.now, ctx.config.timeZone), ctx.now);
  const published = planById(ctx.db, plan.id)!;
  const files = storePlanFiles({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone, locale: ctx.config.defaultLocale }, published, 'plan', ctx.now);
  ctx.audit('plan.amended', gad.id, { planId: plan.id, version: amendment.version, pdf: files.pdf.sha256, json: files.json.sha256, csv: files.csv.sha256 });
  const command = `/plan ${plan.publicToken}`;
  const deepLink = telegramDeepLink(ctx.db, `${PUBLIC_PLAN_PAYLOAD}${plan.publicToken}`);
  const link = deepLink ? `${command} · ${deepLink}` : command;
  const args = { gad: gad.name, version: amendment.version, reason: amendment.reason, changes: changeLog(amendment.changes), link };
  for (const personId of planAudience(ctx.db, gad.id)) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('plan-amended-notify', args), file: attachment(files.pdf) });
  }
  tellResponsibles(ctx, gad, added);
  // The codes for new responsible persons go to whoever recorded the amendment, as they do for a new plan.
  const invites = inviteResponsibles(ctx, gad.id, added);
  const recorder = amendment.createdByPersonId;
  const passOn = recorder !== null && recorder !== ctx.person?.id;
  if (passOn) for (const invite of invites) ctx.notify(recorder, invite);
  return [
    { text: m('plan-amended', args), file: attachment(files.pdf) },
    { text: m('plan-open-data'), file: attachment(files.json) },
    { text: m('plan-open-data'), file: attachment(files.csv) },
    ...(passOn ? [] : invites),
  ];
}
