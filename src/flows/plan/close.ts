/**
 * Closing a plan (the substance of activity 15): the Foro (its officers, or the POCL)
 * first sees what closing does — which milestones are not reported complete, who will
 * receive the accountability report, which monitor gets the package — and says "Sí,
 * cerrar". The bot then compiles the accountability report once (commitments,
 * completion, evidence with hashes, Foro sessions with attendance and actas) as PDF, JSON
 * and CSV, stores it, sends it to the Foro, the POCL and the POC, and has the package
 * built, in the background, for the independent monitor. Activity 15 is confirmed later,
 * by the Foro, once the monitor has evaluated every commitment.
 */
import { closingMissing } from '../../domain/readiness.js';
import { nameIn } from '../../domain/labels.js';
import { COMPLETION_NAMES } from '../../domain/plan.js';
import { managesPlan } from '../../domain/duties.js';
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { activeCommitmentsOf, milestonesOf, planById, setPlanStatus, type Plan } from '../../store/plans.js';
import { gadState } from '../../store/progress.js';
import { yesNoChoices } from '../../engine/fields.js';
import { attachment, storePlanFiles, type PlanFileDeps } from './files/build.js';
import { requestPackage } from './package-build.js';
import { planAudience } from './access.js';
import { bullets, missingMessage, namesOf } from '../progress/actions.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { announceMilestone } from '../../engine/milestones.js';
import { formatIsoDate } from '../../shared/zoned-time.js';

const fileDeps = (ctx: FlowContext): PlanFileDeps => ({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone, locale: ctx.config.defaultLocale });

/** Why the sender cannot close the plan now, if they cannot. */
function closingRefusal(ctx: FlowContext, gad: Gad, plan: Plan): Reply | undefined {
  if (!managesPlan(ctx.memberships, gad.id) || plan.status !== 'published') return { text: m('plan-not-allowed') };
  const missing = closingMissing(gadState(ctx.db, gad.id));
  if (missing.length > 0) return { text: m('plan-close-blocked', { missing: bullets(ctx, missing.map(missingMessage)) }) };
  return undefined;
}

/** The question before closing: milestones not reported complete, who gets the report and the package; "Sí, cerrar" / "No". */
export function closeQuestion(ctx: FlowContext, gad: Gad, plan: Plan): Reply {
  const refusal = closingRefusal(ctx, gad, plan);
  if (refusal) return refusal;
  const milestones = milestonesOf(ctx.db, activeCommitmentsOf(ctx.db, plan.id).map((c) => c.id));
  const unfinished = milestones.filter((ms) => ms.completion !== 'completo');
  const lines = unfinished.map((ms) => `• ${ms.deliverable} (${formatIsoDate(ms.dueDate)}): ${ctx.render(nameIn(COMPLETION_NAMES, ms.completion))}`);
  const told = planAudience(ctx.db, gad.id).filter((id) => id !== ctx.person?.id);
  return {
    text: m('plan-close-ask', {
      gad: gad.name,
      count: unfinished.length,
      unfinished: lines.join('\n'),
      told: namesOf(ctx, told),
      monitor: namesOf(ctx, peopleWithRole(ctx.db, 'monitor', { gadId: gad.id })),
    }),
    choices: yesNoChoices('close'),
  };
}

/** Closes a published plan (after the sender said yes), or says why it cannot be closed. */
export function closePlan(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  const refusal = closingRefusal(ctx, gad, plan);
  if (refusal) return [refusal];
  setPlanStatus(ctx.db, plan.id, 'closed', ctx.now);
  const closed = planById(ctx.db, plan.id)!;
  const report = storePlanFiles(fileDeps(ctx), closed, 'report', ctx.now);
  ctx.audit('plan.closed', gad.id, { planId: plan.id, pdf: report.pdf.sha256, json: report.json.sha256, csv: report.csv.sha256 });
  const told = planAudience(ctx.db, gad.id);
  for (const personId of told) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('plan-report-notify', { gad: gad.name }), file: attachment(report.pdf) });
  }
  announceMilestone(ctx, gad, 'plan_closed', { occurrence: plan.id, alreadyTold: told });
  const monitors = peopleWithRole(ctx.db, 'monitor', { gadId: gad.id });
  // The package (every document of the GAD) is built in the background, outside this transaction.
  if (monitors.length > 0) requestPackage(ctx.db, closed, monitors, ctx.person?.id ?? null, ctx.now);
  return [
    { text: m('plan-closed-record', { gad: gad.name }), file: attachment(report.pdf) },
    { text: m('plan-open-data'), file: attachment(report.json) },
    { text: m('plan-open-data'), file: attachment(report.csv) },
    { text: m(monitors.length ? 'plan-package-sent' : 'plan-no-monitor') },
  ];
}
