/**
 * The independent monitoring cycle's reminders (OGP Local): the GAD's monitor is told,
 * once a plan is approved, that its inception assessment is due within
 * INCEPTION_DUE_MONTHS, and once each commitment ends that its end-of-commitment
 * assessment is due within COMMITMENT_END_DUE_MONTHS; reminded ASSESSMENT_NOTICE_DAYS
 * before the due date; and, once it is past, the monitor and the POC hear it is late.
 * Each notice goes out once (its dedupe key names the plan or commitment and the stage),
 * and stops as soon as the assessment is recorded. Without a monitor, the POC is told
 * to designate one.
 */
import { addMonthsIso, ASSESSMENT_NOTICE_DAYS, COMMITMENT_END_DUE_MONTHS, commitmentEnd, INCEPTION_DUE_MONTHS } from '../../domain/cocreation.js';
import { m, type Localized } from '../../shared/i18n.js';
import { hasAssessment } from '../../store/assessments.js';
import { gadById, type Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { commitmentsOf, milestonesOf, plansWithStatus, type Plan } from '../../store/plans.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { daysBetween, formatLongIsoDate, parseIsoDate } from '../../shared/zoned-time.js';
import { offerToPerson } from '../../engine/offer.js';
import { gadsToReadToday, type JobDeps, type SweepScope } from '../../engine/jobs.js';
import { planMenuOffer } from './offers.js';
import { today } from './text.js';

/** Where an assessment is against its due date. */
type Stage = 'open' | 'soon' | 'late';

/** The stage on `day` of an assessment due on `due`. */
function stageOf(day: string, due: string): Stage {
  const left = daysBetween(parseIsoDate(day)!, parseIsoDate(due)!);
  return left < 0 ? 'late' : left <= ASSESSMENT_NOTICE_DAYS ? 'soon' : 'open';
}

/** What a notice is about: the assessment's kind, the commitment's title (inception: none), the due date. */
interface Due {
  kind: 'inception' | 'commitment_end';
  subject: string;
  due: Localized;
}

/**
 * Sends the monitoring reminders due now; returns how many messages were queued. What is due
 * changes by the local day: the first run of a day reads every plan, the runs after it those
 * of the GADs changed.
 */
export function sendAssessmentReminders(deps: JobDeps, now: Date, scope: SweepScope): number {
  const day = today(now, deps.config.timeZone);
  const gadIds = gadsToReadToday(scope, now, deps.config.timeZone);
  let sent = 0;
  for (const plan of [...plansWithStatus(deps.db, 'published', gadIds), ...plansWithStatus(deps.db, 'closed', gadIds)]) {
    if (!plan.approvedAt) continue;
    const gad = gadById(deps.db, plan.gadId)!;
    const commitments = commitmentsOf(deps.db, plan.id);
    const approved = today(plan.approvedAt, deps.config.timeZone);
    const inceptionDone = hasAssessment(deps.db, plan.id, 'inception', null) && commitments.every((c) => hasAssessment(deps.db, plan.id, 'inception', c.id));
    if (!inceptionDone) {
      const due = addMonthsIso(approved, INCEPTION_DUE_MONTHS);
      sent += remind(deps, now, gad, plan, `assessment-inception:${plan.id}:${stageOf(day, due)}:`, stageOf(day, due), { kind: 'inception', subject: '', due: formatLongIsoDate(due) });
    }
    const milestones = milestonesOf(deps.db, commitments.map((c) => c.id));
    for (const c of commitments) {
      const end = commitmentEnd(milestones.filter((ms) => ms.commitmentId === c.id).map((ms) => ms.dueDate));
      if (end === undefined || end >= day || hasAssessment(deps.db, plan.id, 'commitment_end', c.id)) continue;
      const due = addMonthsIso(end, COMMITMENT_END_DUE_MONTHS);
      const stage = stageOf(day, due);
      sent += remind(deps, now, gad, plan, `assessment-end:${c.id}:${end}:${stage}:`, stage, { kind: 'commitment_end', subject: c.title, due: formatLongIsoDate(due) });
    }
  }
  return sent;
}

/** Queues one stage's notice, once: to the monitors (late: the POC too), or the POC when there is no monitor. */
function remind(deps: JobDeps, now: Date, gad: Gad, plan: Plan, prefix: string, stage: Stage, what: Due): number {
  if (queuedWithPrefix(deps.db, prefix)) return 0;
  const monitors = peopleWithRole(deps.db, 'monitor', { gadId: gad.id });
  const pocs = peopleWithRole(deps.db, 'poc');
  let sent = 0;
  const { reply, conversation } = planMenuOffer(gad.id, m('assessment-reminder', { kind: what.kind, subject: what.subject, due: what.due, gad: gad.name, stage }));
  for (const personId of monitors) {
    if (offerToPerson(deps, personId, reply, conversation, { now, dedupeKey: `${prefix}${personId}`, topic: `assessment:${plan.id}` })) sent++;
  }
  const text = monitors.length === 0 ? m('assessment-no-monitor', { kind: what.kind, subject: what.subject, due: what.due, gad: gad.name }) : stage === 'late' ? m('assessment-late-poc', { kind: what.kind, subject: what.subject, due: what.due, gad: gad.name }) : undefined;
  if (text) {
    for (const personId of pocs) if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}${personId}` })) sent++;
  }
  return sent;
}
