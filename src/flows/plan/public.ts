/**
 * The plan's public link: `/plan TOKEN` sends anyone — strangers included — one message
 * with the plan's PDF (once it is closed, the accountability report's, which holds the
 * plan and its results) and how to get its open data: `/plan TOKEN datos` sends the
 * JSON and CSV. An amended plan's earlier versions stay available: `/plan TOKEN v1`
 * (and `/plan TOKEN v1 datos`).
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

/** A version asked for after the token ("v1", "1"), if that word is one. */
function versionAsked(word: string): number | undefined {
  const match = /^v?(\d{1,3})$/.exec(foldText(word));
  return match ? Number(match[1]) : undefined;
}

/** What anyone with a plan's link receives (`TOKEN`, `TOKEN datos` for the open data, `TOKEN v1 [datos]` for an earlier version), or why there is nothing. */
export function publicPlanReplies(ctx: FlowContext, args: string): Reply[] {
  const [token = '', ...words] = args.trim().split(/\s+/);
  const version = versionAsked(words[0] ?? '');
  const what = (version === undefined ? words[0] : words[1]) ?? '';
  const plan = planByToken(ctx.db, token);
  const public_ = plan && (plan.status === 'published' || plan.status === 'closed');
  const known = version === undefined || (plan !== undefined && version >= 1 && version <= plan.version);
  const published = public_ && known ? storedPlanFiles(ctx.db, plan, 'plan', version) : undefined;
  if (!plan || !published) return [{ text: m(plan && public_ && version !== undefined ? 'plan-version-unknown' : 'plan-token-unknown', { versions: plan?.version ?? 1 }) }];
  ctx.audit('plan.fetched', plan.gadId, { planId: plan.id, version: version ?? plan.version });
  const report = plan.status === 'closed' && version === undefined ? storedPlanFiles(ctx.db, plan, 'report') : undefined;
  const files = report ?? published;
  if (OPEN_DATA_WORDS.has(foldText(what))) {
    return [
      { text: m('plan-open-data'), file: attachment(files.json) },
      { text: m('plan-open-data'), file: attachment(files.csv) },
    ];
  }
  const gad = gadById(ctx.db, plan.gadId)!.name;
  if (version !== undefined) return [{ text: m('plan-version-public', { gad, token, version }), file: attachment(files.pdf) }];
  const main: Reply = { text: m(report ? 'plan-report-public' : 'plan-public', { gad, token }), file: attachment(files.pdf) };
  return plan.version > 1 ? [main, { text: m('plan-public-versions', { token, versions: plan.version }) }] : [main];
}
