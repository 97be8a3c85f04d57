/** What a scheduled job is and what it needs: flows define jobs, the scheduler runs them. */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Notifier } from './notifier.js';
import type { Translator } from '../shared/i18n.js';
import { isoDate, toLocal } from '../shared/zoned-time.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import type { Changes } from '../store/scheduler-changes.js';

/** The parts of the app a job reads and writes (an App satisfies it). */
export interface JobDeps {
  db: Db;
  config: Config;
  notifier: Notifier;
  translator: Translator;
  documents: DocumentStore;
  logger: Logger;
}

/**
 * What a job's run gives back: how many messages it queued, or, for a job over many units
 * (local governments, sessions), a lazy sequence of per-unit counts. Each unit is
 * idempotent through its dedupe keys, so the scheduler may stop between units, let
 * inbound messages through, and go on (or, after a restart, start over) without sending
 * anything twice.
 */
export type JobResult = number | Iterable<number>;

/**
 * What a job reads this time. With `changes`, the GADs changed since its last run plus
 * what time alone made due after `changes.since`; without, everything (its first run in
 * this process, so a restart catches up on all that is due).
 */
export interface SweepScope {
  readonly changes?: Changes;
  /** Says the job left due work for its next run: the next run reads the same changes and span again. */
  defer(): void;
}

/** One scheduled job: computes what is due at `now`, queues it, and says how many it queued. */
export interface Job {
  readonly name: string;
  /** True for jobs that follow from what people just did and run at any hour; false waits for the reminder window. */
  readonly anyHour: boolean;
  run(deps: JobDeps, now: Date, scope: SweepScope): JobResult;
}

/**
 * The GADs to read for a job whose work is per period (a day, a week, a month; `periodOf`
 * names an instant's): those changed, unless the period turned since the last run or there
 * was none, when it is every GAD (undefined).
 */
export function gadsToRead(scope: SweepScope, now: Date, periodOf: (instant: Date) => string): readonly number[] | undefined {
  const changes = scope.changes;
  return changes && periodOf(changes.since) === periodOf(now) ? changes.gads : undefined;
}

/** The GADs to read for a job whose work changes by the local day in `timeZone` (gadsToRead with days as the period). */
export function gadsToReadToday(scope: SweepScope, now: Date, timeZone: string): readonly number[] | undefined {
  return gadsToRead(scope, now, (instant) => isoDate(toLocal(instant, timeZone)));
}
