/**
 * The scheduler at national scale, as the running bot sweeps (`sweepInSlices` of
 * src/scheduler, every job, inside the reminder window, yielding to the event loop between
 * slices). The first sweep starts catching up on everything due in the data set — weekly
 * session invitations and reminders for every constituted Foro, stalled activities (at
 * most 100 a sweep), digests; sweeps a minute apart then finish the catch-up, and one more,
 * with nothing left to catch up, is the steady per-minute cost. Reported: the busy time of
 * each (time yielded to other work is not counted) and the longest slice, the longest an
 * inbound message could wait behind the scheduler.
 */
import type { App } from '../src/app.js';
import { SLICE_MS } from '../src/scheduler/index.js';
import { sweepInSlices } from '../src/scheduler/sweep.js';
import { round } from './stats.js';

/** The most sweeps a catch-up may take before the benchmark gives up on it. */
const MAX_CATCH_UP_SWEEPS = 200;

const options = { sliceMs: SLICE_MS, stopped: () => false, yieldNow: () => new Promise<void>((resolve) => setImmediate(resolve)) };

/** Times the catch-up and a steady sweep after it. */
export async function benchSweep(app: App, now: Date) {
  const pendingBefore = pendingRows(app);
  const minute = (n: number) => new Date(now.getTime() + n * 60_000);
  const first = await sweepInSlices(app, now, options);
  let sweeps = 1;
  let catchUpMs = first.busyMs;
  let longestSliceMs = first.longestSliceMs;
  for (let queued = Infinity; queued > 0 && sweeps < MAX_CATCH_UP_SWEEPS; sweeps++) {
    const next = await sweepInSlices(app, minute(sweeps), options);
    queued = Object.values(next.counts).reduce((sum, n) => sum + n, 0);
    catchUpMs += next.busyMs;
    longestSliceMs = Math.max(longestSliceMs, next.longestSliceMs);
  }
  const steady = await sweepInSlices(app, minute(sweeps), options);
  return {
    sweep_ms: round(steady.busyMs, 1),
    sweep_first_ms: round(longestSliceMs, 1),
    sweep_catch_up: { sweeps, ms: round(catchUpMs, 0), queued: pendingRows(app) - pendingBefore },
    sweep_first_counts: first.counts,
    sweep_first_busy_ms: round(first.busyMs, 0),
    sweep_steady_longest_slice_ms: round(steady.longestSliceMs, 1),
  };
}

function pendingRows(app: App): number {
  return (app.db.$client.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending'`).get() as { n: number }).n;
}
