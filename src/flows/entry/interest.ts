/**
 * /interes (/interest), route a of the Guía: anyone tells the bot that a local
 * government's authority wants to implement the model. The GAD is registered as
 * "interest expressed, pending POC review", and the POC, the Grupo Núcleo and the gremio
 * of its level are told at once (activity 3, recorded as done by the bot).
 * A requester whom the POC asked for more information answers the question they got (a
 * message or a file), or through /interes.
 */
import { z } from 'zod';
import { GAD_STATUS_NAMES, LEVEL_NAMES, nameIn } from '../../domain/labels.js';
import { GREMIO_BY_LEVEL } from '../../domain/territory.js';
import { m } from '../../shared/i18n.js';
import { createGad, findGad, gadById, gadsWithStatus, updateGad, type Gad } from '../../store/gads.js';
import { createPerson, peopleWithRole } from '../../store/people.js';
import { markActivityDone } from '../../store/progress.js';
import { alreadyRegistered, confirmField, contactSchema, gadIdentityFields, shortText, type GadIdentity } from '../../engine/fields.js';
import { Form, textField, worthKeeping, type FormState, type FormStep } from '../../engine/form.js';
import { informCoreGroup } from '../progress/actions.js';
import type { Flow, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';
import { addDocument, UNFILED_PRODUCT } from '../../store/documents-repo.js';
import { receiptArgs } from '../../engine/receipts.js';
import { INTEREST_FLOW, offerReview, type AwaitingAnswer } from './offers.js';

interface Interest extends GadIdentity {
  authority: string;
  position: string;
  contact: string;
  motivation: string;
  confirm: string;
}

type State = { mode: 'form'; form: FormState<Interest> } | AwaitingAnswer;

/** The summary people see before confirming, and the POC, GN and gremio receive. */
function summaryArgs(ctx: FlowContext, values: Partial<Interest>) {
  const chosen = values.existing && values.existing !== 'new' ? gadById(ctx.db, Number(values.existing)) : undefined;
  return {
    level: nameIn(LEVEL_NAMES, values.level),
    name: chosen?.name ?? values.name ?? '',
    province: values.province ?? '',
    canton: values.canton ?? '-',
    authority: values.authority ?? '',
    position: values.position ?? '',
    contact: values.contact ?? '',
    motivation: values.motivation ?? '',
  };
}

const form = new Form<Interest>([
  ...gadIdentityFields<Interest>(),
  textField<Interest>('authority', m('interest-authority-ask'), shortText(120), m('interest-authority-hint'), { editable: true }),
  textField<Interest>('position', m('interest-position-ask'), shortText(80), m('interest-position-hint'), { editable: true }),
  textField<Interest>('contact', m('interest-contact-ask'), contactSchema, m('interest-contact-hint'), { editable: true }),
  textField<Interest>('motivation', m('interest-motivation-ask'), z.string().min(5).max(500), m('interest-motivation-hint'), { editable: true }),
  confirmField<Interest>((values, ctx) => m('interest-summary', summaryArgs(ctx, values))),
]);

/** A GAD on which the POC asked this person for more information. */
function awaitingAnswer(ctx: FlowContext): Gad | undefined {
  if (!ctx.person) return undefined;
  const personId = String(ctx.person.id);
  return gadsWithStatus(ctx.db, ['info_requested']).find((gad) => gad.details?.requesterPersonId === personId);
}

function toState(step: FormStep<Interest>, ctx: FlowContext): StepResult<State> {
  if (!step.done) return { replies: step.result.replies, next: step.result.next && { mode: 'form', form: step.result.next } };
  return finish(ctx, step.values);
}

function finish(ctx: FlowContext, values: Interest): StepResult<State> {
  if (values.confirm === 'no') return { replies: [{ text: m('cancelled') }] };
  const canton = values.level === 'provincial' ? null : (values.canton ?? null);
  const args = summaryArgs(ctx, values);
  const existing = alreadyRegistered(ctx, values) ?? (values.name ? findGad(ctx.db, values.level, values.province, canton, values.name) : undefined);
  if (existing) {
    // The POC hears who wrote and how to reach them, not just that someone did.
    const who = ctx.person?.displayName ?? ctx.identity.displayName ?? ctx.identity.address;
    const status = nameIn(GAD_STATUS_NAMES, existing.status);
    for (const poc of peopleWithRole(ctx.db, 'poc')) {
      ctx.notify(poc, { text: m('interest-repeat-named', { gad: existing.name, status, who, authority: args.authority, position: args.position, contact: args.contact, motivation: args.motivation }) });
    }
    ctx.audit('gad.interest_repeated', existing.id, { typed: values.name ?? null, chosen: values.existing !== 'new' });
    return { replies: [{ text: m('interest-duplicate', { gad: existing.name, status }) }] };
  }
  const person = ctx.person ?? createPerson(ctx.db, ctx.identity, ctx.locale, ctx.now);
  ctx.becomePerson(person);
  const gad = createGad(ctx.db, {
    name: values.name,
    level: values.level,
    province: values.province,
    canton,
    entry: 'interest',
    status: 'interest_pending',
    details: { authority: args.authority, position: args.position, contact: args.contact, motivation: args.motivation, requesterPersonId: String(person.id) },
    now: ctx.now,
  });
  markActivityDone(ctx.db, gad.id, 1, person.id, ctx.now);
  ctx.audit('gad.interest', gad.id, { level: gad.level, gremio: gad.gremio });
  informCoreGroup(ctx, gad, ctx.render(m('interest-summary-plain', args)));
  return { replies: [{ text: m('interest-registered', { gad: gad.name, gremio: GREMIO_BY_LEVEL[values.level] }) }] };
}

/** Route a: registers a local government's interest. */
export const interestFlow: Flow<State> = {
  id: INTEREST_FLOW.id,
  version: INTEREST_FLOW.version,
  keepsDraft: true,
  commands: ['interes', 'interest'],
  hasAnswers: (state) => state.mode === 'form' && worthKeeping(state.form.values),
  description: m('cmd-interest'),
  available: () => true,
  start(ctx) {
    const pending = awaitingAnswer(ctx);
    if (pending) {
      return { replies: [{ text: m('interest-answer-ask', { gad: pending.name, question: pending.details?.infoRequest ?? '' }) }], next: { mode: 'answer', gadId: pending.id } };
    }
    return toState(form.begin(ctx), ctx);
  },
  step(ctx, state, input) {
    if (state.mode === 'form') return toState(form.advance(ctx, state.form, input), ctx);
    return answerRequest(ctx, state, input);
  },
};

/**
 * The requester's answer to the POC's request for information: a message (at least two
 * characters) or a file, stored with the GAD and forwarded to every POC with "Revisar".
 */
function answerRequest(ctx: FlowContext, state: AwaitingAnswer, input: FlowInput): StepResult<State> {
  const gad = awaitingAnswer(ctx);
  if (!gad || gad.id !== state.gadId) return { replies: [{ text: m('interest-answer-closed') }] };
  const typed = input.kind === 'text' ? input.text.trim().slice(0, 1000) : '';
  if (input.kind !== 'file' && typed.length < 2) return { replies: [{ text: m('interest-answer-hint'), acceptsFile: true }], next: state };
  let answer = typed;
  let file: Reply['file'];
  if (input.kind === 'file') {
    const row = addDocument(ctx.db, input.file, { gadId: gad.id, activity: null, product: UNFILED_PRODUCT, uploadedByPersonId: ctx.person?.id ?? null, now: ctx.now });
    const { name, size, hash } = receiptArgs(input.file);
    answer = ctx.render(m('interest-answer-file', { name, size, hash }));
    file = { sha256: input.file.sha256, name: input.file.name, mime: input.file.mime };
    ctx.audit('document.unfiled', gad.id, { documentId: row.id, sha256: input.file.sha256 });
  }
  updateGad(ctx.db, gad.id, { status: 'interest_pending', details: { ...gad.details, infoAnswer: answer } });
  ctx.audit('gad.info_answered', gad.id);
  for (const poc of peopleWithRole(ctx.db, 'poc')) {
    offerReview(ctx, poc, gad, m('interest-info-answered-poc', { gad: gad.name, answer }));
    if (file) ctx.notify(poc, { text: m('interest-answer-file-poc', { gad: gad.name }), file });
  }
  return { replies: [{ text: m('interest-answer-sent', { gad: gad.name }) }] };
}

