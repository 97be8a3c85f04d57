/**
 * The Foro's answer to the independent monitor's assessment: its officers (or the POCL)
 * pick an assessment not yet answered and write the answer, which is published with the
 * plan beside it; the monitor who wrote the assessment is told.
 */
import { z } from 'zod';
import { ASSESSMENT_KIND_NAMES, assessmentSubject } from '../../domain/cocreation.js';
import { nameIn } from '../../domain/labels.js';
import { m, type Localized } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { answerAssessment, assessmentById, assessmentsOf, type Assessment } from '../../store/assessments.js';
import { commitmentsOf, type Plan } from '../../store/plans.js';
import { yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, subForm, textField, type FormState, type FormStep } from '../../engine/form.js';
import type { FlowContext, FlowInput, StepResult } from '../../engine/types.js';
import { republishPlan } from './republish.js';

interface Values {
  assessmentId: string;
  response: string;
  confirm: string;
}

/** Where an answer is. */
export type AnswerState = { form: FormState<Values> };

/** The plan's current assessments the Foro has not answered. */
export function unansweredAssessments(ctx: Pick<FlowContext, 'db'>, plan: Plan): Assessment[] {
  return assessmentsOf(ctx.db, plan.id).filter((a) => a.respondedAt === null);
}

/** An assessment as a choice's label: its kind and what it is about. */
function labelOf(ctx: FlowContext, plan: Plan, a: Assessment): Localized {
  const title = commitmentsOf(ctx.db, plan.id).find((c) => c.id === a.commitmentId)?.title;
  const kind = nameIn(ASSESSMENT_KIND_NAMES, a.kind);
  const subject = assessmentSubject(title);
  return { es: `${kind.es}: ${subject.es}`, en: `${kind.en}: ${subject.en}` };
}

function form(plan: Plan): Form<Values> {
  return new Form<Values>([
    choiceField<Values>('assessmentId', m('assess-answer-which'), (ctx) => unansweredAssessments(ctx, plan).map((a) => ({ value: String(a.id), label: labelOf(ctx, plan, a) }))),
    textField<Values>('response', m('assess-answer-ask'), z.string().min(10).max(2000), m('plan-text-hint')),
    // The answer is published for good: asked once more before it is recorded.
    choiceField<Values>('confirm', (_ctx, values) => m('assess-answer-confirm', { response: values.response ?? '' }), () => yesNoChoices('record')),
  ]);
}

const wrap = (ctx: FlowContext, gad: Gad, plan: Plan, step: FormStep<Values>): StepResult<AnswerState> =>
  subForm(step, (f) => ({ form: f }), (values) => save(ctx, gad, plan, values));

/** Starts answering an assessment. */
export function startAnswer(ctx: FlowContext, gad: Gad, plan: Plan): StepResult<AnswerState> {
  return wrap(ctx, gad, plan, form(plan).begin(ctx));
}

/** Handles one answer. */
export function answerStep(ctx: FlowContext, gad: Gad, plan: Plan, state: AnswerState, input: FlowInput): StepResult<AnswerState> {
  return wrap(ctx, gad, plan, form(plan).advance(ctx, state.form, input));
}

function save(ctx: FlowContext, gad: Gad, plan: Plan, values: Values): StepResult<AnswerState> {
  if (values.confirm !== 'yes') return { replies: [{ text: m('plan-nothing-changed') }] };
  const assessment = assessmentById(ctx.db, Number(values.assessmentId));
  if (!assessment || assessment.planId !== plan.id || !answerAssessment(ctx.db, assessment.id, values.response, { personId: ctx.person?.id ?? null, now: ctx.now })) {
    return { replies: [{ text: m('choice-stale') }] };
  }
  ctx.audit('plan.assessment_answered', gad.id, { planId: plan.id, assessmentId: assessment.id });
  const what = labelOf(ctx, plan, assessment);
  if (assessment.monitorPersonId !== null && assessment.monitorPersonId !== ctx.person?.id) {
    ctx.notify(assessment.monitorPersonId, { text: m('assess-answered-notify', { gad: gad.name, what, response: values.response }) });
  }
  republishPlan(ctx, plan);
  return { replies: [{ text: m('assess-answered', { what }) }] };
}
