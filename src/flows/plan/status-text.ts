/**
 * Each commitment's status as OGP reports it, in a chat message: its status now, the
 * share of its milestones done, any withdrawal with its reason, and its dated history.
 */
import { nameIn } from '../../domain/labels.js';
import { COMMITMENT_STATUS_NAMES, milestonesDonePercent, type CommitmentStatus } from '../../domain/commitment-status.js';
import { m, type Localized } from '../../shared/i18n.js';
import { statusHistoryOf } from '../../store/plan-progress.js';
import { commitmentsOf, milestonesOf, type Commitment, type Plan } from '../../store/plans.js';
import { formatIsoDate } from '../../shared/zoned-time.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { joinLines, today } from './text.js';

/** A status name after a prefix, in both languages. */
const named = (prefix: string, status: CommitmentStatus): Localized => {
  const name = nameIn(COMMITMENT_STATUS_NAMES, status);
  return { es: `${prefix}${name.es}`, en: `${prefix}${name.en}` };
};

/** One commitment's block: title, status, milestones done, withdrawal, history. */
function commitmentBlock(ctx: FlowContext, commitment: Commitment, index: number, done: number, history: { status: string; at: Date }[]): Localized {
  const current = (history.at(-1)?.status ?? 'no_iniciado') as CommitmentStatus;
  const head = named(`${index + 1}. ${commitment.title} — `, current);
  const lines: Localized[] = [{ es: `${head.es} · ${done} %`, en: `${head.en} · ${done}%` }];
  if (commitment.withdrawnReason !== null) lines.push({ es: `   ✗ ${commitment.withdrawnReason}`, en: `   ✗ ${commitment.withdrawnReason}` });
  for (const row of history) lines.push(named(`   ${formatIsoDate(today(row.at, ctx.config.timeZone))}: `, row.status as CommitmentStatus));
  return joinLines(lines);
}

/** The status history of every commitment of a plan, as one message. */
export function statusHistoryReplies(ctx: FlowContext, plan: Plan): Reply[] {
  const commitments = commitmentsOf(ctx.db, plan.id);
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  const history = statusHistoryOf(ctx.db, commitments.map((c) => c.id));
  const blocks = commitments.map((c, index) =>
    commitmentBlock(ctx, c, index, milestonesDonePercent(milestones.filter((ms) => ms.commitmentId === c.id)), history.filter((row) => row.commitmentId === c.id)),
  );
  const inForce = new Set(commitments.filter((c) => c.withdrawnAt === null).map((c) => c.id));
  const percent = milestonesDonePercent(milestones.filter((ms) => inForce.has(ms.commitmentId)));
  return [{ text: m('plan-status-history', { version: plan.version, percent, commitments: joinLines(blocks) }) }];
}
