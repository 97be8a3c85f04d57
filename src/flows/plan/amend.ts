/**
 * Amending a published plan (OGP Local: a plan may change during its implementation,
 * openly). The Foro's officers or the POCL gather changes — a commitment added (with its
 * milestones), a commitment's field rewritten, a commitment withdrawn with a reason, a
 * milestone re-dated inside the plan's period — then give the amendment's reason and
 * confirm the change log. Nothing changes in the plan until the approving office approves
 * it (approve.ts); it is then published as the plan's next version.
 */
import { z } from 'zod';
import { AMENDABLE_FIELDS, amendmentProblems, type AmendableField, type AmendmentChange } from '../../domain/plan-amendment.js';
import { managesPlan } from '../../domain/duties.js';
import { m, raw } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { createAmendment, pendingAmendment } from '../../store/plan-amendments.js';
import { activeCommitmentsOf, milestonesOf, type Plan } from '../../store/plans.js';
import { shortText, yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, type FormState, subForm, textField } from '../../engine/form.js';
import { bullets } from '../progress/actions.js';
import { changeLog } from './change-log.js';
import { dateField, problemMessage } from './fields.js';
import { askApproval, commitmentForm, milestoneForm, toCommitment, type CommitmentFields, type MilestoneFields } from './record.js';
import type { Choice, FlowContext, FlowInput, Reply, StepResult } from '../../engine/types.js';
import { formatIsoDate } from '../../shared/zoned-time.js';

interface ChangeFields {
  commitmentId: string;
  field: AmendableField;
  after: string;
}
interface WithdrawFields {
  commitmentId: string;
  reason: string;
}
interface RedateFields {
  milestoneId: string;
  dueDate: string;
}
interface ReviewFields {
  reason: string;
  confirm: 'yes' | 'no';
}

/** Where an amendment being gathered is: its menu, or one change's questions, or the review. */
export type AmendState =
  | { step: 'menu'; changes: AmendmentChange[] }
  | { step: 'commitment'; changes: AmendmentChange[]; form: FormState<CommitmentFields> }
  | { step: 'milestone'; changes: AmendmentChange[]; form: FormState<MilestoneFields> }
  | { step: 'change'; changes: AmendmentChange[]; form: FormState<ChangeFields> }
  | { step: 'withdraw'; changes: AmendmentChange[]; form: FormState<WithdrawFields> }
  | { step: 'redate'; changes: AmendmentChange[]; form: FormState<RedateFields> }
  | { step: 'review'; changes: AmendmentChange[]; form: FormState<ReviewFields> };

const reasonText = z.string().min(3).max(1000);

/** Whether the sender may amend the plan now: it is published, they manage it, and no amendment awaits approval. */
export function mayAmend(ctx: FlowContext, plan: Plan): boolean {
  return plan.status === 'published' && managesPlan(ctx.memberships, plan.gadId) && pendingAmendment(ctx.db, plan.id) === undefined;
}

/** The commitments still in force that no change of this amendment touches yet. */
function untouchedCommitments(ctx: FlowContext, plan: Plan, changes: readonly AmendmentChange[]) {
  const touched = new Set(changes.flatMap((c) => (c.kind === 'change_commitment' || c.kind === 'withdraw_commitment' ? [c.commitmentId] : [])));
  return activeCommitmentsOf(ctx.db, plan.id).filter((c) => !touched.has(c.id));
}

/** The milestones that may be re-dated: not complete, of a commitment in force, not re-dated by this amendment yet. */
function redatableMilestones(ctx: FlowContext, plan: Plan, changes: readonly AmendmentChange[]) {
  const redated = new Set(changes.flatMap((c) => (c.kind === 'redate_milestone' ? [c.milestoneId] : [])));
  const withdrawn = new Set(changes.flatMap((c) => (c.kind === 'withdraw_commitment' ? [c.commitmentId] : [])));
  const commitments = activeCommitmentsOf(ctx.db, plan.id).filter((c) => !withdrawn.has(c.id));
  return milestonesOf(ctx.db, commitments.map((c) => c.id)).filter((ms) => ms.completion !== 'completo' && !redated.has(ms.id));
}

const commitmentChoices = (ctx: FlowContext, plan: Plan, changes: readonly AmendmentChange[]): Choice[] =>
  untouchedCommitments(ctx, plan, changes).map((c) => ({ value: String(c.id), label: raw(c.title) }));

function changeForm(plan: Plan, changes: readonly AmendmentChange[]): Form<ChangeFields> {
  return new Form<ChangeFields>([
    choiceField<ChangeFields>('commitmentId', m('plan-amend-which-commitment'), (ctx) => commitmentChoices(ctx, plan, changes)),
    choiceField<ChangeFields>('field', m('plan-amend-which-field'), () => AMENDABLE_FIELDS.map((field) => ({ value: field, label: m('plan-amend-field', { field }) }))),
    textField<ChangeFields>('after', m('plan-amend-new-text-ask'), shortText(1000), m('plan-text-hint')),
  ]);
}

function withdrawForm(plan: Plan, changes: readonly AmendmentChange[]): Form<WithdrawFields> {
  return new Form<WithdrawFields>([
    choiceField<WithdrawFields>('commitmentId', m('plan-amend-which-commitment'), (ctx) => commitmentChoices(ctx, plan, changes)),
    textField<WithdrawFields>('reason', m('plan-amend-withdraw-reason-ask'), reasonText, m('plan-text-hint')),
  ]);
}

function redateForm(plan: Plan, changes: readonly AmendmentChange[]): Form<RedateFields> {
  return new Form<RedateFields>([
    choiceField<RedateFields>('milestoneId', m('plan-amend-which-milestone'), (ctx) =>
      redatableMilestones(ctx, plan, changes).map((ms) => ({ value: String(ms.id), label: raw(`${ms.deliverable} (${formatIsoDate(ms.dueDate)})`) })),
    ),
    dateField<RedateFields>('dueDate', () => m('plan-milestone-due-ask'), (date) =>
      !date ? m('plan-date-hint') : date < plan.periodStart || date > plan.periodEnd ? m('plan-amend-date-outside', { start: formatIsoDate(plan.periodStart), end: formatIsoDate(plan.periodEnd) }) : undefined,
    ),
  ]);
}

const reviewForm = (changes: readonly AmendmentChange[]) =>
  new Form<ReviewFields>([
    textField<ReviewFields>('reason', m('plan-amend-reason-ask'), reasonText, m('plan-text-hint')),
    choiceField<ReviewFields>('confirm', () => m('plan-amend-review', { changes: changeLog(changes) }), () => yesNoChoices('record')),
  ]);

/** The commitment this amendment added last (milestones may be added to it). */
function lastAdded(changes: readonly AmendmentChange[]) {
  const last = changes.at(-1);
  return last?.kind === 'add_commitment' ? last.commitment : undefined;
}

/** The amendment's menu: the kinds of change that are possible, then review or cancel. */
function menu(ctx: FlowContext, plan: Plan, changes: AmendmentChange[], before: Reply[] = []): StepResult<AmendState> {
  const added = lastAdded(changes);
  const hasCommitments = untouchedCommitments(ctx, plan, changes).length > 0;
  const choices: Choice[] = [
    { value: 'add', label: m('plan-amend-add') },
    ...(added ? [{ value: 'milestone', label: m('plan-more-milestone', { commitment: added.title }) }] : []),
    ...(hasCommitments ? [{ value: 'change', label: m('plan-amend-change') }, { value: 'withdraw', label: m('plan-amend-withdraw') }] : []),
    ...(redatableMilestones(ctx, plan, changes).length > 0 ? [{ value: 'redate', label: m('plan-amend-redate') }] : []),
    ...(changes.length > 0 ? [{ value: 'review', label: m('plan-amend-finish') }] : []),
    { value: 'cancel', label: m('choice-cancel') },
  ];
  const text = changes.length > 0 ? m('plan-amend-menu-changes', { changes: changeLog(changes) }) : m('plan-amend-menu');
  return { replies: [...before, { text, choices }], next: { step: 'menu', changes } };
}

/** Starts an amendment of a published plan. */
export function startAmendment(ctx: FlowContext, plan: Plan): StepResult<AmendState> {
  return menu(ctx, plan, []);
}

function fromMenu(ctx: FlowContext, gad: Gad, plan: Plan, changes: AmendmentChange[], input: FlowInput): StepResult<AmendState> {
  const choice = input.kind === 'choice' ? input.value : '';
  switch (choice) {
    case 'add':
      return subForm(commitmentForm(gad.id).begin(ctx), (form) => ({ step: 'commitment', changes, form }), (v) => firstMilestone(ctx, plan, [...changes, { kind: 'add_commitment', commitment: toCommitment(v, []) }]));
    case 'milestone':
      return lastAdded(changes) ? firstMilestone(ctx, plan, changes) : menu(ctx, plan, changes);
    case 'change':
      return subForm(changeForm(plan, changes).begin(ctx), (form) => ({ step: 'change', changes, form }), (v) => changed(ctx, plan, changes, v));
    case 'withdraw':
      return subForm(withdrawForm(plan, changes).begin(ctx), (form) => ({ step: 'withdraw', changes, form }), (v) => withdrawn(ctx, plan, changes, v));
    case 'redate':
      return subForm(redateForm(plan, changes).begin(ctx), (form) => ({ step: 'redate', changes, form }), (v) => redated(ctx, plan, changes, v));
    case 'review':
      return subForm(reviewForm(changes).begin(ctx), (form) => ({ step: 'review', changes, form }), (v) => reviewed(ctx, gad, plan, changes, v));
    case 'cancel':
      return { replies: [{ text: m('cancelled') }] };
    default:
      return menu(ctx, plan, changes);
  }
}

/** A milestone for the commitment added last (a new commitment needs at least one). */
function firstMilestone(ctx: FlowContext, plan: Plan, changes: AmendmentChange[]): StepResult<AmendState> {
  return subForm(milestoneForm(plan).begin(ctx), (form) => ({ step: 'milestone', changes, form }), (v) => withMilestone(ctx, plan, changes, v));
}

function withMilestone(ctx: FlowContext, plan: Plan, changes: AmendmentChange[], values: MilestoneFields): StepResult<AmendState> {
  const commitment = lastAdded(changes)!;
  const updated: AmendmentChange = { kind: 'add_commitment', commitment: { ...commitment, milestones: [...commitment.milestones, values] } };
  return menu(ctx, plan, [...changes.slice(0, -1), updated]);
}

function changed(ctx: FlowContext, plan: Plan, changes: AmendmentChange[], values: ChangeFields): StepResult<AmendState> {
  const commitment = untouchedCommitments(ctx, plan, changes).find((c) => String(c.id) === values.commitmentId);
  if (!commitment) return menu(ctx, plan, changes, [{ text: m('choice-stale') }]);
  const change: AmendmentChange = { kind: 'change_commitment', commitmentId: commitment.id, title: commitment.title, field: values.field, before: commitment[values.field], after: values.after };
  return menu(ctx, plan, [...changes, change]);
}

function withdrawn(ctx: FlowContext, plan: Plan, changes: AmendmentChange[], values: WithdrawFields): StepResult<AmendState> {
  const commitment = untouchedCommitments(ctx, plan, changes).find((c) => String(c.id) === values.commitmentId);
  if (!commitment) return menu(ctx, plan, changes, [{ text: m('choice-stale') }]);
  return menu(ctx, plan, [...changes, { kind: 'withdraw_commitment', commitmentId: commitment.id, title: commitment.title, reason: values.reason }]);
}

function redated(ctx: FlowContext, plan: Plan, changes: AmendmentChange[], values: RedateFields): StepResult<AmendState> {
  const milestone = redatableMilestones(ctx, plan, changes).find((ms) => String(ms.id) === values.milestoneId);
  if (!milestone) return menu(ctx, plan, changes, [{ text: m('choice-stale') }]);
  if (values.dueDate < milestone.startDate) return menu(ctx, plan, changes, [{ text: m('plan-refused-due-before-start', { deliverable: milestone.deliverable }) }]);
  return menu(ctx, plan, [...changes, { kind: 'redate_milestone', milestoneId: milestone.id, deliverable: milestone.deliverable, before: milestone.dueDate, after: values.dueDate }]);
}

/** Saves the confirmed amendment as a draft and asks the approving office to approve it; "No" changes nothing. */
function reviewed(ctx: FlowContext, gad: Gad, plan: Plan, changes: AmendmentChange[], values: ReviewFields): StepResult<AmendState> {
  if (values.confirm !== 'yes') return { replies: [{ text: m('plan-nothing-changed') }] };
  if (!mayAmend(ctx, plan)) return { replies: [{ text: m('plan-not-allowed') }] };
  const problems = amendmentProblems(plan, changes);
  if (problems.length > 0) return menu(ctx, plan, changes, [{ text: m('plan-refused', { reasons: bullets(ctx, problems.map((p) => problemMessage(p, plan))) }) }]);
  const amendment = createAmendment(ctx.db, plan, { reason: values.reason, changes }, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('plan.amendment_recorded', gad.id, { planId: plan.id, version: amendment.version, changes: changes.map((c) => c.kind) });
  return { replies: [askApproval(ctx, gad, { gadId: plan.gadId, createdByPersonId: amendment.createdByPersonId }, 'amendment')] };
}

/** Handles one answer while an amendment is being gathered. */
export function amendStep(ctx: FlowContext, gad: Gad, plan: Plan, state: AmendState, input: FlowInput): StepResult<AmendState> {
  const { changes } = state;
  switch (state.step) {
    case 'menu':
      return fromMenu(ctx, gad, plan, changes, input);
    case 'commitment':
      return subForm(commitmentForm(gad.id).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) =>
        firstMilestone(ctx, plan, [...changes, { kind: 'add_commitment', commitment: toCommitment(v, []) }]),
      );
    case 'milestone':
      return subForm(milestoneForm(plan).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => withMilestone(ctx, plan, changes, v));
    case 'change':
      return subForm(changeForm(plan, changes).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => changed(ctx, plan, changes, v));
    case 'withdraw':
      return subForm(withdrawForm(plan, changes).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => withdrawn(ctx, plan, changes, v));
    case 'redate':
      return subForm(redateForm(plan, changes).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => redated(ctx, plan, changes, v));
    case 'review':
      return subForm(reviewForm(changes).advance(ctx, state.form, input), (form) => ({ ...state, form }), (v) => reviewed(ctx, gad, plan, changes, v));
  }
}
