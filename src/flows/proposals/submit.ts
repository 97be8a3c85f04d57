/**
 * /propuesta (/proposal): anyone the Foro invites — strangers included — sends a proposal
 * for a GAD's action plan with the GAD's public code (typed, after the command, or in a
 * Telegram link `propuesta-CODE`): a title, a description, optionally their name and a
 * contact, and their consent to its publication. The POCL and the Secretaría Técnica are
 * told; the author receives the Foro's reasoned response later, in their language.
 */
import { z } from 'zod';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { createPerson } from '../../store/people.js';
import { addProposal, gadIdOfCall } from '../../store/proposals.js';
import { confirmField } from '../../engine/fields.js';
import { Form, subForm, textField, worthKeeping, type Field, type FormState } from '../../engine/form.js';
import type { Flow, FlowContext, StepResult } from '../../engine/types.js';
import { proposalAnswerers } from './access.js';

/** The `/start` payload prefix of a call's Telegram link: `propuesta-<code>`. */
export const PROPOSAL_PAYLOAD = 'propuesta-';

interface Submission {
  code: string;
  title: string;
  description: string;
  name: string;
  contact: string;
  confirm: string;
}

/** "-" (or nothing) for an optional answer left out. */
const optional = (text: string): string | null => (text.trim() === '-' || text.trim() === '' ? null : text.trim());

/** The call code: a GAD's, typed or carried by the command. */
const codeField: Field<Submission> = {
  name: 'code',
  // Carried by the command or the link: not asked.
  auto: (_ctx, values) => values.code,
  ask: () => ({ text: m('proposal-code-ask') }),
  read(input, ctx) {
    if (input.kind !== 'text' || gadIdOfCall(ctx.db, input.text) === undefined) return { ok: false, hint: m('proposal-code-unknown') };
    return { ok: true, value: input.text.trim() };
  },
};

function summary(values: Partial<Submission>, ctx: FlowContext): MessageRef {
  const gad = gadById(ctx.db, gadIdOfCall(ctx.db, values.code ?? '') ?? 0);
  return m('proposal-summary', {
    gad: gad?.name ?? '',
    title: values.title ?? '',
    description: values.description ?? '',
    name: optional(values.name ?? '') ?? '—',
    contact: optional(values.contact ?? '') ?? '—',
  });
}

const form = new Form<Submission>([
  codeField,
  textField<Submission>('title', m('proposal-title-ask'), z.string().min(5).max(150), m('proposal-title-hint'), { editable: true }),
  textField<Submission>('description', m('proposal-description-ask'), z.string().min(10).max(2000), m('proposal-description-hint'), { editable: true }),
  textField<Submission>('name', m('proposal-name-ask'), z.string().min(1).max(120), m('proposal-optional-hint'), { editable: true }),
  textField<Submission>('contact', m('proposal-contact-ask'), z.string().min(1).max(120), m('proposal-optional-hint'), { editable: true }),
  confirmField<Submission>(summary),
]);

type State = { form: FormState<Submission> };

function save(ctx: FlowContext, values: Submission): StepResult<State> {
  const gadId = gadIdOfCall(ctx.db, values.code);
  const gad = gadId === undefined ? undefined : gadById(ctx.db, gadId);
  if (values.confirm !== 'yes' || !gad) return { replies: [{ text: m('proposal-not-sent') }] };
  // The author becomes a person (no role): the Foro's response reaches them in their language.
  const person = ctx.person ?? createPerson(ctx.db, ctx.identity, ctx.locale, ctx.now);
  ctx.becomePerson(person);
  const proposal = addProposal(
    ctx.db,
    {
      gadId: gad.id,
      source: 'bot',
      externalId: null,
      title: values.title,
      description: values.description,
      authorName: optional(values.name),
      authorContact: optional(values.contact),
      authorPersonId: person.id,
      consentAt: ctx.now,
    },
    ctx.now,
  )!;
  ctx.audit('proposal.received', gad.id, { proposalId: proposal.id, source: 'bot' });
  for (const personId of proposalAnswerers(ctx.db, gad.id)) {
    if (personId !== person.id) ctx.notify(personId, { text: m('proposal-received-notify', { gad: gad.name, id: proposal.id, title: proposal.title }) });
  }
  return { replies: [{ text: m('proposal-sent', { gad: gad.name, id: proposal.id }) }] };
}

const advance = (ctx: FlowContext, step: ReturnType<typeof form.begin>): StepResult<State> => subForm(step, (f) => ({ form: f }), (v) => save(ctx, v));

/** Sending a proposal for a GAD's action plan. */
export const submitProposalFlow: Flow<State> = {
  id: 'proposal',
  commands: ['propuesta', 'proposal'],
  startPayload: PROPOSAL_PAYLOAD,
  keepsDraft: true,
  description: m('cmd-proposal'),
  available: () => true,
  hasAnswers: (state) => worthKeeping(state.form.values),
  start(ctx, args) {
    const code = args.trim();
    if (code && gadIdOfCall(ctx.db, code) === undefined) return { replies: [{ text: m('proposal-code-unknown') }] };
    return advance(ctx, form.begin(ctx, code ? { code } : {}));
  },
  step: (ctx, state, input) => advance(ctx, form.advance(ctx, state.form, input)),
};
