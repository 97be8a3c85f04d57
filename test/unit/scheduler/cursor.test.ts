import { afterEach, describe, expect, it } from 'vitest';
import { startRun } from '../../../src/scheduler/cursor.js';
import { createGad } from '../../../src/store/gads.js';
import { openDatabase } from '../../../src/store/db.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp | undefined;
afterEach(() => {
  t?.cleanup();
  t = undefined;
});

const MINUTE = 60_000;

/** A GAD, written as any flow would (the triggers record it). */
function newGad(fixture: TestApp, name: string): number {
  return createGad(fixture.app.db, { name, level: 'parroquial', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: fixture.clock.now() }).id;
}

describe('a job’s cursor', () => {
  it('reads everything at its first run in a process, then what changed since its last finished run', () => {
    t = testApp();
    const db = t.app.db;
    const start = t.clock.now();
    const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
    const first = startRun(db, 'job', at(0));
    expect(first.scope.changes).toBeUndefined();
    first.finish();

    expect(startRun(db, 'job', at(1)).scope.changes).toEqual({ gads: [], since: at(0) });
    const gadId = newGad(t, 'Baños');
    // A run that does not finish (stopped, failed) and a deferred one leave the cursor where it was.
    startRun(db, 'job', at(1));
    const deferred = startRun(db, 'job', at(2));
    expect(deferred.scope.changes).toEqual({ gads: [gadId], since: at(0) });
    deferred.scope.defer();
    deferred.finish();
    const next = startRun(db, 'job', at(3));
    expect(next.scope.changes).toEqual({ gads: [gadId], since: at(0) });
    next.finish();
    expect(startRun(db, 'job', at(4)).scope.changes).toEqual({ gads: [], since: at(3) });
    // Another job has its own cursor; a clock set back reads everything again.
    expect(startRun(db, 'other', at(4)).scope.changes).toBeUndefined();
    expect(startRun(db, 'job', at(2)).scope.changes).toBeUndefined();
  });

  it('reads everything again in a new process, then what changed since', () => {
    t = testApp();
    const now = t.clock.now();
    startRun(t.app.db, 'job', now).finish();
    const later = new Date(now.getTime() + MINUTE);
    const db = openDatabase(t.app.config.databasePath);
    try {
      const restarted = startRun(db, 'job', later);
      expect(restarted.scope.changes).toBeUndefined();
      restarted.finish();
      const gadId = newGad(t, 'Paute');
      expect(startRun(db, 'job', later).scope.changes).toEqual({ gads: [gadId], since: later });
    } finally {
      db.$client.close();
    }
  });
});
