/**
 * Recording a local action plan in the chat (activity 13, co-creation): its period, then
 * each commitment as OGP's template has it, then each commitment's milestones, then a
 * review. A milestone with no due date, one outside the period, or a commitment left
 * without milestones is refused with the reason; nothing is saved until the plan is
 * complete and confirmed. The Presidencia is then asked to approve it.
 */
import { z } from 'zod';
import { planProblems, type CommitmentDraft, type MilestoneDraft, type PlanDraft } from '../../domain/plan.js';
import { OFFICE_NAMES } from '../../domain/labels.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { createPlan, type Commitment, type Plan } from '../../store/plans.js';
import { shortText } from '../../engine/fields.js';
import { choiceField, Form, type FormState, subForm, textField } from '../../engine/form.js';
import { issueInvite } from '../people/invite.js';
import { planApprovers, planApprovingOffice } from './access.js';
import { dateField, dueDateField, INVITE_RESPONSIBLE, pillarsField, problemMessage, responsibleField } from './fields.js';
import { draftSummary } from './text.js';
import { planMenuOffer } from './offers.js';
import { bullets } from '../progress/actions.js';
import type { FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';
import { formatIsoDate, formatLongIsoDate } from '../../shared/zoned-time.js';

interface Period {
  periodStart: string;
  periodEnd: string;
}
/** The answers of a commitment's form: the draft's fields, and who is responsible as chosen. */
export type CommitmentFields = Omit<CommitmentDraft, 'responsiblePersonId' | 'milestones'> & { responsible: string };
/** The answers of a milestone's form. */
export type MilestoneFields = Required<MilestoneDraft>;
interface Review {
  confirm: 'yes' | 'edit' | 'no';
}

/** Where the recording of a plan is; the `edit-*` steps change one part of the draft from its review. */
export type RecordState =
  | { step: 'period'; form: FormState<Period> }
  | { step: 'commitment'; draft: PlanDraft; form: FormState<CommitmentFields> }
  | { step: 'milestone'; draft: PlanDraft; form: FormState<MilestoneFields> }
  | { step: 'more'; draft: PlanDraft }
  | { step: 'review'; draft: PlanDraft; form: FormState<Review> }
  | { step: 'edit'; draft: PlanDraft }
  | { step: 'edit-period'; draft: PlanDraft; form: FormState<Period> }
  | { step: 'edit-commitment'; draft: PlanDraft; index: number; form: FormState<CommitmentFields> }
  | { step: 'edit-milestone'; draft: PlanDraft; index: number; milestone: number; form: FormState<MilestoneFields> };

const longText = z.string().min(3).max(1000);
const inPeriod = (date: string, period: Period) => date >= period.periodStart && date <= period.periodEnd;

const periodForm = new Form<Period>([
  dateField<Period>('periodStart', () => m('plan-period-start-ask'), (date) => (date ? undefined : m('plan-date-hint'))),
  dateField<Period>('periodEnd', () => m('plan-period-end-ask'), (date, values) =>
    !date ? m('plan-date-hint') : date <= values.periodStart! ? m('plan-refused-period') : undefined,
  ),
]);

/** The questions of one commitment (OGP's template), for a new plan or an amendment. */
export function commitmentForm(gadId: number): Form<CommitmentFields> {
  return new Form<CommitmentFields>([
    textField<CommitmentFields>('title', m('plan-title-ask'), shortText(200), m('plan-text-hint'), { editable: true }),
    textField<CommitmentFields>('problem', m('plan-problem-ask'), longText, m('plan-text-hint'), { editable: true }),
    textField<CommitmentFields>('objective', m('plan-objective-ask'), longText, m('plan-text-hint'), { editable: true }),
    textField<CommitmentFields>('expectedResults', m('plan-results-ask'), longText, m('plan-text-hint'), { editable: true }),
    pillarsField<CommitmentFields>('pillars'),
    textField<CommitmentFields>('responsibleEntity', m('plan-entity-ask'), shortText(200), m('plan-text-hint'), { editable: true }),
    responsibleField<CommitmentFields>('responsible', gadId),
    textField<CommitmentFields>('responsibleName', m('plan-responsible-name-ask'), shortText(120), m('plan-text-hint'), {
      when: (values) => values.responsible === INVITE_RESPONSIBLE,
      editable: true,
    }),
    textField<CommitmentFields>(
      'counterparts',
      m('plan-counterparts-ask'),
      z.string().max(1000).transform((text) => (text.trim() === '-' ? [] : text.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean))),
      m('plan-text-hint'),
      { editable: true },
    ),
  ]);
}

/** The questions of one milestone inside a plan's period. */
export function milestoneForm(period: Period): Form<MilestoneFields> {
  return new Form<MilestoneFields>([
    textField<MilestoneFields>('deliverable', m('plan-deliverable-ask'), shortText(300), m('plan-text-hint'), { editable: true }),
    dateField<MilestoneFields>('startDate', () => m('plan-milestone-start-ask', { start: formatIsoDate(period.periodStart), end: formatIsoDate(period.periodEnd) }), (date) =>
      !date ? m('plan-date-hint') : inPeriod(date, period) ? undefined : m('plan-refused-start-outside', { start: formatIsoDate(period.periodStart), end: formatIsoDate(period.periodEnd) }),
    ),
    dueDateField<MilestoneFields>(period),
  ]);
}

/** The review: the whole draft, then save it, change one part of it, or cancel. */
const reviewForm = (draft: PlanDraft) =>
  new Form<Review>([
    choiceField<Review>('confirm', () => draftSummary(draft), () => [
      { value: 'yes', label: m('choice-confirm'), means: 'yes' },
      { value: 'edit', label: m('choice-edit') },
      { value: 'no', label: m('choice-cancel') },
    ]),
  ]);


/** The last commitment of a draft (the one milestones are added to). */
const current = (draft: PlanDraft) => draft.commitments.at(-1)!;

function more(draft: PlanDraft, before: Reply[] = []): StepResult<RecordState> {
  const choices = [
    { value: 'milestone', label: m('plan-more-milestone', { commitment: current(draft).title }) },
    { value: 'commitment', label: m('plan-more-commitment') },
    { value: 'review', label: m('plan-more-review') },
  ];
  return { replies: [...before, { text: m('plan-more-ask'), choices }], next: { step: 'more', draft } };
}

/** A commitment of the draft from its form's answers. */
export function toCommitment(values: CommitmentFields, milestones: MilestoneDraft[]): CommitmentDraft {
  const invited = values.responsible === INVITE_RESPONSIBLE;
  return {
    title: values.title,
    problem: values.problem,
    objective: values.objective,
    expectedResults: values.expectedResults,
    pillars: values.pillars,
    responsibleEntity: values.responsibleEntity,
    responsiblePersonId: invited ? null : Number(values.responsible),
    responsibleName: invited ? values.responsibleName : '',
    counterparts: values.counterparts,
    milestones,
  };
}

/** A commitment of the draft as its form's answers (to change one of them). */
function commitmentAnswers(commitment: CommitmentDraft): CommitmentFields {
  const { milestones: _milestones, responsiblePersonId, ...fields } = commitment;
  return { ...fields, responsible: responsiblePersonId === null ? INVITE_RESPONSIBLE : String(responsiblePersonId) };
}

function addCommitment(draft: PlanDraft, values: CommitmentFields): StepResult<RecordState> {
  const commitment = toCommitment(values, []);
  const next = { ...draft, commitments: [...draft.commitments, commitment] };
  return more(next, [{ text: m('plan-commitment-added', { commitment: commitment.title }) }]);
}

function addMilestone(draft: PlanDraft, values: MilestoneFields): StepResult<RecordState> {
  const last = current(draft);
  const updated = { ...last, milestones: [...last.milestones, values] };
  const next = { ...draft, commitments: [...draft.commitments.slice(0, -1), updated] };
  return more(next, [{ text: m('plan-milestone-added', { deliverable: values.deliverable, due: formatLongIsoDate(values.dueDate) }) }]);
}

/** Starts recording a plan for a GAD. */
export function startRecording(ctx: FlowContext, gadId: number): StepResult<RecordState> {
  return subForm(periodForm.begin(ctx), (form) => ({ step: 'period', form }), (period) => firstCommitment(ctx, gadId, period));
}

function firstCommitment(ctx: FlowContext, gadId: number, period: Period): StepResult<RecordState> {
  const draft: PlanDraft = { ...period, commitments: [] };
  return subForm(commitmentForm(gadId).begin(ctx), (form) => ({ step: 'commitment', draft, form }), (v) => addCommitment(draft, v));
}

function fromMore(ctx: FlowContext, gadId: number, draft: PlanDraft, input: FlowInput): StepResult<RecordState> {
  const choice = input.kind === 'choice' ? input.value : '';
  if (choice === 'milestone') return subForm(milestoneForm(draft).begin(ctx), (form) => ({ step: 'milestone', draft, form }), (v) => addMilestone(draft, v));
  if ((choice === 'commitment' || choice === 'review') && current(draft).milestones.length === 0) {
    ctx.audit('plan.refused', gadId, { reason: 'no_milestones' });
    return more(draft, [{ text: problemMessage({ kind: 'no_milestones', commitment: current(draft).title }, draft) }]);
  }
  if (choice === 'commitment') return subForm(commitmentForm(gadId).begin(ctx), (form) => ({ step: 'commitment', draft, form }), (v) => addCommitment(draft, v));
  if (choice === 'review') return review(ctx, draft);
  return more(draft);
}

/** The review of the whole draft. */
function review(ctx: FlowContext, draft: PlanDraft): StepResult<RecordState> {
  return subForm(reviewForm(draft).begin(ctx), (form) => ({ step: 'review', draft, form }), () => more(draft));
}

/** "Editar un dato": which part of the draft to change. */
function pickPart(draft: PlanDraft): StepResult<RecordState> {
  const choices = [
    { value: 'period', label: m('form-field', { field: 'period' }) },
    ...draft.commitments.flatMap((c, i) => [
      { value: `c:${i}`, label: m('plan-edit-commitment', { number: i + 1, title: c.title }) },
      ...c.milestones.map((ms, j) => ({ value: `m:${i}:${j}`, label: m('plan-edit-milestone', { number: `${i + 1}.${j + 1}`, deliverable: ms.deliverable }) })),
    ]),
    { value: 'back', label: m('choice-back') },
  ];
  return { replies: [{ text: m('plan-edit-ask'), choices }], next: { step: 'edit', draft } };
}

/** Opens the chosen part's answers to change; any other answer goes back to the review. */
function editPart(ctx: FlowContext, gadId: number, draft: PlanDraft, input: FlowInput): StepResult<RecordState> {
  const [kind, first, second] = (input.kind === 'choice' ? input.value : '').split(':');
  const commitment = draft.commitments[Number(first)];
  if (kind === 'period') {
    return subForm(periodForm.edit(ctx, draft), (form) => ({ step: 'edit-period', draft, form }), (period) => review(ctx, { ...draft, ...period }));
  }
  if (kind === 'c' && commitment) {
    const index = Number(first);
    return subForm(commitmentForm(gadId).edit(ctx, commitmentAnswers(commitment)), (form) => ({ step: 'edit-commitment', draft, index, form }), (v) => review(ctx, withCommitment(draft, index, v)));
  }
  const milestone = commitment?.milestones[Number(second)];
  if (kind === 'm' && milestone) {
    const [index, position] = [Number(first), Number(second)];
    return subForm(milestoneForm(draft).edit(ctx, milestone), (form) => ({ step: 'edit-milestone', draft, index, milestone: position, form }), (v) => review(ctx, withMilestone(draft, index, position, v)));
  }
  return review(ctx, draft);
}

function withCommitment(draft: PlanDraft, index: number, values: CommitmentFields): PlanDraft {
  const commitments = draft.commitments.map((c, i) => (i === index ? toCommitment(values, c.milestones) : c));
  return { ...draft, commitments };
}

function withMilestone(draft: PlanDraft, index: number, position: number, values: MilestoneFields): PlanDraft {
  const commitments = draft.commitments.map((c, i) => (i === index ? { ...c, milestones: c.milestones.map((ms, j) => (j === position ? values : ms)) } : c));
  return { ...draft, commitments };
}

/** What the review's answer leads to. */
function reviewed(ctx: FlowContext, gadId: number, draft: PlanDraft, answer: Review['confirm']): StepResult<RecordState> {
  if (answer === 'yes') return savePlan(ctx, gadId, draft);
  if (answer === 'edit') return pickPart(draft);
  return { replies: [{ text: m('cancelled') }] };
}

/** Handles one answer while a plan is being recorded. */
export function recordStep(ctx: FlowContext, gadId: number, state: RecordState, input: FlowInput): StepResult<RecordState> {
  switch (state.step) {
    case 'period':
      return subForm(periodForm.advance(ctx, state.form, input), (form) => ({ ...state, form }), (period) => firstCommitment(ctx, gadId, period));
    case 'commitment':
      return subForm(commitmentForm(gadId).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => addCommitment(state.draft, v));
    case 'milestone':
      return subForm(milestoneForm(state.draft).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => addMilestone(state.draft, v));
    case 'more':
      return fromMore(ctx, gadId, state.draft, input);
    case 'review':
      return subForm(reviewForm(state.draft).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => reviewed(ctx, gadId, state.draft, v.confirm));
    case 'edit':
      return editPart(ctx, gadId, state.draft, input);
    case 'edit-period':
      return subForm(periodForm.advance(ctx, state.form, input), (form) => ({ ...state, form }), (period) => review(ctx, { ...state.draft, ...period }));
    case 'edit-commitment':
      return subForm(commitmentForm(gadId).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => review(ctx, withCommitment(state.draft, state.index, v)));
    case 'edit-milestone':
      return subForm(milestoneForm(state.draft).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) =>
        review(ctx, withMilestone(state.draft, state.index, state.milestone, v)),
      );
  }
}

/** Saves the draft plan, invites the responsible persons not yet in the bot, asks the Presidencia to approve. */
function savePlan(ctx: FlowContext, gadId: number, draft: PlanDraft): StepResult<RecordState> {
  const problems = planProblems(draft);
  if (problems.length > 0) return more(draft, [{ text: m('plan-refused', { reasons: bullets(ctx, problems.map((p) => problemMessage(p, draft))) }) }]);
  const gad = gadById(ctx.db, gadId)!;
  const { plan, commitments } = createPlan(ctx.db, gadId, draft, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('plan.recorded', gadId, { planId: plan.id, commitments: commitments.length });
  const invites = inviteResponsibles(ctx, gadId, commitments);
  return { replies: [askApproval(ctx, gad, plan, 'plan'), ...invites] };
}

/** Invites the responsible persons of new commitments who are not in the bot yet; the replies carry the codes to pass on. */
export function inviteResponsibles(ctx: FlowContext, gadId: number, rows: readonly Commitment[]): Reply[] {
  return rows.flatMap((row) => {
    if (row.responsiblePersonId !== null) return [];
    const name = row.responsibleName ?? '';
    const invite = issueInvite(ctx, { role: 'responsable', gadId, attributes: { entity: row.responsibleEntity, commitmentId: String(row.id), commitment: row.title }, intendedFor: name });
    return [{ text: m('plan-invite-responsible', { name, commitment: row.title }) }, invite];
  });
}

/**
 * Asks the holders of the approving office (from who recorded it) to approve a plan or
 * an amendment, with "Ver el plan"; the reply says who was asked.
 */
export function askApproval(ctx: FlowContext, gad: Gad, recorded: Pick<Plan, 'gadId' | 'createdByPersonId'>, what: keyof typeof APPROVAL_TEXTS): Reply {
  const texts = APPROVAL_TEXTS[what];
  const office = OFFICE_NAMES[planApprovingOffice(ctx.db, recorded)];
  const approvers = planApprovers(ctx.db, recorded);
  for (const personId of approvers) {
    const { reply, conversation } = planMenuOffer(gad.id, m(texts.request, { gad: gad.name, who: ctx.person?.displayName ?? '', office }));
    ctx.offer(personId, reply, conversation, { topic: `plan:${gad.id}` });
  }
  return { text: m(approvers.length ? texts.saved : texts.noApprover, { gad: gad.name, office }) };
}

/** The messages of a request for approval: of a new plan, or of an amendment. */
const APPROVAL_TEXTS = {
  plan: { request: 'plan-approval-request', saved: 'plan-saved-for-approval', noApprover: 'plan-saved-no-approver' },
  amendment: { request: 'plan-amend-approval-request', saved: 'plan-amend-saved', noApprover: 'plan-amend-saved-no-approver' },
} as const;
