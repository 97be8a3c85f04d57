/**
 * Reporting a milestone's progress (activity 14): the responsible person (or the Foro's
 * officers and the POCL) picks a milestone, gives its OGP completion level and a short
 * text — and the reason when it is late — then sends evidence files and taps "done".
 * The commitment's status history is brought up to date; the Foro's officers and the
 * POCL are told.
 */
import type { StoredFile } from '../../shared/messages.js';
import { nameIn } from '../../domain/labels.js';
import { COMPLETION_LEVELS, COMPLETION_NAMES, completionForPercent, type CompletionLevel } from '../../domain/plan.js';
import { readPercent } from '../../shared/answers.js';
import { m, raw, type MessageRef } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { recordProgress, refreshCommitmentStatuses } from '../../store/plan-progress.js';
import { activeCommitmentsOf, milestoneById, milestonesOf, type Plan } from '../../store/plans.js';
import { shortText } from '../../engine/fields.js';
import { choiceField, Form, type FormState, subForm, textField } from '../../engine/form.js';
import { managesPlan } from '../../domain/duties.js';
import { ownCommitments, planManagers } from './access.js';
import { isOverdue, today } from './text.js';
import { receiptArgs } from '../../engine/receipts.js';
import type { FlowContext, FlowInput, StepResult } from '../../engine/types.js';
import { formatIsoDate } from '../../shared/zoned-time.js';

interface Report {
  milestoneId: string;
  completion: CompletionLevel;
  text: string;
  delayReason: string;
}

/** Where a progress report is: its form, then the evidence collected. */
export type ProgressState =
  | { step: 'form'; planId: number; form: FormState<Report> }
  | { step: 'evidence'; planId: number; report: Report; files: StoredFile[] };

/** The milestones the sender may report on: their own commitments', or all for the Foro's officers and the POCL (never a withdrawn commitment's). */
export function reportableMilestones(ctx: FlowContext, plan: Plan) {
  const commitments = managesPlan(ctx.memberships, plan.gadId) ? activeCommitmentsOf(ctx.db, plan.id).map((c) => c.id) : ownCommitments(ctx, plan);
  return milestonesOf(ctx.db, commitments);
}

function reportForm(plan: Plan): Form<Report> {
  return new Form<Report>([
    choiceField<Report>('milestoneId', m('plan-progress-milestone-ask'), (ctx) =>
      reportableMilestones(ctx, plan).map((ms) => ({ value: String(ms.id), label: raw(`${ms.deliverable} (${formatIsoDate(ms.dueDate)})`) })),
    ),
    choiceField<Report>('completion', m('plan-progress-completion-ask'), () => COMPLETION_LEVELS.map((level) => ({ value: level, label: COMPLETION_NAMES[level] })), {
      readText: completionTyped,
    }),
    textField<Report>('text', m('plan-progress-text-ask'), shortText(1000), m('plan-text-hint')),
    {
      ...textField<Report>('delayReason', m('plan-progress-delay-ask'), shortText(1000), m('plan-text-hint')),
      auto(ctx, values) {
        const milestone = milestoneById(ctx.db, Number(values.milestoneId));
        const late = milestone && values.completion !== 'completo' && isOverdue({ ...milestone, completion: values.completion ?? 'no_iniciado' }, today(ctx.now, ctx.config.timeZone));
        return late ? undefined : '';
      },
    },
  ]);
}

/** A completion typed as a percentage ("50%", "50 por ciento"), read back with its level. */
function completionTyped(text: string): { value: string; echo: MessageRef } | undefined {
  const percent = readPercent(text);
  if (percent === undefined) return undefined;
  const level = completionForPercent(percent);
  const name = COMPLETION_NAMES[level];
  return { value: level, echo: m('answer-noted', { value: { es: `${percent} % (${name.es})`, en: `${percent}% (${name.en})` } }) };
}

/** Asks for evidence files; after each one, a single message acknowledges it and asks for more. */
function askEvidence(planId: number, report: Report, files: StoredFile[], received?: StoredFile): StepResult<ProgressState> {
  const choices = [{ value: 'done', label: m('plan-evidence-done') }];
  const receipt = received && receiptArgs(received);
  const text = receipt ? m('plan-evidence-received', { name: receipt.name, size: receipt.size, hash: receipt.hash, count: files.length }) : m('plan-evidence-ask');
  return { replies: [{ text, choices, acceptsFile: true }], next: { step: 'evidence', planId, report, files } };
}

/** Starts a progress report on a plan. */
export function startProgress(ctx: FlowContext, plan: Plan): StepResult<ProgressState> {
  return subForm(reportForm(plan).begin(ctx), (form) => ({ step: 'form', planId: plan.id, form }), (report) => askEvidence(plan.id, report, []));
}

/** Handles one answer of a progress report. */
export function progressStep(ctx: FlowContext, gad: Gad, plan: Plan, state: ProgressState, input: FlowInput): StepResult<ProgressState> {
  if (state.step === 'form') {
    return subForm(reportForm(plan).advance(ctx, state.form, input), (form) => ({ ...state, form }), (report) => askEvidence(plan.id, report, []));
  }
  if (input.kind === 'file') {
    const files = [...state.files, input.file];
    return askEvidence(plan.id, state.report, files, input.file);
  }
  if (input.kind !== 'choice' || input.value !== 'done') return askEvidence(plan.id, state.report, state.files);
  return saveProgress(ctx, gad, plan, state.report, state.files);
}

function saveProgress(ctx: FlowContext, gad: Gad, plan: Plan, report: Report, files: StoredFile[]): StepResult<ProgressState> {
  const milestone = reportableMilestones(ctx, plan).find((ms) => String(ms.id) === report.milestoneId);
  if (!milestone) return { replies: [{ text: m('choice-stale') }] };
  const input = { milestoneId: milestone.id, completion: report.completion, text: report.text, delayReason: report.delayReason || null, evidence: files };
  const rows = recordProgress(ctx.db, gad.id, input, { personId: ctx.person?.id ?? null, now: ctx.now });
  ctx.audit('plan.progress', gad.id, { milestoneId: milestone.id, completion: report.completion, evidence: rows.map((row) => row.sha256) });
  for (const { commitment, status } of refreshCommitmentStatuses(ctx.db, plan.id, today(ctx.now, ctx.config.timeZone), ctx.now)) {
    ctx.audit('plan.commitment_status', gad.id, { commitmentId: commitment.id, status });
  }
  const level = nameIn(COMPLETION_NAMES, report.completion);
  for (const personId of planManagers(ctx.db, gad.id)) {
    if (personId !== ctx.person?.id) {
      ctx.notify(personId, { text: m('plan-progress-notify', { gad: gad.name, deliverable: milestone.deliverable, level, who: ctx.person?.displayName ?? '', text: report.text }) });
    }
  }
  return { replies: [{ text: m('plan-progress-saved', { deliverable: milestone.deliverable, level, count: rows.length }) }] };
}
