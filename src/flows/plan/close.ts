/**
 * Closing a plan (activity 15): the Foro (its officers, or the POCL) closes the published
 * plan; the bot compiles the accountability report (commitments, completion, evidence
 * with hashes, Foro sessions with attendance and actas) as PDF, JSON and CSV, sends it to
 * the Foro, the POCL and the POC, records activities 14 and 15 as the Guía allows, and
 * has the whole package built, in the background, for the independent monitor.
 */
import { activityByNumber } from '../../domain/activities.js';
import { missingFor, standing } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import type { Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { planById, setPlanStatus, type Plan } from '../../store/plans.js';
import { gadState } from '../../store/progress.js';
import { attachment, storePlanFiles, type PlanFileDeps } from './files/build.js';
import { requestPackage } from './package-build.js';
import { managesPlan } from '../../domain/duties.js';
import { planAudience } from './access.js';
import { bullets, completeActivity, missingMessage } from '../progress/actions.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { announceMilestone } from '../../engine/milestones.js';

const fileDeps = (ctx: FlowContext): PlanFileDeps => ({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone, locale: ctx.config.defaultLocale });

/** Closes a published plan, or says why it cannot be closed yet. */
export function closePlan(ctx: FlowContext, gad: Gad, plan: Plan): Reply[] {
  if (!managesPlan(ctx.memberships, gad.id) || plan.status !== 'published') return [{ text: m('plan-not-allowed') }];
  const state = gadState(ctx.db, gad.id);
  const implementation = activityByNumber(14)!;
  const missing = standing(implementation, state) === 'done' ? [] : missingFor(implementation, state);
  if (missing.length > 0) return [{ text: m('plan-close-blocked', { missing: bullets(ctx, missing.map(missingMessage)) }) }];
  setPlanStatus(ctx.db, plan.id, 'closed', ctx.now);
  const closed = planById(ctx.db, plan.id)!;
  const report = storePlanFiles(fileDeps(ctx), closed, 'report', ctx.now);
  ctx.audit('plan.closed', gad.id, { planId: plan.id, pdf: report.pdf.sha256, json: report.json.sha256, csv: report.csv.sha256 });
  const activities = [...(state.done.has(14) ? [] : completeActivity(ctx, gad, 14)), ...completeActivity(ctx, gad, 15)];
  const told = planAudience(ctx.db, gad.id);
  for (const personId of told) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('plan-report-notify', { gad: gad.name }), file: attachment(report.pdf) });
  }
  announceMilestone(ctx, gad, 'plan_closed', { occurrence: plan.id, alreadyTold: told });
  const monitors = peopleWithRole(ctx.db, 'monitor', { gadId: gad.id });
  // The package (every document of the GAD) is built in the background, outside this transaction.
  if (monitors.length > 0) requestPackage(ctx.db, closed, monitors, ctx.person?.id ?? null, ctx.now);
  return [
    { text: m('plan-closed', { gad: gad.name }), file: attachment(report.pdf) },
    { text: m('plan-open-data'), file: attachment(report.json) },
    { text: m('plan-open-data'), file: attachment(report.csv) },
    ...activities,
    { text: m(monitors.length ? 'plan-package-sent' : 'plan-no-monitor') },
  ];
}
