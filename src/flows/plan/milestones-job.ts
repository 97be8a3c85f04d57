/**
 * Milestones of published action plans (activity 14): the responsible person is reminded
 * MILESTONE_NOTICE_DAYS before a milestone is due and, once it is overdue and not
 * complete, every week while that lasts (the Foro's officers and the POCL stand in while
 * the responsible person has not joined). The whole Foro is told once when a milestone
 * becomes late (once more only if an amendment re-dates it and it is late again), and
 * each commitment's status history is brought up to date (a milestone past due with no
 * report at all makes it "no evidence available"). Withdrawn commitments are left out.
 * Once a month the officers and the POCL get a
 * digest of each commitment's progress (muting stops the digest, not the reminders); the
 * first comes a week after publication at the earliest, not on top of the plan itself.
 */
import { joinLines, milestoneLine, today } from './text.js';
import { planManagers } from './access.js';
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { activeCommitmentsOf, milestonesOf, plansWithStatus, responsibleNameOf, responsibleOf, type Commitment, type Milestone, type Plan } from '../../store/plans.js';
import { refreshCommitmentStatuses } from '../../store/plan-progress.js';
import { foroMemberIds } from '../../store/foro.js';
import type { Gad } from '../../store/gads.js';
import { unmuted } from '../../store/reminder-settings.js';
import { daysBetween, formatLongIsoDate, parseIsoDate } from '../../shared/zoned-time.js';
import { gadsToReadToday, type JobDeps, type SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { DAY_MS } from '../../shared/clock.js';
import { offerToPerson } from '../../engine/offer.js';
import { progressOffer } from './offers.js';

/** How many days before its due date a milestone is announced. */
export const MILESTONE_NOTICE_DAYS = 7;
/** How long after publication the first monthly digest waits. */
const DIGEST_QUIET_AFTER_PUBLICATION_MS = 7 * DAY_MS;

/**
 * Sends the milestone reminders due now; returns how many messages were queued. What is due
 * changes by the local day: the first run of a day reads every published plan, the runs
 * after it those of the GADs changed.
 */
export function sendMilestoneReminders(deps: JobDeps, now: Date, scope: SweepScope): number {
  const day = today(now, deps.config.timeZone);
  let sent = 0;
  for (const plan of plansWithStatus(deps.db, 'published', gadsToReadToday(scope, now, deps.config.timeZone))) {
    const gad = gadById(deps.db, plan.gadId)!;
    refreshCommitmentStatuses(deps.db, plan.id, day, now);
    const commitments = activeCommitmentsOf(deps.db, plan.id);
    for (const ms of milestonesOf(deps.db, commitments.map((c) => c.id))) {
      if (ms.completion === 'completo') continue;
      const left = daysBetween(parseIsoDate(day)!, parseIsoDate(ms.dueDate)!);
      if (left > MILESTONE_NOTICE_DAYS) continue;
      if (left < 0) sent += tellForoOfLateMilestone(deps, gad, commitments.find((c) => c.id === ms.commitmentId)!, ms, now);
      const prefix = left >= 0 ? `milestone-due:${ms.id}:${ms.dueDate}:` : `milestone-late:${ms.id}:${ms.dueDate}:${Math.floor(-left / 7)}:`;
      if (queuedWithPrefix(deps.db, prefix)) continue;
      const commitment = commitments.find((c) => c.id === ms.commitmentId)!;
      const responsible = responsibleOf(deps.db, commitment);
      const args = { gad: gad.name, commitment: commitment.title, deliverable: ms.deliverable, due: formatLongIsoDate(ms.dueDate), days: Math.abs(left) };
      const text = left >= 0 ? m('milestone-due-reminder', args) : m('milestone-overdue-reminder', args);
      const { reply, conversation } = progressOffer(plan, ms, text);
      for (const personId of responsible === null ? planManagers(deps.db, gad.id) : [responsible]) {
        if (offerToPerson(deps, personId, reply, conversation, { now, dedupeKey: `${prefix}${personId}`, topic: `milestone:${ms.id}` })) sent++;
      }
    }
  }
  return sent;
}

/** Tells every member of the GAD's Foro, once, that a milestone is past its due date and not complete; returns how many messages were queued. */
function tellForoOfLateMilestone(deps: JobDeps, gad: Gad, commitment: Commitment, ms: Milestone, now: Date): number {
  const prefix = `milestone-late-foro:${ms.id}:${ms.dueDate}:`;
  if (queuedWithPrefix(deps.db, prefix)) return 0;
  const responsible = responsibleNameOf(deps.db, commitment) ?? commitment.responsibleEntity;
  const text = m('milestone-late-foro', { gad: gad.name, commitment: commitment.title, deliverable: ms.deliverable, due: formatLongIsoDate(ms.dueDate), responsible });
  let sent = 0;
  for (const personId of foroMemberIds(deps.db, gad.id)) {
    if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}${personId}` })) sent++;
  }
  return sent;
}

/**
 * Sends each published plan's monthly digest not yet sent this month; returns how many
 * messages were queued. The first run of a local day reads every published plan (a week
 * after its publication counts in days), the runs after it those of the GADs changed.
 */
export function sendPlanDigests(deps: JobDeps, now: Date, scope: SweepScope): number {
  const month = today(now, deps.config.timeZone).slice(0, 7);
  let sent = 0;
  for (const plan of plansWithStatus(deps.db, 'published', gadsToReadToday(scope, now, deps.config.timeZone))) {
    const prefix = `plan-digest:${plan.id}:${month}:`;
    if (plan.publishedAt && now.getTime() - plan.publishedAt.getTime() < DIGEST_QUIET_AFTER_PUBLICATION_MS) continue;
    if (queuedWithPrefix(deps.db, prefix)) continue;
    const text = digestOf(deps, plan, now);
    for (const personId of unmuted(deps.db, planManagers(deps.db, plan.gadId))) {
      if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}${personId}` })) sent++;
    }
  }
  return sent;
}

function digestOf(deps: JobDeps, plan: Plan, now: Date) {
  const day = today(now, deps.config.timeZone);
  const commitments = activeCommitmentsOf(deps.db, plan.id);
  const milestones = milestonesOf(deps.db, commitments.map((c) => c.id));
  const lines = commitments.flatMap((c) => [
    { es: `${c.title}:`, en: `${c.title}:` },
    ...milestones.filter((ms) => ms.commitmentId === c.id).map((ms) => milestoneLine(ms, day)),
  ]);
  return m('plan-digest', { gad: gadById(deps.db, plan.gadId)!.name, commitments: joinLines(lines) });
}
