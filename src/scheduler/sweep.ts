/**
 * One pass of the scheduler: everything due is computed from the store and queued under
 * a unique dedupe key, so a pass repeated, or run after a restart, queues nothing twice
 * and catches up on what fell due while the bot was down. Each job reads only what changed
 * or fell due since its last run (cursor.ts), and everything at its first run in a process.
 * `sweep` runs each job in one transaction; `sweepInSlices`, what the running bot uses,
 * commits a job over many units in slices of a few milliseconds and yields to the event
 * loop between them, so a long catch-up never holds an inbound message for longer than one
 * slice. One failing job does not hold back the others.
 */
import type { Job, JobDeps } from '../engine/jobs.js';
import { inWindow } from '../shared/quiet-hours.js';
import { inTransaction } from '../store/db.js';
import { startRun } from './cursor.js';

/** What a sweep needs: the jobs' dependencies and the jobs themselves (an App satisfies it). */
export interface SweepDeps extends JobDeps {
  readonly jobs: readonly Job[];
}

/** The jobs due at `now` (the reminder window holds back those that wait for it). */
function dueJobs(deps: SweepDeps, now: Date): Job[] {
  const windowOpen = inWindow(now, deps.config.reminders.window, deps.config.timeZone);
  return deps.jobs.filter((job) => job.anyHour || windowOpen);
}

/** Adds up a job's per-unit counts (a plain count is its own total). */
function total(result: number | Iterable<number>): number {
  if (typeof result === 'number') return result;
  let sum = 0;
  for (const count of result) sum += count;
  return sum;
}

/** Runs every job due at `now` to the end; returns how many messages (or sessions) each produced. */
export function sweep(deps: SweepDeps, now: Date): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const job of dueJobs(deps, now)) {
    try {
      counts[job.name] = inTransaction(deps.db, () => {
        const run = startRun(deps.db, job.name, now);
        const count = total(job.run(deps, now, run.scope));
        run.finish();
        return count;
      });
    } catch (error) {
      deps.logger.error({ err: error, job: job.name }, 'scheduler job failed');
    }
  }
  return counts;
}

/** How a sliced sweep shares the thread. */
export interface SliceOptions {
  /** Work at most about this long (one unit more) before yielding. */
  readonly sliceMs: number;
  /** Lets the event loop run (inbound messages, timers) between slices. */
  readonly yieldNow: () => Promise<void>;
  /** True once the scheduler is stopping: the sweep ends at the next slice boundary. */
  readonly stopped: () => boolean;
}

/** What a sliced sweep did: the counts, its busy time and its longest slice. */
export interface SlicedSweep {
  counts: Record<string, number>;
  busyMs: number;
  longestSliceMs: number;
  slices: number;
}

/** Runs every job due at `now` in slices of about `sliceMs`, yielding between slices. */
export async function sweepInSlices(deps: SweepDeps, now: Date, options: SliceOptions): Promise<SlicedSweep> {
  const done: SlicedSweep = { counts: {}, busyMs: 0, longestSliceMs: 0, slices: 0 };
  /** Runs `work` in one transaction and accounts for its time. */
  const slice = <T>(work: () => T): T => {
    const started = performance.now();
    try {
      return inTransaction(deps.db, work);
    } finally {
      const ms = performance.now() - started;
      done.busyMs += ms;
      done.slices++;
      done.longestSliceMs = Math.max(done.longestSliceMs, ms);
    }
  };
  for (const job of dueJobs(deps, now)) {
    if (options.stopped()) break;
    try {
      // A plain job runs whole here, its cursor moving with its work; a job over units returns
      // a lazy sequence and has not started yet (its cursor moves with its last unit).
      const { run, result } = slice(() => {
        const started = startRun(deps.db, job.name, now);
        const result = job.run(deps, now, started.scope);
        if (typeof result === 'number') started.finish();
        return { run: started, result };
      });
      if (typeof result === 'number') {
        done.counts[job.name] = result;
        continue;
      }
      const units = result[Symbol.iterator]();
      let count = 0;
      for (let finished = false; !finished; ) {
        finished = slice(() => {
          const started = performance.now();
          do {
            const unit = units.next();
            if (unit.done) {
              run.finish();
              return true;
            }
            count += unit.value;
          } while (performance.now() - started < options.sliceMs);
          return false;
        });
        done.counts[job.name] = count;
        if (!finished) {
          await options.yieldNow();
          if (options.stopped()) break;
        }
      }
    } catch (error) {
      deps.logger.error({ err: error, job: job.name }, 'scheduler job failed');
    }
    await options.yieldNow();
  }
  return done;
}
