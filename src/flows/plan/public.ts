/**
 * The plan's public link: `/plan TOKEN` sends anyone — strangers included — the
 * published plan's PDF and open data, and once it is closed, its accountability report.
 */
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { planByToken } from '../../store/plans.js';
import { attachment, storedPlanFiles } from './files/build.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** The `/start` payload prefix of a plan's Telegram link: `plan-<public token>`. */
export const PUBLIC_PLAN_PAYLOAD = 'plan-';

/** The files behind a plan's token (what anyone with its link receives), or why there are none. */
export function publicPlanReplies(ctx: FlowContext, token: string): Reply[] {
  const plan = planByToken(ctx.db, token.trim());
  const files = plan && (plan.status === 'published' || plan.status === 'closed') ? storedPlanFiles(ctx.db, plan, 'plan') : undefined;
  if (!plan || !files) return [{ text: m('plan-token-unknown') }];
  ctx.audit('plan.fetched', plan.gadId, { planId: plan.id });
  const replies: Reply[] = [
    { text: m('plan-public', { gad: gadById(ctx.db, plan.gadId)!.name }), file: attachment(files.pdf) },
    { text: m('plan-open-data'), file: attachment(files.json) },
    { text: m('plan-open-data'), file: attachment(files.csv) },
  ];
  const report = plan.status === 'closed' ? storedPlanFiles(ctx.db, plan, 'report') : undefined;
  if (report) replies.push({ text: m('plan-report-public'), file: attachment(report.pdf) }, { text: m('plan-open-data'), file: attachment(report.json) }, { text: m('plan-open-data'), file: attachment(report.csv) });
  return replies;
}
