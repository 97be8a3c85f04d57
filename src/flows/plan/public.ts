/**
 * The plan's public link: `/plan TOKEN` sends anyone — strangers included — one message
 * with the plan's PDF (once it is closed, the accountability report's, which holds the
 * plan and its results) and how to get its open data: `/plan TOKEN datos` sends the
 * JSON and CSV.
 */
import { m } from '../../shared/i18n.js';
import { foldText } from '../../shared/text.js';
import { gadById } from '../../store/gads.js';
import { planByToken } from '../../store/plans.js';
import { attachment, storedPlanFiles } from './files/build.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** The `/start` payload prefix of a plan's Telegram link: `plan-<public token>`. */
export const PUBLIC_PLAN_PAYLOAD = 'plan-';

/** The word after the token that asks for the open data, in either language. */
const OPEN_DATA_WORDS = new Set(['datos', 'data']);

/** What anyone with a plan's link receives (`TOKEN`, or `TOKEN datos` for the open data), or why there is nothing. */
export function publicPlanReplies(ctx: FlowContext, args: string): Reply[] {
  const [token = '', what = ''] = args.trim().split(/\s+/);
  const plan = planByToken(ctx.db, token);
  const published = plan && (plan.status === 'published' || plan.status === 'closed') ? storedPlanFiles(ctx.db, plan, 'plan') : undefined;
  if (!plan || !published) return [{ text: m('plan-token-unknown') }];
  ctx.audit('plan.fetched', plan.gadId, { planId: plan.id });
  const report = plan.status === 'closed' ? storedPlanFiles(ctx.db, plan, 'report') : undefined;
  const files = report ?? published;
  if (OPEN_DATA_WORDS.has(foldText(what))) {
    return [
      { text: m('plan-open-data'), file: attachment(files.json) },
      { text: m('plan-open-data'), file: attachment(files.csv) },
    ];
  }
  const gad = gadById(ctx.db, plan.gadId)!.name;
  return [{ text: m(report ? 'plan-report-public' : 'plan-public', { gad, token }), file: attachment(files.pdf) }];
}
