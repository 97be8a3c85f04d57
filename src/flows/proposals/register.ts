/**
 * /propuestas (/proposals): the co-creation register of a GAD, for its POCL and the
 * Foro's Secretaría Técnica. It shows the GAD's public code (and its Telegram link) to
 * share with whoever the Foro invites, how many proposals await a response, and gives
 * each a reasoned response: accepted into a commitment of the plan, merged into another
 * proposal, or not accepted, always with the reasons. The author (when they came through
 * the bot) is told in their language; a published plan's files are made again with it.
 */
import { z } from 'zod';
import { answersProposals, answersSomeProposals } from '../../domain/duties.js';
import { PROPOSAL_OUTCOMES, type ProposalOutcome } from '../../domain/cocreation.js';
import { m, raw } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { commitmentsOf, latestPlanOf, type Plan } from '../../store/plans.js';
import { answerProposal, callCodeOf, existingCallCode, pendingProposals, proposalById, proposalsOfGad, type Proposal } from '../../store/proposals.js';
import { telegramDeepLink } from '../../store/channel-state.js';
import { confirmField } from '../../engine/fields.js';
import { choiceField, Form, subForm, textField, worthKeeping, type FormState, type FormStep } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import type { Flow, FlowContext, StepResult } from '../../engine/types.js';
import { republishPlan } from '../plan/republish.js';
import { PROPOSAL_PAYLOAD } from './submit.js';

interface Pick {
  gadSearch?: string;
  gadId: number;
}

interface Answer {
  proposalId: string;
  outcome: ProposalOutcome;
  commitmentId: string;
  mergedIntoId: string;
  reason: string;
  confirm: string;
}

type State = { mode: 'pick'; form: FormState<Pick> } | { mode: 'menu'; gadId: number } | { mode: 'answer'; gadId: number; form: FormState<Answer> };

const allowed = (ctx: FlowContext, gad: Gad): boolean => answersProposals(ctx.memberships, gad.id);
const pickForm = new Form<Pick>(gadFields<Pick>(allowed));

/** The plan a response joins: the GAD's latest, unless it is closed. */
function openPlan(ctx: FlowContext, gadId: number): Plan | undefined {
  const plan = latestPlanOf(ctx.db, gadId);
  return plan && plan.status !== 'closed' ? plan : undefined;
}

const label = (p: Proposal) => raw(`#${p.id} ${p.title}`);

function answerForm(gadId: number): Form<Answer> {
  const plan = (ctx: FlowContext) => openPlan(ctx, gadId)!;
  return new Form<Answer>([
    choiceField<Answer>('proposalId', m('proposals-which-ask'), (ctx) => pendingProposals(ctx.db, gadId).map((p) => ({ value: String(p.id), label: label(p) }))),
    choiceField<Answer>(
      'outcome',
      (ctx, values) => {
        const p = proposalById(ctx.db, Number(values.proposalId));
        return m('proposals-outcome-ask', { title: p?.title ?? '', description: p?.description ?? '', author: p?.authorName ?? '—' });
      },
      (ctx, values) =>
        PROPOSAL_OUTCOMES.filter((outcome) => outcome !== 'accepted' || commitmentsOf(ctx.db, plan(ctx).id).length > 0)
          .filter((outcome) => outcome !== 'merged' || mergeTargets(ctx, gadId, values).length > 0)
          .map((outcome) => ({ value: outcome, label: m('proposals-outcome', { outcome }) })),
    ),
    choiceField<Answer>('commitmentId', m('proposals-commitment-ask'), (ctx) => commitmentsOf(ctx.db, plan(ctx).id).map((c, i) => ({ value: String(c.id), label: raw(`${i + 1}. ${c.title}`) })), {
      when: (values) => values.outcome === 'accepted',
    }),
    choiceField<Answer>('mergedIntoId', m('proposals-merge-ask'), (ctx, values) => mergeTargets(ctx, gadId, values).map((p) => ({ value: String(p.id), label: label(p) })), {
      when: (values) => values.outcome === 'merged',
    }),
    textField<Answer>('reason', m('proposals-reason-ask'), z.string().min(10).max(2000), m('proposals-reason-hint'), { editable: true }),
    confirmField<Answer>((values, ctx) => m('proposals-answer-summary', { title: proposalById(ctx.db, Number(values.proposalId))?.title ?? '', outcome: values.outcome ?? '', reason: values.reason ?? '' })),
  ]);
}

/** The proposals another may be merged into: the GAD's others, not merged themselves. */
function mergeTargets(ctx: FlowContext, gadId: number, values: Partial<Answer>): Proposal[] {
  return proposalsOfGad(ctx.db, gadId).filter((p) => String(p.id) !== values.proposalId && p.status !== 'merged' && p.status !== 'not_accepted');
}

/** The register's summary, the public code to share, and what the sender may do. */
function showMenu(ctx: FlowContext, gad: Gad): StepResult<State> {
  const fresh = existingCallCode(ctx.db, gad.id) === undefined;
  const code = callCodeOf(ctx.db, gad.id, { personId: ctx.person?.id ?? null, now: ctx.now });
  if (fresh) ctx.audit('proposals.call_opened', gad.id, {});
  const link = telegramDeepLink(ctx.db, `${PROPOSAL_PAYLOAD}${code}`) ?? '—';
  const all = proposalsOfGad(ctx.db, gad.id);
  const pending = all.filter((p) => p.status === 'pending').length;
  const summary = { text: m('proposals-register', { gad: gad.name, code, link, pending, answered: all.length - pending }) };
  if (pending === 0) return { replies: [summary] };
  if (!openPlan(ctx, gad.id)) return { replies: [summary, { text: m('proposals-need-plan') }] };
  return {
    replies: [summary, { text: m('proposals-menu'), choices: [{ value: 'answer', label: m('proposals-action-answer') }, { value: 'done', label: m('choice-done') }] }],
    next: { mode: 'menu', gadId: gad.id },
  };
}

function save(ctx: FlowContext, gad: Gad, values: Answer): StepResult<State> {
  const plan = openPlan(ctx, gad.id);
  const proposal = proposalById(ctx.db, Number(values.proposalId));
  if (values.confirm !== 'yes' || !plan || !proposal) return { replies: [{ text: m('plan-nothing-changed') }] };
  const commitments = commitmentsOf(ctx.db, plan.id);
  const commitment = values.outcome === 'accepted' ? commitments.find((c) => String(c.id) === values.commitmentId) : undefined;
  const merged = values.outcome === 'merged' ? proposalById(ctx.db, Number(values.mergedIntoId)) : undefined;
  if ((values.outcome === 'accepted' && !commitment) || (values.outcome === 'merged' && merged?.gadId !== gad.id)) return { replies: [{ text: m('choice-stale') }] };
  const answered = answerProposal(
    ctx.db,
    proposal.id,
    { outcome: values.outcome, planId: plan.id, commitmentId: commitment?.id ?? null, mergedIntoId: merged?.id ?? null, response: values.reason },
    { personId: ctx.person?.id ?? null, now: ctx.now },
  );
  if (!answered) return { replies: [{ text: m('proposals-already-answered', { id: proposal.id }) }] };
  ctx.audit('proposal.answered', gad.id, { proposalId: proposal.id, outcome: values.outcome, commitmentId: commitment?.id ?? null, mergedIntoId: merged?.id ?? null });
  const args = {
    gad: gad.name,
    id: proposal.id,
    title: proposal.title,
    outcome: values.outcome,
    commitment: commitment ? `${commitments.indexOf(commitment) + 1}. ${commitment.title}` : '',
    merged: merged ? `#${merged.id} ${merged.title}` : '',
    reason: values.reason,
  };
  if (proposal.authorPersonId !== null && proposal.authorPersonId !== ctx.person?.id) ctx.notify(proposal.authorPersonId, { text: m('proposal-answered-notify', args) });
  republishPlan(ctx, plan);
  const next = showMenu(ctx, gad);
  return { replies: [{ text: m('proposals-answered', { id: proposal.id, told: proposal.authorPersonId === null ? 0 : 1 }) }, ...next.replies], ...(next.next ? { next: next.next } : {}) };
}

const answering = (ctx: FlowContext, gad: Gad, step: FormStep<Answer>): StepResult<State> =>
  subForm(step, (form): State => ({ mode: 'answer', gadId: gad.id, form }), (values) => save(ctx, gad, values));

/** The co-creation register: the code to share, and the Foro's responses. */
export const proposalsFlow: Flow<State> = {
  id: 'proposals',
  commands: ['propuestas', 'proposals'],
  keepsDraft: true,
  description: m('cmd-proposals'),
  available: (ctx) => answersSomeProposals(ctx.memberships),
  hasAnswers: (state) => state.mode === 'answer' && worthKeeping(state.form.values),
  start(ctx) {
    const none = requireGad<Pick>(allowed)(ctx);
    if ('replies' in none) return { replies: none.replies };
    return subForm(pickForm.begin(ctx), (form): State => ({ mode: 'pick', form }), (v) => showMenu(ctx, gadById(ctx.db, v.gadId)!));
  },
  step(ctx, state, input) {
    if (state.mode === 'pick') return subForm(pickForm.advance(ctx, state.form, input), (form): State => ({ mode: 'pick', form }), (v) => showMenu(ctx, gadById(ctx.db, v.gadId)!));
    const gad = gadById(ctx.db, state.gadId);
    if (!gad || !allowed(ctx, gad)) return { replies: [{ text: m('gad-none') }] };
    if (state.mode === 'answer') return openPlan(ctx, gad.id) ? answering(ctx, gad, answerForm(gad.id).advance(ctx, state.form, input)) : showMenu(ctx, gad);
    if (input.kind === 'choice' && input.value === 'done') return { replies: [{ text: m('plan-bye') }] };
    if (input.kind === 'choice' && input.value === 'answer' && openPlan(ctx, gad.id) && pendingProposals(ctx.db, gad.id).length > 0) return answering(ctx, gad, answerForm(gad.id).begin(ctx));
    return showMenu(ctx, gad);
  },
};
