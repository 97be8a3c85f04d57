/**
 * What a job reads at each run: its first run in this process reads everything (so a
 * restart, or a change of configuration, catches up on all that is due); later runs read
 * the GADs changed since the job's cursor and what time made due since it last ran. The
 * cursor moves in the transaction that ends the run, so a run stopped half-way (or a failed
 * one) leaves it, and the next run reads the same again (dedupe keys keep that safe).
 */
import type { SweepScope } from '../engine/jobs.js';
import type { Db } from '../store/db.js';
import { gadsChangedBetween, latestChange } from '../store/scheduler-changes.js';
import { advanceCursor, cursorOf } from '../store/scheduler-cursors.js';

/** The jobs that ran to their end in this process, per database. */
const caughtUp = new WeakMap<Db, Set<string>>();

/** One run of a job: what it reads, and the cursor's move once it ran to its end. */
export interface ScopedRun {
  readonly scope: SweepScope;
  /** Moves the cursor past this run (unless the job deferred); call in the run's last transaction. */
  finish(): void;
}

/** The scope of the job named `job` running at `now`. */
export function startRun(db: Db, job: string, now: Date): ScopedRun {
  const seq = latestChange(db);
  const cursor = cursorOf(db, job);
  const done = caughtUp.get(db) ?? caughtUp.set(db, new Set()).get(db)!;
  // A clock set back (tests, a corrected host clock) reads everything rather than a span backwards.
  const incremental = done.has(job) && cursor !== undefined && cursor.sweptAt <= now;
  let deferred = false;
  return {
    scope: {
      ...(incremental && { changes: { gads: gadsChangedBetween(db, cursor.seq, seq), since: cursor.sweptAt } }),
      defer: () => {
        deferred = true;
      },
    },
    finish() {
      if (deferred) return;
      advanceCursor(db, job, { seq, sweptAt: now });
      done.add(job);
    },
  };
}
