/**
 * The independent monitor's evaluation of a closed plan, commitment by commitment: its
 * design (verifiable, relevant, potential impact) and its result (did it open
 * government?). The Foro, the POCL and the POC are told. The monitoring cycle before it
 * (the inception and end-of-commitment assessments, with their reminders) is assess.ts.
 */
import { z } from 'zod';
import { nameIn } from '../../domain/labels.js';
import { EVALUATION_RESULTS, IMPACT_NAMES, POTENTIAL_IMPACTS, RESULT_NAMES, type EvaluationResult, type PotentialImpact } from '../../domain/plan.js';
import { m, raw } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { recordEvaluation } from '../../store/plan-progress.js';
import { activeCommitmentsOf, type Plan } from '../../store/plans.js';
import { choiceField, Form, type FormState, subForm, textField } from '../../engine/form.js';
import { planAudience } from './access.js';
import { activityByNumber } from '../../domain/activities.js';
import { gadState } from '../../store/progress.js';
import { responsiblePeople } from '../../engine/audience.js';
import type { FlowContext, FlowInput, StepResult } from '../../engine/types.js';
import { announceMilestone } from '../../engine/milestones.js';
import { membershipsOf } from '../../store/people.js';
import { activityChoices, offerActions } from '../progress/activity-choices.js';

interface Assessment {
  commitmentId: string;
  verifiable: string;
  relevant: string;
  potentialImpact: PotentialImpact;
  result: EvaluationResult;
  notes: string;
}

/** Where an evaluation is. */
export type EvaluateState = { form: FormState<Assessment> };

const yesNo = () => [
  { value: 'yes', label: m('plan-yes'), means: 'yes' as const },
  { value: 'no', label: m('plan-no'), means: 'no' as const },
];

function assessmentForm(plan: Plan): Form<Assessment> {
  return new Form<Assessment>([
    choiceField<Assessment>('commitmentId', m('plan-evaluate-commitment-ask'), (ctx) =>
      activeCommitmentsOf(ctx.db, plan.id).map((c) => ({ value: String(c.id), label: raw(c.title) })),
    ),
    choiceField<Assessment>('verifiable', m('plan-evaluate-verifiable-ask'), yesNo),
    choiceField<Assessment>('relevant', m('plan-evaluate-relevant-ask'), yesNo),
    choiceField<Assessment>('potentialImpact', m('plan-evaluate-impact-ask'), () => POTENTIAL_IMPACTS.map((value) => ({ value, label: IMPACT_NAMES[value] }))),
    choiceField<Assessment>('result', m('plan-evaluate-result-ask'), () => EVALUATION_RESULTS.map((value) => ({ value, label: RESULT_NAMES[value] }))),
    textField<Assessment>('notes', m('plan-evaluate-notes-ask'), z.string().min(1).max(2000), m('plan-text-hint')),
  ]);
}

/** Starts evaluating a commitment of a closed plan. */
export function startEvaluation(ctx: FlowContext, gad: Gad, plan: Plan): StepResult<EvaluateState> {
  return subForm(assessmentForm(plan).begin(ctx), (form) => ({ form }), (v) => saveEvaluation(ctx, gad, plan, v));
}

/** Handles one answer of an evaluation. */
export function evaluationStep(ctx: FlowContext, gad: Gad, plan: Plan, state: EvaluateState, input: FlowInput): StepResult<EvaluateState> {
  return subForm(assessmentForm(plan).advance(ctx, state.form, input), (form) => ({ form }), (v) => saveEvaluation(ctx, gad, plan, v));
}

function saveEvaluation(ctx: FlowContext, gad: Gad, plan: Plan, values: Assessment): StepResult<EvaluateState> {
  const commitment = activeCommitmentsOf(ctx.db, plan.id).find((c) => String(c.id) === values.commitmentId);
  if (!commitment) return { replies: [{ text: m('choice-stale') }] };
  const input = {
    commitmentId: commitment.id,
    verifiable: values.verifiable === 'yes',
    relevant: values.relevant === 'yes',
    potentialImpact: values.potentialImpact,
    result: values.result,
    notes: values.notes.trim() === '-' ? null : values.notes.trim(),
  };
  recordEvaluation(ctx.db, input, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('plan.evaluated', gad.id, { commitmentId: commitment.id, result: values.result });
  const result = nameIn(RESULT_NAMES, values.result);
  const impact = nameIn(IMPACT_NAMES, values.potentialImpact);
  const told = planAudience(ctx.db, gad.id);
  for (const personId of told) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('plan-evaluated-notify', { gad: gad.name, commitment: commitment.title, result, impact }) });
  }
  const state = gadState(ctx.db, gad.id);
  if (state.plan && state.plan.evaluated === state.plan.commitments) {
    // Every commitment is evaluated: the Foro may confirm activity 15 (its button comes along), and the GAD's leadership hears of it.
    const closing = activityByNumber(15)!;
    for (const personId of responsiblePeople(ctx.db, gad, closing)) {
      if (personId === ctx.person?.id) continue;
      const text = m('plan-evaluation-complete-notify', { gad: gad.name });
      offerActions(ctx, personId, { text }, activityChoices(membershipsOf(ctx.db, personId), gad, closing, state), `activity:${gad.id}:15`);
    }
    announceMilestone(ctx, gad, 'evaluation_received', { occurrence: plan.id, alreadyTold: told });
  }
  return { replies: [{ text: m('plan-evaluated', { commitment: commitment.title, result }) }] };
}
