import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { sweep } from '../../../src/scheduler/sweep.js';
import { FakeClock, type TestApp } from '../../support/app.js';
import { foroFixture, press, runSweep, scheduleSession } from '../../support/sessions-fixture.js';
import { testLogger } from '../../support/logs.js';

let t: TestApp | undefined;
let restarted: App | undefined;
afterEach(() => {
  restarted?.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
  t = restarted = undefined;
});

const START = new Date('2026-12-01T15:00:00Z');
const HOUR = 3_600_000;

/** Reminders queued for a console handle. */
function reminders(app: App, address: string): string[] {
  const rows = app.db.$client.prepare("SELECT payload FROM outbox WHERE channel = 'console' AND address = ? ORDER BY id").all(address) as { payload: string }[];
  return rows.map((row) => (JSON.parse(row.payload) as { text: string }).text).filter((text) => text.startsWith('Recordatorio'));
}

describe('scheduler across a restart', () => {
  it('sends no reminder twice and loses none that fell due while the bot was down', () => {
    const fixture = foroFixture();
    t = fixture.t;
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    press(t, 'dora', t.es('attendance-yes'));
    t.clock.set(new Date(START.getTime() - 24 * HOUR));
    runSweep(t);
    expect(reminders(t.app, 'dora')).toHaveLength(1);
    t.app.close();

    const clock = new FakeClock(new Date(START.getTime() - 24 * HOUR + 60_000));
    const config = loadConfig({ DATA_DIR: t.dataDir, REMINDER_WINDOW: '00:00-24:00' });
    restarted = createApp(config, { clock, logger: testLogger() });
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(1);
    // Down from 23h before until 1h before: the 2h reminder is late, not lost, and sent once.
    clock.set(new Date(START.getTime() - HOUR));
    sweep(restarted, clock.now());
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(2);
    clock.set(new Date(START.getTime() + 60_000));
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(2);
  });

  it('sends nothing for a session that started while the bot was down', () => {
    const fixture = foroFixture();
    t = fixture.t;
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    t.clock.set(new Date(START.getTime() + 60_000));
    runSweep(t);
    expect(reminders(t.app, 'dora')).toHaveLength(0);
    t.app.close();
  });
});
