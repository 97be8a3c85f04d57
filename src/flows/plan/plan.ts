/**
 * /plan: the local action plan (PAGL) of a GAD, activities 13-15. Everyone with a role in
 * the GAD sees the plan and each commitment's progress; from the same menu the Foro's
 * officers and the POCL record it and later close it, the Presidencia approves it, the
 * responsible persons report progress, the officers and the POCL amend a published plan
 * (approved like the plan, published as its next version), everyone sees each
 * commitment's status history, and the independent monitor fetches the package and
 * evaluates it. `/plan TOKEN` (the plan's public link) works for anyone.
 */
import { activityByNumber } from '../../domain/activities.js';
import { mayRead } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { latestPlanOf, type Plan } from '../../store/plans.js';
import { gadState } from '../../store/progress.js';
import { Form, type FormState, subForm, worthKeeping } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { managesPlan, monitors } from '../../domain/duties.js';
import { approvePlan, approveQuestion, mayApprove } from './approve.js';
import { closePlan, closeQuestion } from './close.js';
import { requestPackage } from './package-build.js';
import { evaluationStep, startEvaluation, type EvaluateState } from './evaluate.js';
import { assessmentStep, endedCommitments, monitoredPlan, startAssessment, type AssessState, type AssessWhat } from './assess.js';
import { answerStep, startAnswer, unansweredAssessments, type AnswerState } from './assessment-answer.js';
import { progressStep, reportableMilestones, startProgress, type ProgressState } from './progress.js';
import { PUBLIC_PLAN_PAYLOAD, publicPlanReplies } from './public.js';
import { recordStep, startRecording, type RecordState } from './record.js';
import { amendStep, mayAmend, startAmendment, type AmendState } from './amend.js';
import { discardAmendment, discardQuestion, mayDiscardAmendment } from './amend-discard.js';
import { statusHistoryReplies } from './status-text.js';
import { planSummary } from './text.js';
import { PLAN_FLOW } from './offers.js';
import type { Choice, Flow, FlowContext, Reply, StepResult } from '../../engine/types.js';

interface Pick {
  gadSearch?: string;
  gadId: number;
}

type State =
  | { mode: 'pick'; form: FormState<Pick> }
  | { mode: 'menu'; gadId: number }
  | { mode: 'record'; gadId: number; sub: RecordState }
  | { mode: 'progress'; gadId: number; sub: ProgressState }
  | { mode: 'evaluate'; gadId: number; sub: EvaluateState }
  | { mode: 'amend'; gadId: number; sub: AmendState }
  | { mode: 'assess'; gadId: number; sub: AssessState }
  | { mode: 'answer'; gadId: number; sub: AnswerState }
  | { mode: 'approve'; gadId: number }
  | { mode: 'discard'; gadId: number }
  | { mode: 'close'; gadId: number };

const readable = (ctx: FlowContext, gad: Gad): boolean => mayRead(ctx.memberships, gad);
const pickForm = new Form<Pick>(gadFields<Pick>(readable));

/** Whether a new plan may be recorded: none yet (or the last one closed), activity 13 open or done. */
function mayRecord(ctx: FlowContext, gad: Gad, plan: Plan | undefined): boolean {
  const cocreation = standing(activityByNumber(13)!, gadState(ctx.db, gad.id));
  return managesPlan(ctx.memberships, gad.id) && gad.status === 'accepted' && (!plan || plan.status === 'closed') && cocreation !== 'blocked';
}

/** The actions the sender may take on the GAD's plan now. */
function actions(ctx: FlowContext, gad: Gad, plan: Plan | undefined): Choice[] {
  const choices: Choice[] = [];
  if (mayRecord(ctx, gad, plan)) choices.push({ value: 'record', label: m('plan-action-record') });
  if (plan && mayApprove(ctx, plan)) choices.push({ value: 'approve', label: m('plan-action-approve') });
  if (plan?.status === 'published' && reportableMilestones(ctx, plan).length > 0) choices.push({ value: 'progress', label: m('plan-action-progress') });
  if (plan && mayAmend(ctx, plan)) choices.push({ value: 'amend', label: m('plan-action-amend') });
  if (plan && mayDiscardAmendment(ctx, plan)) choices.push({ value: 'discard', label: m('plan-action-discard-amendment') });
  if (plan?.status === 'published' && managesPlan(ctx.memberships, gad.id)) choices.push({ value: 'close', label: m('plan-action-close') });
  if (plan?.status === 'published' || plan?.status === 'closed') choices.push({ value: 'history', label: m('plan-action-history') });
  if (plan?.status === 'closed' && monitors(ctx.memberships, gad.id)) {
    choices.push({ value: 'package', label: m('plan-action-package') }, { value: 'evaluate', label: m('plan-action-evaluate') });
  }
  return [...choices, ...monitoringActions(ctx, gad, plan)];
}

/** The monitoring cycle's actions: the monitor's assessments, the Foro's answer to them. */
function monitoringActions(ctx: FlowContext, gad: Gad, plan: Plan | undefined): Choice[] {
  if (!monitoredPlan(plan)) return [];
  const choices: Choice[] = [];
  if (monitors(ctx.memberships, gad.id)) {
    choices.push({ value: 'assess:inception', label: m('plan-action-assess-inception') }, { value: 'assess:inception_plan', label: m('plan-action-assess-inception-plan') });
    if (endedCommitments(ctx, plan).length > 0) choices.push({ value: 'assess:commitment_end', label: m('plan-action-assess-end') });
  }
  if (managesPlan(ctx.memberships, gad.id) && unansweredAssessments(ctx, plan).length > 0) choices.push({ value: 'answer', label: m('plan-action-answer-assessment') });
  return choices;
}

function showMenu(ctx: FlowContext, gadId: number): StepResult<State> {
  const gad = gadById(ctx.db, gadId)!;
  const plan = latestPlanOf(ctx.db, gadId);
  const summary = { text: plan ? planSummary(ctx, plan) : m('plan-none', { gad: gad.name }) };
  const choices = actions(ctx, gad, plan);
  if (choices.length === 0) return { replies: [summary] };
  return { replies: [summary, { text: m('plan-menu'), choices: [...choices, { value: 'done', label: m('choice-done') }] }], next: { mode: 'menu', gadId } };
}

function fromMenu(ctx: FlowContext, gad: Gad, choice: string): StepResult<State> {
  const plan = latestPlanOf(ctx.db, gad.id);
  if (choice === 'done') return { replies: [{ text: m('plan-bye') }] };
  // "Ver el plan" from a message, or an action no longer possible: the plan as it is now.
  if (!actions(ctx, gad, plan).some((c) => c.value === choice)) return showMenu(ctx, gad.id);
  switch (choice) {
    case 'record':
      return wrap(startRecording(ctx, gad.id), (sub) => ({ mode: 'record', gadId: gad.id, sub }));
    case 'approve':
      return asked(approveQuestion(ctx, gad, plan!), { mode: 'approve', gadId: gad.id });
    case 'progress':
      return wrap(startProgress(ctx, plan!), (sub) => ({ mode: 'progress', gadId: gad.id, sub }));
    case 'close':
      return asked(closeQuestion(ctx, gad, plan!), { mode: 'close', gadId: gad.id });
    case 'amend':
      return wrap(startAmendment(ctx, plan!), (sub) => ({ mode: 'amend', gadId: gad.id, sub }));
    case 'discard':
      return asked(discardQuestion(ctx, gad, plan!), { mode: 'discard', gadId: gad.id });
    case 'history':
      return { replies: statusHistoryReplies(ctx, plan!) };
    case 'assess:inception':
    case 'assess:inception_plan':
    case 'assess:commitment_end':
      return wrap(startAssessment(ctx, gad, plan!, choice.slice('assess:'.length) as AssessWhat), (sub) => ({ mode: 'assess', gadId: gad.id, sub }));
    case 'answer':
      return wrap(startAnswer(ctx, gad, plan!), (sub) => ({ mode: 'answer', gadId: gad.id, sub }));
    case 'package':
      requestPackage(ctx.db, plan!, ctx.person ? [ctx.person.id] : [], ctx.person?.id ?? null, ctx.now);
      return { replies: [{ text: m('plan-package-preparing', { gad: gad.name }) }] };
    default:
      return wrap(startEvaluation(ctx, gad, plan!), (sub) => ({ mode: 'evaluate', gadId: gad.id, sub }));
  }
}

/** A yes/no question (the conversation waits for the answer), or a refusal that ends it. */
function asked(reply: Reply, next: State): StepResult<State> {
  return reply.choices ? { replies: [reply], next } : { replies: [reply] };
}

/** A sub-conversation's step as this flow's. */
function wrap<S>(result: StepResult<S>, into: (sub: S) => State): StepResult<State> {
  return { replies: result.replies, ...(result.next ? { next: into(result.next) } : {}) };
}

/** The local action plan. */
export const planFlow: Flow<State> = {
  id: PLAN_FLOW.id,
  version: PLAN_FLOW.version,
  keepsDraft: true,
  commands: ['plan', 'actionplan'],
  startPayload: PUBLIC_PLAN_PAYLOAD,
  hasAnswers: (state) =>
    state.mode === 'record' || ((state.mode === 'assess' || state.mode === 'answer') && worthKeeping(state.sub.form.values)) || (state.mode === 'progress' && (state.sub.step === 'evidence' || worthKeeping(state.sub.form.values))) || (state.mode === 'evaluate' && worthKeeping(state.sub.form.values)) ||
    (state.mode === 'amend' && state.sub.changes.length > 0),
  description: m('cmd-plan'),
  available: () => true,
  start(ctx, args) {
    if (args) return { replies: publicPlanReplies(ctx, args) };
    if (ctx.memberships.length === 0) return { replies: [{ text: m('plan-public-how') }] };
    const none = requireGad<Pick>(readable)(ctx);
    if ('replies' in none) return { replies: none.replies };
    return subForm(pickForm.begin(ctx), (form): State => ({ mode: 'pick', form }), (v) => showMenu(ctx, v.gadId));
  },
  step(ctx, state, input) {
    if (state.mode === 'pick') return subForm(pickForm.advance(ctx, state.form, input), (form): State => ({ mode: 'pick', form }), (v) => showMenu(ctx, v.gadId));
    const gad = gadById(ctx.db, state.gadId);
    const plan = latestPlanOf(ctx.db, state.gadId);
    if (!gad || !readable(ctx, gad)) return { replies: [{ text: m('gad-none') }] };
    switch (state.mode) {
      case 'menu':
        return input.kind === 'choice' ? fromMenu(ctx, gad, input.value) : showMenu(ctx, gad.id);
      case 'record':
        if (!managesPlan(ctx.memberships, gad.id)) return showMenu(ctx, gad.id);
        return wrap(recordStep(ctx, gad.id, state.sub, input), (sub) => ({ ...state, sub }));
      case 'amend':
        return plan && mayAmend(ctx, plan) ? wrap(amendStep(ctx, gad, plan, state.sub, input), (sub) => ({ ...state, sub })) : showMenu(ctx, gad.id);
      case 'progress':
        return plan ? wrap(progressStep(ctx, gad, plan, state.sub, input), (sub) => ({ ...state, sub })) : showMenu(ctx, gad.id);
      case 'approve':
      case 'close': {
        if (input.kind !== 'choice' || input.value !== 'yes' || !plan) return { replies: [{ text: m('plan-nothing-changed') }] };
        return { replies: state.mode === 'approve' ? approvePlan(ctx, gad, plan) : closePlan(ctx, gad, plan) };
      }
      case 'discard':
        if (input.kind !== 'choice' || input.value !== 'yes' || !plan || !mayDiscardAmendment(ctx, plan)) return { replies: [{ text: m('plan-nothing-changed') }] };
        return { replies: discardAmendment(ctx, gad, plan) };
      case 'assess':
        return monitoredPlan(plan) && monitors(ctx.memberships, gad.id) ? wrap(assessmentStep(ctx, gad, plan, state.sub, input), (sub) => ({ ...state, sub })) : showMenu(ctx, gad.id);
      case 'answer':
        return monitoredPlan(plan) && managesPlan(ctx.memberships, gad.id) ? wrap(answerStep(ctx, gad, plan, state.sub, input), (sub) => ({ ...state, sub })) : showMenu(ctx, gad.id);
      case 'evaluate':
        return plan?.status === 'closed' && monitors(ctx.memberships, gad.id) ? wrap(evaluationStep(ctx, gad, plan, state.sub, input), (sub) => ({ ...state, sub })) : showMenu(ctx, gad.id);
    }
  },
};
