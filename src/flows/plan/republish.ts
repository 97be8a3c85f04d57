/**
 * A published plan's files made again when its register or assessments change (a
 * proposal answered, an assessment recorded or answered): the plan's PDF, JSON and CSV,
 * and once it is closed the accountability report's. Earlier files stay stored; the
 * public link, the portal and the export give the newest.
 */
import type { Plan } from '../../store/plans.js';
import type { FlowContext } from '../../engine/types.js';
import { storePlanFiles, type PlanFileKind } from './files/build.js';

/** Stores the plan's files again with what it holds now, if it is published or closed. */
export function republishPlan(ctx: FlowContext, plan: Plan): void {
  if (plan.status !== 'published' && plan.status !== 'closed') return;
  const kinds: PlanFileKind[] = plan.status === 'closed' ? ['plan', 'report'] : ['plan'];
  for (const kind of kinds) {
    const files = storePlanFiles({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone, locale: ctx.config.defaultLocale }, plan, kind, ctx.now);
    ctx.audit('plan.republished', plan.gadId, { planId: plan.id, kind, pdf: files.pdf.sha256, json: files.json.sha256, csv: files.csv.sha256 });
  }
}
