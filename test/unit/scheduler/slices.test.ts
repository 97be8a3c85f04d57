import { afterEach, describe, expect, it } from 'vitest';
import type { Job } from '../../../src/engine/jobs.js';
import { sweepInSlices } from '../../../src/scheduler/sweep.js';
import { isMarked, mark } from '../../../src/store/scheduler-marks.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp | undefined;
afterEach(() => {
  t?.cleanup();
  t = undefined;
});

const UNITS = 300;
const SLICE_MS = 4;

/** Burns `ms` of the thread, as a unit of real work would. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** A job over many units, each idempotent through a scheduler mark (as the real jobs are through dedupe keys). */
const catchUp: Job = {
  name: 'catchUp',
  anyHour: true,
  *run(deps, now) {
    for (let unit = 0; unit < UNITS; unit++) {
      busy(0.2);
      if (isMarked(deps.db, `unit:${unit}`)) {
        yield 0;
        continue;
      }
      mark(deps.db, `unit:${unit}`, now);
      yield 1;
    }
  },
};

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('sliced scheduler sweep', () => {
  it('answers a person who writes during a long catch-up before the catch-up ends', async () => {
    t = testApp();
    const app = t.app;
    const events: string[] = [];
    let asked = false;
    const sweeping = sweepInSlices({ ...app, jobs: [catchUp] }, t.clock.now(), {
      sliceMs: SLICE_MS,
      stopped: () => false,
      yieldNow: async () => {
        if (!asked) {
          asked = true;
          void app.receive({ channel: 'console', externalId: 'during-sweep', address: 'ana', displayName: 'Ana', text: '/ayuda' }).then(() => events.push('answered'));
        }
        await nextTurn();
      },
    });
    const result = await sweeping;
    events.push('caught up');
    expect(result.counts.catchUp).toBe(UNITS);
    expect(events).toEqual(['answered', 'caught up']);
    expect(t.inbox('ana').length).toBeGreaterThan(0);
    // About 60 ms of work, cut into slices of about SLICE_MS (wall time: a loaded machine only makes more of them).
    expect(result.slices).toBeGreaterThan(10);
  });

  it('a catch-up stopped half-way is finished by the next sweep, nothing done twice', async () => {
    t = testApp();
    const app = t.app;
    let turns = 0;
    const first = await sweepInSlices({ ...app, jobs: [catchUp] }, t.clock.now(), { sliceMs: SLICE_MS, stopped: () => turns >= 3, yieldNow: async () => void turns++ });
    expect(first.counts.catchUp).toBeGreaterThan(0);
    expect(first.counts.catchUp).toBeLessThan(UNITS);
    const second = await sweepInSlices({ ...app, jobs: [catchUp] }, t.clock.now(), { sliceMs: SLICE_MS, stopped: () => false, yieldNow: nextTurn });
    expect(first.counts.catchUp! + second.counts.catchUp!).toBe(UNITS);
    expect(t.count('scheduler_marks')).toBe(UNITS);
  });
});
