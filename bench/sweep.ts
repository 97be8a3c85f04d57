/**
 * The scheduler at national scale (`sweep` of src/scheduler, every job, inside the
 * reminder window). The first sweep starts catching up on everything due in the data
 * set — weekly session invitations and reminders for every constituted Foro, stalled
 * activities (at most 100 a sweep), digests; sweeps a minute apart then finish the
 * catch-up, and one more, with nothing left to catch up, is the steady per-minute cost.
 */
import type { App } from '../src/app.js';
import { sweep } from '../src/scheduler/sweep.js';
import { round } from './stats.js';

/** The most sweeps a catch-up may take before the benchmark gives up on it. */
const MAX_CATCH_UP_SWEEPS = 200;

/** Times the first sweep at `now`, the whole catch-up, and a steady sweep after it. */
export function benchSweep(app: App, now: Date) {
  const pendingBefore = pendingRows(app);
  const minute = (n: number) => new Date(now.getTime() + n * 60_000);
  let started = performance.now();
  const counts = sweep(app, now);
  const firstMs = performance.now() - started;
  let sweeps = 1;
  let catchUpMs = firstMs;
  for (let queued = Infinity; queued > 0 && sweeps < MAX_CATCH_UP_SWEEPS; sweeps++) {
    started = performance.now();
    queued = Object.values(sweep(app, minute(sweeps))).reduce((sum, n) => sum + n, 0);
    catchUpMs += performance.now() - started;
  }
  started = performance.now();
  sweep(app, minute(sweeps));
  const steadyMs = performance.now() - started;
  return {
    sweep_ms: round(steadyMs, 1),
    sweep_first_ms: round(firstMs, 1),
    sweep_catch_up: { sweeps, ms: round(catchUpMs, 0), queued: pendingRows(app) - pendingBefore },
    sweep_first_counts: counts,
  };
}

function pendingRows(app: App): number {
  return (app.db.$client.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`).get() as { n: number }).n;
}
