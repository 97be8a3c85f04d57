/**
 * The independent monitor's assessments in OGP's cycle (beside the final evaluation of
 * evaluate.ts): the inception assessment, within two months of the plan's approval — each
 * commitment (verifiable, relevant to OGP's values, potential impact) and the plan's
 * co-creation process and public repository — and, within a month after each commitment
 * ends, its end-of-commitment assessment (completion; did it open government). The Foro,
 * the POCL and the POC are told (the Foro may answer it), and the plan's published files
 * are made again with it.
 */
import { z } from 'zod';
import { ASSESSMENT_KIND_NAMES, assessmentSubject, STANDARD_LEVELS, STANDARD_NAMES, commitmentEnd, type StandardLevel } from '../../domain/cocreation.js';
import { nameIn } from '../../domain/labels.js';
import { COMPLETION_LEVELS, COMPLETION_NAMES, EVALUATION_RESULTS, IMPACT_NAMES, POTENTIAL_IMPACTS, RESULT_NAMES, type CompletionLevel, type EvaluationResult, type PotentialImpact } from '../../domain/plan.js';
import { m, raw } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { hasAssessment, recordAssessment, type AssessmentInput } from '../../store/assessments.js';
import { commitmentsOf, milestonesOf, type Commitment, type Plan } from '../../store/plans.js';
import { choiceField, Form, subForm, textField, type FormState, type FormStep } from '../../engine/form.js';
import type { FlowContext, FlowInput, StepResult } from '../../engine/types.js';
import { planAudience } from './access.js';
import { republishPlan } from './republish.js';
import { today } from './text.js';

/** What the monitor assesses: a commitment at inception, the plan's co-creation and repository at inception, or a commitment that ended. */
export type AssessWhat = 'inception' | 'inception_plan' | 'commitment_end';

interface Values {
  commitmentId: string;
  verifiable: string;
  relevant: string;
  potentialImpact: PotentialImpact;
  coCreation: StandardLevel;
  repository: StandardLevel;
  completion: CompletionLevel;
  result: EvaluationResult;
  notes: string;
}

/** Where an assessment is. */
export type AssessState = { what: AssessWhat; form: FormState<Values> };

const yesNo = () => [
  { value: 'yes', label: m('plan-yes'), means: 'yes' as const },
  { value: 'no', label: m('plan-no'), means: 'no' as const },
];
const standards = () => STANDARD_LEVELS.map((value) => ({ value, label: STANDARD_NAMES[value] }));

/** Whether the plan is in the monitoring cycle: approved, published or closed. */
export function monitoredPlan(plan: Plan | undefined): plan is Plan {
  return plan !== undefined && plan.approvedAt !== null && (plan.status === 'published' || plan.status === 'closed');
}

/** The commitments that ended (their last milestone's due date passed), or every one once the plan is closed. */
export function endedCommitments(ctx: Pick<FlowContext, 'db' | 'now' | 'config'>, plan: Plan): Commitment[] {
  const commitments = commitmentsOf(ctx.db, plan.id);
  if (plan.status === 'closed') return commitments;
  const day = today(ctx.now, ctx.config.timeZone);
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  return commitments.filter((c) => {
    const end = commitmentEnd(milestones.filter((ms) => ms.commitmentId === c.id).map((ms) => ms.dueDate));
    return end !== undefined && end < day;
  });
}

/** The commitment choices of a form: "✓" marks those already assessed (a new answer replaces it). */
function commitmentChoices(ctx: FlowContext, plan: Plan, what: AssessWhat, commitments: readonly Commitment[]) {
  const kind = what === 'commitment_end' ? 'commitment_end' : 'inception';
  return commitments.map((c) => ({ value: String(c.id), label: raw(`${hasAssessment(ctx.db, plan.id, kind, c.id) ? '✓ ' : ''}${c.title}`) }));
}

function form(plan: Plan, what: AssessWhat): Form<Values> {
  const notes = textField<Values>('notes', m('plan-evaluate-notes-ask'), z.string().min(1).max(2000), m('plan-text-hint'));
  if (what === 'inception_plan') {
    return new Form<Values>([choiceField<Values>('coCreation', m('assess-cocreation-ask'), standards), choiceField<Values>('repository', m('assess-repository-ask'), standards), notes]);
  }
  if (what === 'inception') {
    return new Form<Values>([
      choiceField<Values>('commitmentId', m('plan-evaluate-commitment-ask'), (ctx) => commitmentChoices(ctx, plan, what, commitmentsOf(ctx.db, plan.id))),
      choiceField<Values>('verifiable', m('plan-evaluate-verifiable-ask'), yesNo),
      choiceField<Values>('relevant', m('plan-evaluate-relevant-ask'), yesNo),
      choiceField<Values>('potentialImpact', m('plan-evaluate-impact-ask'), () => POTENTIAL_IMPACTS.map((value) => ({ value, label: IMPACT_NAMES[value] }))),
      notes,
    ]);
  }
  return new Form<Values>([
    choiceField<Values>('commitmentId', m('plan-evaluate-commitment-ask'), (ctx) => commitmentChoices(ctx, plan, what, endedCommitments(ctx, plan))),
    choiceField<Values>('completion', m('assess-completion-ask'), () => COMPLETION_LEVELS.map((value) => ({ value, label: COMPLETION_NAMES[value] }))),
    choiceField<Values>('result', m('plan-evaluate-result-ask'), () => EVALUATION_RESULTS.map((value) => ({ value, label: RESULT_NAMES[value] }))),
    notes,
  ]);
}

const wrap = (ctx: FlowContext, gad: Gad, plan: Plan, what: AssessWhat, step: FormStep<Values>): StepResult<AssessState> =>
  subForm(step, (f) => ({ what, form: f }), (values) => save(ctx, gad, plan, what, values));

/** Starts one part of an assessment. */
export function startAssessment(ctx: FlowContext, gad: Gad, plan: Plan, what: AssessWhat): StepResult<AssessState> {
  return wrap(ctx, gad, plan, what, form(plan, what).begin(ctx));
}

/** Handles one answer of an assessment. */
export function assessmentStep(ctx: FlowContext, gad: Gad, plan: Plan, state: AssessState, input: FlowInput): StepResult<AssessState> {
  return wrap(ctx, gad, plan, state.what, form(plan, state.what).advance(ctx, state.form, input));
}

/** The part to record, from the answers; undefined when the commitment chosen is no longer offered. */
function inputOf(ctx: FlowContext, plan: Plan, what: AssessWhat, values: Values): { input: AssessmentInput; subject: string | undefined } | undefined {
  const notes = values.notes.trim() === '-' ? null : values.notes.trim();
  if (what === 'inception_plan') return { input: { kind: 'inception', commitmentId: null, coCreation: values.coCreation, repository: values.repository, notes }, subject: undefined };
  const offered = what === 'inception' ? commitmentsOf(ctx.db, plan.id) : endedCommitments(ctx, plan);
  const commitment = offered.find((c) => String(c.id) === values.commitmentId);
  if (!commitment) return undefined;
  const input: AssessmentInput =
    what === 'inception'
      ? { kind: 'inception', commitmentId: commitment.id, verifiable: values.verifiable === 'yes', relevant: values.relevant === 'yes', potentialImpact: values.potentialImpact, notes }
      : { kind: 'commitment_end', commitmentId: commitment.id, completion: values.completion, result: values.result, notes };
  return { input, subject: commitment.title };
}

function save(ctx: FlowContext, gad: Gad, plan: Plan, what: AssessWhat, values: Values): StepResult<AssessState> {
  const part = inputOf(ctx, plan, what, values);
  if (!part) return { replies: [{ text: m('choice-stale') }] };
  const row = recordAssessment(ctx.db, plan.id, part.input, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('plan.assessed', gad.id, { planId: plan.id, assessmentId: row.id, kind: row.kind, commitmentId: row.commitmentId });
  const args = { gad: gad.name, kind: nameIn(ASSESSMENT_KIND_NAMES, row.kind), subject: assessmentSubject(part.subject) };
  for (const personId of planAudience(ctx.db, gad.id)) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('assess-notify', args) });
  }
  republishPlan(ctx, plan);
  return { replies: [{ text: m('assess-saved', args) }] };
}
