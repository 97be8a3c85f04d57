/**
 * One pass of the scheduler: everything due is computed from the store and queued under
 * a unique dedupe key, so a pass repeated, or run after a restart, queues nothing twice
 * and catches up on what fell due while the bot was down. Each job runs in its own
 * transaction: one failing job does not hold back the others.
 */
import type { Job, JobDeps } from '../engine/jobs.js';
import { inWindow } from '../shared/quiet-hours.js';
import { inTransaction } from '../store/db.js';

/** What a sweep needs: the jobs' dependencies and the jobs themselves (an App satisfies it). */
export interface SweepDeps extends JobDeps {
  readonly jobs: readonly Job[];
}

/** Runs every job due at `now`; returns how many messages (or sessions) each produced. */
export function sweep(deps: SweepDeps, now: Date): Record<string, number> {
  const { window } = deps.config.reminders;
  const windowOpen = inWindow(now, window, deps.config.timeZone);
  const counts: Record<string, number> = {};
  for (const job of deps.jobs) {
    if (!job.anyHour && !windowOpen) continue;
    try {
      counts[job.name] = inTransaction(deps.db, () => job.run(deps, now));
    } catch (error) {
      deps.logger.error({ err: error, job: job.name }, 'scheduler job failed');
    }
  }
  return counts;
}
