/**
 * /revisar (/review): the POC decides on a GAD's expressed interest — accept (the
 * requester receives the invite for the GAD's Autoridad), ask for more information, or
 * decline with a reason. The requester is told either way.
 */
import { z } from 'zod';
import { m, raw } from '../../shared/i18n.js';
import { gadById, gadsWithStatus, updateGad, type Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { choiceField, Form, formFlow, textField, type Field, type FormState } from '../../engine/form.js';
import { withdrawOffers } from '../../store/open-questions.js';
import { infoTopic, offerInfoRequest, REVIEW_FLOW, reviewTopic } from './offers.js';
import { issueInvite } from '../people/invite.js';
import type { FlowContext, StepResult } from '../../engine/types.js';
import { reviewsInterest } from '../../domain/duties.js';

interface Review {
  gadId: string;
  decision: 'accept' | 'info' | 'decline';
  reason?: string;
}

const PENDING = ['interest_pending', 'info_requested'] as const;

function pending(ctx: FlowContext): Gad[] {
  return gadsWithStatus(ctx.db, PENDING).slice(0, 20);
}

/** The GAD to review; one decided meanwhile (a "Revisar" tapped late) is said to be. */
const gadField: Field<Review> = {
  ...choiceField<Review>('gadId', m('review-ask-gad'), (ctx) => pending(ctx).map((gad) => ({ value: String(gad.id), label: raw(`${gad.name} (${gad.province})`) }))),
  read(input, ctx) {
    const chosen = input.kind === 'choice' ? pending(ctx).find((gad) => String(gad.id) === input.value) : undefined;
    return chosen ? { ok: true, value: String(chosen.id) } : { ok: false, hint: m(input.kind === 'choice' ? 'review-already-decided' : 'choice-invalid') };
  },
};

const form = new Form<Review>([
  gadField,
  choiceField<Review>(
    'decision',
    (ctx, values) => {
      const gad = gadById(ctx.db, Number(values.gadId))!;
      const d = gad.details ?? {};
      const args = {
        gad: gad.name,
        province: gad.province,
        canton: gad.canton ?? '-',
        gremio: gad.gremio,
        authority: d.authority ?? '-',
        position: d.position ?? '-',
        contact: d.contact ?? '-',
        motivation: d.motivation ?? '-',
        answer: d.infoAnswer ?? '-',
      };
      return d.infoAnswer ? m('review-ask-decision-answered', args) : m('review-ask-decision', args);
    },
    () => [
      { value: 'accept', label: m('review-accept') },
      { value: 'info', label: m('review-info') },
      { value: 'decline', label: m('review-decline') },
    ],
  ),
  textField<Review>('reason', m('review-ask-reason'), z.string().min(3).max(1000), m('review-reason-hint'), {
    when: (values) => values.decision !== 'accept',
  }),
]);

function decide(ctx: FlowContext, values: Review): StepResult<FormState<Review>> {
  const gad = gadById(ctx.db, Number(values.gadId));
  if (!gad || !(PENDING as readonly string[]).includes(gad.status)) return { replies: [{ text: m('review-already-decided') }] };
  const requester = Number(gad.details?.requesterPersonId) || undefined;
  // Every POC's "Revisar" on this GAD, and an unanswered request for information, are settled now.
  withdrawOffers(ctx.db, reviewTopic(gad.id));
  withdrawOffers(ctx.db, infoTopic(gad.id));
  if (values.decision === 'accept') {
    updateGad(ctx.db, gad.id, { status: 'accepted' });
    ctx.audit('gad.accepted', gad.id);
    const invite = issueInvite(ctx, { role: 'autoridad', gadId: gad.id, intendedFor: gad.details?.authority ?? null });
    if (requester) {
      ctx.notify(requester, { text: m('interest-accepted', { gad: gad.name }) });
      ctx.notify(requester, invite);
    }
    for (const person of [...peopleWithRole(ctx.db, 'gremio', { gremio: gad.gremio }), ...peopleWithRole(ctx.db, 'grupo_nucleo')]) {
      ctx.notify(person, { text: m('gad-accepted-notify', { gad: gad.name }) });
    }
    return { replies: [{ text: m('review-accepted', { gad: gad.name }) }, invite] };
  }
  const reason = values.reason ?? '';
  if (values.decision === 'info') {
    updateGad(ctx.db, gad.id, { status: 'info_requested', details: { ...gad.details, infoRequest: reason } });
    ctx.audit('gad.info_requested', gad.id);
    if (requester) offerInfoRequest(ctx, requester, gad, reason);
    return { replies: [{ text: m('review-info-sent', { gad: gad.name }) }] };
  }
  updateGad(ctx.db, gad.id, { status: 'declined', details: { ...gad.details, declineReason: reason } });
  ctx.audit('gad.declined', gad.id, { reason });
  if (requester) ctx.notify(requester, { text: m('interest-declined', { gad: gad.name, reason }) });
  return { replies: [{ text: m('review-declined', { gad: gad.name }) }] };
}

/** The POC's decision on expressed interest. */
export const reviewFlow = formFlow<Review>({
  id: REVIEW_FLOW.id,
  version: REVIEW_FLOW.version,
  commands: ['revisar', 'review'],
  description: m('cmd-review'),
  available: (ctx) => reviewsInterest(ctx.memberships),
  form,
  before: (ctx): StepResult<FormState<Review>> | Partial<Review> =>
    pending(ctx).length === 0 ? { replies: [{ text: m('review-none') }] } : {},
  finish: decide,
});
