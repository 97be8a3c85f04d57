/**
 * Discarding an amendment that awaits approval (it would otherwise block every later one):
 * the plan's managers and its approving office see what will be dropped, say "Sí,
 * descartar", and the draft goes. The plan never changed; the audit log keeps the
 * amendment's reason and changes, and whoever recorded it is told.
 */
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { discardPendingAmendment, pendingAmendment } from '../../store/plan-amendments.js';
import type { Plan } from '../../store/plans.js';
import { yesNoChoices } from '../../engine/fields.js';
import { managesPlan } from '../../domain/duties.js';
import { changeLog } from './change-log.js';
import { mayApprove } from './approve.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** Whether the sender may discard the plan's pending amendment. */
export function mayDiscardAmendment(ctx: FlowContext, plan: Plan): boolean {
  if (plan.status !== 'published' || !pendingAmendment(ctx.db, plan.id)) return false;
  return managesPlan(ctx.memberships, plan.gadId) || mayApprove(ctx, plan);
}

/** The question before discarding: the amendment's version, reason and changes. */
export function discardQuestion(ctx: FlowContext, gad: Gad, plan: Plan): Reply {
  const amendment = pendingAmendment(ctx.db, plan.id)!;
  return {
    text: m('plan-amend-discard-ask', { gad: gad.name, version: amendment.version, reason: amendment.reason, changes: changeLog(amendment.changes) }),
    choices: yesNoChoices('discard'),
  };
}

/** Discards the pending amendment, audited with its content; tells whoever recorded it. */
export function discardAmendment(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  const amendment = pendingAmendment(ctx.db, plan.id);
  if (!amendment) return [{ text: m('plan-nothing-changed') }];
  discardPendingAmendment(ctx.db, amendment);
  ctx.audit('plan.amendment_discarded', gad.id, { planId: plan.id, version: amendment.version, reason: amendment.reason, changes: amendment.changes });
  const recorder = amendment.createdByPersonId;
  if (recorder !== null && recorder !== ctx.person?.id) {
    ctx.notify(recorder, { text: m('plan-amend-discarded-notify', { gad: gad.name, who: ctx.person?.displayName ?? '', reason: amendment.reason }) });
  }
  return [{ text: m('plan-amend-discarded', { gad: gad.name }) }];
}
