/**
 * One pass of the scheduler: everything due is computed from the store and queued under
 * a unique dedupe key, so a pass repeated, or run after a restart, queues nothing twice
 * and catches up on what fell due while the bot was down. Each job runs in its own
 * transaction: one failing job does not hold back the others.
 */
import { inTransaction } from '../store/db.js';
import { sendCadenceWarnings } from './cadence.js';
import type { SweepDeps } from './deps.js';
import { sendWeeklyDigests } from './digest.js';
import { extendSeries, handleAbsences, sendInvitations } from './invitations.js';
import { sendMilestoneReminders, sendPlanDigests } from './milestones.js';
import { sendMinutesRequests } from './minutes-requests.js';
import { sendSessionReminders } from './session-reminders.js';
import { sendStallReminders } from './stalled.js';
import { inWindow } from './window.js';

type Job = (deps: SweepDeps, now: Date) => number;

/** Jobs that run at any hour: they follow from what people just did. */
const ANY_HOUR: Record<string, Job> = { extendSeries, sendInvitations, handleAbsences, sendSessionReminders };
/** Reminders that wait for the window (session reminders apply it reminder by reminder). */
const IN_WINDOW: Record<string, Job> = { sendMinutesRequests, sendCadenceWarnings, sendStallReminders, sendWeeklyDigests, sendMilestoneReminders, sendPlanDigests };

/** Runs every job due at `now`; returns how many messages (or sessions) each produced. */
export function sweep(deps: SweepDeps, now: Date): Record<string, number> {
  const { window } = deps.config.reminders;
  const jobs = { ...ANY_HOUR, ...(inWindow(now, window, deps.config.timeZone) ? IN_WINDOW : {}) };
  const counts: Record<string, number> = {};
  for (const [name, job] of Object.entries(jobs)) {
    try {
      counts[name] = inTransaction(deps.db, () => job(deps, now));
    } catch (error) {
      deps.logger.error({ err: error, job: name }, 'scheduler job failed');
    }
  }
  return counts;
}
