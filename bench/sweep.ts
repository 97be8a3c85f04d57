/**
 * One scheduler sweep at national scale (`sweep` of src/scheduler, every job, inside the
 * reminder window): the first one catches up on everything due in the data set — weekly
 * session invitations and reminders for every constituted Foro, stalled activities,
 * digests — and a second one, a minute later, is the steady per-minute cost.
 */
import type { App } from '../src/app.js';
import { sweep } from '../src/scheduler/sweep.js';
import { round } from './stats.js';

/** Times a first (catch-up) sweep at `now` and a steady one a minute later. */
export function benchSweep(app: App, now: Date) {
  const pendingBefore = pendingRows(app);
  let started = performance.now();
  const counts = sweep(app, now);
  const firstMs = performance.now() - started;
  started = performance.now();
  sweep(app, new Date(now.getTime() + 60_000));
  const steadyMs = performance.now() - started;
  return {
    sweep_ms: round(firstMs, 1),
    sweep_steady_ms: round(steadyMs, 1),
    sweep_queued: pendingRows(app) - pendingBefore,
    sweep_counts: counts,
  };
}

function pendingRows(app: App): number {
  return (app.db.$client.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`).get() as { n: number }).n;
}
