/**
 * The questions of the entry journey that reach a person by themselves: "Revisar" on a
 * GAD's expressed interest (for the POC), and the POC's request for more information
 * (for whoever expressed it), answered by a typed reply or a file. Named here, apart
 * from the flows that read the answers, so that whoever announces them need not import
 * those flows.
 */
import { m, type MessageRef } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import type { FlowContext } from '../../engine/types.js';

/** The flows that read these answers: /revisar and /interes. */
export const REVIEW_FLOW = { id: 'review', version: 1 } as const;
export const INTEREST_FLOW = { id: 'interest', version: 2 } as const;

/** The state of /interes while it waits for the answer to the POC's request. */
export interface AwaitingAnswer {
  mode: 'answer';
  gadId: number;
}

/** The topic of a GAD's review offers (withdrawn once someone decides). */
export const reviewTopic = (gadId: number) => `review:${gadId}`;
/** The topic of a GAD's request for information (withdrawn once answered or decided). */
export const infoTopic = (gadId: number) => `info:${gadId}`;

/** Sends a POC a message about a GAD's interest with a "Revisar" button that opens /revisar on it. */
export function offerReview(ctx: Pick<FlowContext, 'offer'>, personId: number, gad: Gad, text: MessageRef): void {
  const conversation = { flow: REVIEW_FLOW.id, flowVersion: REVIEW_FLOW.version, state: { values: {}, field: 'gadId' } };
  ctx.offer(personId, { text, choices: [{ value: String(gad.id), label: m('review-open') }] }, conversation, { topic: reviewTopic(gad.id) });
}

/** Sends the requester the POC's question; their next message or file is the answer. */
export function offerInfoRequest(ctx: Pick<FlowContext, 'offer'>, personId: number, gad: Gad, question: string): void {
  const state: AwaitingAnswer = { mode: 'answer', gadId: gad.id };
  const reply = { text: m('interest-info-request', { gad: gad.name, question }), acceptsText: true, acceptsFile: true };
  ctx.offer(personId, reply, { flow: INTEREST_FLOW.id, flowVersion: INTEREST_FLOW.version, state }, { topic: infoTopic(gad.id) });
}
