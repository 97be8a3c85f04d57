/**
 * The scheduler: a node-cron job in the configured time zone that sweeps every minute
 * (never two sweeps at once), plus one sweep at start-up so what fell due while the bot
 * was down goes out now rather than at the next minute. Sweeps run in slices of a few
 * milliseconds (sweep.ts), so the bot answers people while it catches up.
 */
import cron from 'node-cron';
import type { Clock } from '../shared/clock.js';
import type { Telemetry } from '../shared/telemetry.js';
import { sweepInSlices, type SweepDeps } from './sweep.js';

/** The longest a sweep holds the event loop before letting inbound messages through. */
export const SLICE_MS = 4;

/** What the scheduler drives: the jobs and their dependencies, the clock, and the dispatcher to wake. */
export interface SchedulerHost extends SweepDeps {
  readonly clock: Clock;
  readonly dispatcher: { wake(): void };
  /** Told when each sweep ends and how long it took (for /healthz and /metrics). */
  readonly telemetry?: Pick<Telemetry, 'sweep'>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A running scheduler: `caughtUp` settles when the first sweep (the catch-up) ends; `stop()` ends sweeping. */
export interface RunningScheduler {
  readonly caughtUp: Promise<void>;
  stop(): void;
}

/** Starts sweeping (the first sweep, the catch-up, begins at once and runs in slices). */
export function startScheduler(app: SchedulerHost): RunningScheduler {
  let stopped = false;
  let sweeping = false;
  let first = true;
  const options = {
    sliceMs: SLICE_MS,
    stopped: () => stopped,
    yieldNow: () => {
      app.dispatcher.wake();
      return nextTurn();
    },
  };
  const run = async () => {
    if (sweeping || stopped) return;
    sweeping = true;
    try {
      const started = performance.now();
      const result = await sweepInSlices(app, app.clock.now(), options);
      if (stopped) return;
      app.telemetry?.sweep(app.clock.now(), result.busyMs);
      const counts = result.counts;
      const figures = { counts, busyMs: Math.round(result.busyMs), wallMs: Math.round(performance.now() - started), longestSliceMs: Math.round(result.longestSliceMs * 10) / 10 };
      if (first) app.logger.info(figures, 'scheduler caught up');
      else if (Object.values(counts).some((n) => n > 0)) app.logger.info(figures, 'scheduler queued messages');
      first = false;
      app.dispatcher.wake();
    } catch (error) {
      app.logger.error({ err: error }, 'scheduler sweep failed');
    } finally {
      sweeping = false;
    }
  };
  const caughtUp = run();
  const task = cron.schedule('* * * * *', run, { timezone: app.config.timeZone, noOverlap: true, name: 'scheduler-sweep' });
  return {
    caughtUp,
    stop() {
      stopped = true;
      void task.destroy();
    },
  };
}
