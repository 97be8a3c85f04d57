/**
 * The plan in a chat message: a draft before it is saved, and a recorded plan (its
 * version once amended) with each commitment's status, milestones, their completion
 * (overdue ones marked), and the monitor's evaluation once there is one.
 */
import { nameIn } from '../../domain/labels.js';
import { COMPLETION_NAMES, PLAN_STATUS_NAMES, RESULT_NAMES, type PlanDraft } from '../../domain/plan.js';
import { PILLARS } from '../../domain/pillars.js';
import { m, type Localized, type MessageRef } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { evaluationsOf, statusHistoryOf } from '../../store/plan-progress.js';
import { COMMITMENT_STATUS_NAMES, type CommitmentStatus } from '../../domain/commitment-status.js';
import { commitmentsOf, milestonesOf, responsibleNameOf, type Milestone, type Plan } from '../../store/plans.js';
import { formatIsoDate, isoDate, toLocal } from '../../shared/zoned-time.js';
import type { FlowContext } from '../../engine/types.js';

/** The names of some pillars, joined. */
function pillarNames(ids: readonly string[]): Localized {
  const picked = PILLARS.filter((p) => ids.includes(p.id));
  return { es: picked.map((p) => p.name).join('; '), en: picked.map((p) => p.nameEn).join('; ') };
}

/** The same text in both locales, around a localized part. */
function around(before: string, part: Localized, after: string): Localized {
  return { es: `${before}${part.es}${after}`, en: `${before}${part.en}${after}` };
}

/** Lines joined in both locales. */
export function joinLines(lines: readonly Localized[]): Localized {
  return { es: lines.map((l) => l.es).join('\n'), en: lines.map((l) => l.en).join('\n') };
}

/** The summary shown before a recorded plan is saved. */
export function draftSummary(draft: PlanDraft): MessageRef {
  const lines = draft.commitments.flatMap((c, index) => [
    around(`${index + 1}. ${c.title} (`, pillarNames(c.pillars), `) — ${c.responsibleEntity}`),
    ...c.milestones.map((ms) => ({ es: `   • ${ms.deliverable}: ${formatIsoDate(ms.startDate)} → ${formatIsoDate(ms.dueDate!)}`, en: `   • ${ms.deliverable}: ${formatIsoDate(ms.startDate)} → ${formatIsoDate(ms.dueDate!)}` })),
  ]);
  return m('plan-draft-summary', { start: formatIsoDate(draft.periodStart), end: formatIsoDate(draft.periodEnd), commitments: joinLines(lines) });
}

/** Today's date in the configured zone, as an ISO date. */
export function today(now: Date, timeZone: string): string {
  return isoDate(toLocal(now, timeZone));
}

/** Whether a milestone is past due and not complete. */
export function isOverdue(milestone: Milestone, todayIso: string): boolean {
  return milestone.completion !== 'completo' && milestone.dueDate < todayIso;
}

/** One milestone as a line: deliverable, due date, completion, ⚠️ when overdue. */
export function milestoneLine(milestone: Milestone, todayIso: string): Localized {
  const flag = isOverdue(milestone, todayIso) ? ' ⚠️' : '';
  return around(`   • ${milestone.deliverable} (${formatIsoDate(milestone.dueDate)}): `, nameIn(COMPLETION_NAMES, milestone.completion), flag);
}

/** A recorded plan: status, period, and every commitment with its progress. */
export function planSummary(ctx: FlowContext, plan: Plan): MessageRef {
  const commitments = commitmentsOf(ctx.db, plan.id);
  const milestones = milestonesOf(ctx.db, commitments.map((c) => c.id));
  const evaluations = evaluationsOf(ctx.db, commitments.map((c) => c.id));
  const history = statusHistoryOf(ctx.db, commitments.map((c) => c.id));
  const day = today(ctx.now, ctx.config.timeZone);
  const blocks = commitments.map((c, index) => {
    const who = responsibleNameOf(ctx.db, c) ?? '—';
    const own = milestones.filter((ms) => ms.commitmentId === c.id);
    const done = own.filter((ms) => ms.completion === 'completo').length;
    const evaluation = evaluations.find((e) => e.commitmentId === c.id);
    const status = history.filter((row) => row.commitmentId === c.id).at(-1)?.status as CommitmentStatus | undefined;
    return joinLines([
      around(`${index + 1}. ${c.title} — ${c.responsibleEntity} (${who}) · ${done}/${own.length}`, status ? around(' · ', nameIn(COMMITMENT_STATUS_NAMES, status), '') : { es: '', en: '' }, ''),
      ...own.map((ms) => milestoneLine(ms, day)),
      ...(evaluation ? [around('   ★ ', nameIn(RESULT_NAMES, evaluation.result), '')] : []),
    ]);
  });
  return m('plan-summary', {
    gad: gadById(ctx.db, plan.gadId)!.name,
    start: formatIsoDate(plan.periodStart),
    end: formatIsoDate(plan.periodEnd),
    status: around('', nameIn(PLAN_STATUS_NAMES, plan.status), plan.version > 1 ? ` · v${plan.version}` : ''),
    commitments: joinLines(blocks),
  });
}
