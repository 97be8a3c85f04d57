/**
 * The scheduler: a node-cron job in the configured time zone that sweeps every minute
 * (never two sweeps at once), plus one sweep at start-up so what fell due while the bot
 * was down goes out now rather than at the next minute.
 */
import cron from 'node-cron';
import type { Clock } from '../shared/clock.js';
import type { Telemetry } from '../shared/telemetry.js';
import { sweep, type SweepDeps } from './sweep.js';

/** What the scheduler drives: the jobs and their dependencies, the clock, and the dispatcher to wake. */
export interface SchedulerHost extends SweepDeps {
  readonly clock: Clock;
  readonly dispatcher: { wake(): void };
  /** Told when each sweep ends and how long it took (for /healthz and /metrics). */
  readonly telemetry?: Pick<Telemetry, 'sweep'>;
}

/** Starts sweeping; `stop()` ends it. */
export function startScheduler(app: SchedulerHost): { stop(): void } {
  const run = () => {
    const started = performance.now();
    const counts = sweep(app, app.clock.now());
    app.telemetry?.sweep(app.clock.now(), performance.now() - started);
    if (Object.values(counts).some((n) => n > 0)) app.logger.info({ counts }, 'scheduler queued messages');
    app.dispatcher.wake();
  };
  run();
  const task = cron.schedule('* * * * *', run, { timezone: app.config.timeZone, noOverlap: true, name: 'scheduler-sweep' });
  return {
    stop() {
      void task.destroy();
    },
  };
}
