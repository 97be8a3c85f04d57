/**
 * The buttons that act on an open activity — "Subir «producto»" for each missing product
 * the person may upload, "Confirmar" once nothing is missing and it is theirs to confirm —
 * shared by /siguiente and by the messages that tell a person an activity waits for them
 * (its opening, its stalling), so a tap on a reminder days later uploads or confirms.
 */
import type { Activity } from '../../domain/activities.js';
import { mayConfirm, mayUpload, type RoleHeld } from '../../domain/permissions.js';
import { missingFor, type GadState } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { productName } from '../../engine/names.js';
import { productKey } from './uploads.js';
import type { Choice, FlowContext, OpenedConversation, Reply } from '../../engine/types.js';

/** The flow that carries these buttons out (/siguiente), named here so its reminders need not import it. */
export const NEXT_STEPS_FLOW = { id: 'next', version: 1 } as const;

/** Where /siguiente is: its menu of buttons, waiting for the file of a product, or asking before it confirms an activity. */
export type NextStepsState = { step: 'menu' } | { step: 'file'; gadId: number; key: string } | { step: 'confirm'; gadId: number; activity: number };

/** What a person may do now about an open activity of a GAD. */
export function activityChoices(roles: readonly RoleHeld[], gad: Gad, activity: Activity, state: GadState): Choice[] {
  const missing = missingFor(activity, state);
  const choices: Choice[] = [];
  for (const item of missing) {
    if (item.kind === 'product' && mayUpload(roles, activity, gad)) {
      choices.push({ value: `up:${gad.id}:${productKey(activity, item.product)}`, label: m('next-upload', { product: productName(item.product), gad: gad.name }) });
    }
  }
  if (missing.length === 0 && mayConfirm(roles, activity, gad)) {
    choices.push({ value: `ok:${gad.id}:${activity.number}`, label: m('next-confirm', { activity: activity.number, gad: gad.name }) });
  }
  return choices;
}

/** The conversation a reminder's buttons open: /siguiente's menu, which carries them out. */
export function nextStepsConversation(): OpenedConversation {
  return { flow: NEXT_STEPS_FLOW.id, flowVersion: NEXT_STEPS_FLOW.version, state: { step: 'menu' } satisfies NextStepsState };
}

/** Sends a message with the buttons that act on it, kept answerable as an offer (plain, when there is nothing to press). */
export function offerActions(ctx: Pick<FlowContext, 'notify' | 'offer'>, personId: number, reply: Reply, choices: Choice[], topic: string): void {
  if (choices.length === 0) ctx.notify(personId, reply);
  else ctx.offer(personId, { ...reply, choices }, nextStepsConversation(), { topic });
}
