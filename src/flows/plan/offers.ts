/**
 * The plan's questions that reach a person by themselves: "Ver el plan" for the
 * Presidencia asked to approve it (opens /plan on that GAD), and "Informar avance" on a
 * milestone reminder (opens the progress report of that milestone). Named apart from
 * the /plan flow so that the recording and the reminder job need not import it.
 */
import { m, type MessageRef } from '../../shared/i18n.js';
import type { Milestone, Plan } from '../../store/plans.js';
import type { OpenedConversation, Reply } from '../../engine/types.js';

/** The /plan flow's id and state version. */
export const PLAN_FLOW = { id: 'plan', version: 1 } as const;

/** The value of the "Ver el plan" choice: /plan shows the GAD's plan and what the reader may do with it. */
export const SHOW_PLAN = 'show';

/** A message with "Ver el plan", and the conversation that button opens: /plan's menu on the GAD. */
export function planMenuOffer(gadId: number, text: MessageRef): { reply: Reply; conversation: OpenedConversation } {
  return {
    reply: { text, choices: [{ value: SHOW_PLAN, label: m('plan-open') }] },
    conversation: { flow: PLAN_FLOW.id, flowVersion: PLAN_FLOW.version, state: { mode: 'menu', gadId } },
  };
}

/** A milestone reminder with "Informar avance", and the conversation it opens: the progress report, at that milestone. */
export function progressOffer(plan: Plan, milestone: Milestone, text: MessageRef): { reply: Reply; conversation: OpenedConversation } {
  const sub = { step: 'form', planId: plan.id, form: { values: {}, field: 'milestoneId' } };
  return {
    reply: { text, choices: [{ value: String(milestone.id), label: m('plan-progress-open') }] },
    conversation: { flow: PLAN_FLOW.id, flowVersion: PLAN_FLOW.version, state: { mode: 'progress', gadId: plan.gadId, sub } },
  };
}
