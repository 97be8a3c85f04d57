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
  // A restarted app replaces the fixture's, which the test closed.
  if (restarted) restarted.close();
  else t?.app.close();
  if (t) rmSync(t.dataDir, { recursive: true, force: true });
  t = restarted = undefined;
});

const MINUTE = 60_000;

/** The texts queued for a console handle in an app, oldest first. */
function texts(app: App, address: string): string[] {
  const rows = app.db.$client.prepare("SELECT payload FROM outbox WHERE channel = 'console' AND address = ? ORDER BY id").all(address) as { payload: string }[];
  return rows.map((row) => (JSON.parse(row.payload) as { text?: string }).text ?? '');
}

const invitations = (app: App, address: string) => texts(app, address).filter((text) => text.startsWith('Convocatoria'));
const reminders = (app: App, address: string) => texts(app, address).filter((text) => text.startsWith('Recordatorio'));

/** Sweeps every `stepMs` from `from` to `to` as the running bot would; returns when each new reminder to `who` was queued. */
function sweepEvery(fixture: TestApp, from: Date, to: Date, stepMs: number, who: string): string[] {
  const seen: string[] = [];
  for (let at = from.getTime(); at <= to.getTime(); at += stepMs) {
    fixture.clock.set(new Date(at));
    const before = reminders(fixture.app, who).length;
    runSweep(fixture);
    for (let n = before; n < reminders(fixture.app, who).length; n++) seen.push(new Date(at).toISOString());
  }
  return seen;
}

describe('the scheduler between sweeps', () => {
  it('picks up a session scheduled, a member added and an answer given since the last sweep, and queues nothing when nothing changed', () => {
    const fixture = foroFixture();
    t = fixture.t;
    runSweep(t);
    runSweep(t);
    const settled = t.count('outbox');
    expect(Object.values(runSweep(t)).every((n) => n === 0)).toBe(true);
    expect(t.count('outbox')).toBe(settled);

    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    t.clock.advance(MINUTE);
    runSweep(t);
    for (const who of ['ana', 'beto', 'sec', 'dora']) expect(invitations(t.app, who)).toHaveLength(1);

    t.join('eva', { role: 'foro', gadId: fixture.gadId, attributes: { sector: 'sociedad_civil', entity: 'Colectivo', seat: 'principal', foroEntityId: '4' } });
    t.clock.advance(MINUTE);
    runSweep(t);
    expect(invitations(t.app, 'eva')).toHaveLength(1);
    expect(invitations(t.app, 'ana')).toHaveLength(1);

    press(t, 'ana', t.es('attendance-no'));
    t.clock.advance(MINUTE);
    runSweep(t);
    expect(texts(t.app, 'beto').filter((text) => text.includes('Como suplente'))).toHaveLength(1);

    t.clock.advance(MINUTE);
    const steady = t.count('outbox');
    runSweep(t);
    expect(t.count('outbox')).toBe(steady);
  });

  it('sends reminders when their time comes, with no change to the data, each once', () => {
    const fixture = foroFixture();
    t = fixture.t;
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    // The session starts 2026-12-01 15:00Z: reminders are due 24 h and 2 h before.
    const sent = sweepEvery(t, new Date('2026-11-30T14:00:00Z'), new Date('2026-12-01T15:00:00Z'), 10 * MINUTE, 'dora');
    expect(sent).toEqual(['2026-11-30T15:00:00.000Z', '2026-12-01T13:00:00.000Z']);
  });

  it('sends reminders held back by quiet hours when the window opens, or at its last minute, each once', () => {
    const fixture = foroFixture({ REMINDER_WINDOW: '08:00-19:00' });
    t = fixture.t;
    // 07:00 in Guayaquil (12:00Z): the 24 h reminder (07:00 the day before) waits for 08:00;
    // the 2 h one (05:00) would come after the session, so it goes at 18:59 the evening before.
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '07:00' });
    runSweep(t);
    const sent = sweepEvery(t, new Date('2026-11-30T10:00:00Z'), new Date('2026-12-01T12:00:00Z'), 15 * MINUTE, 'dora');
    expect(sent).toEqual(['2026-11-30T13:00:00.000Z', '2026-12-01T00:00:00.000Z']);
  });

  it('after a restart on the same database, sends the reminders that fell due while down, once', () => {
    const fixture = foroFixture();
    t = fixture.t;
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    t.clock.advance(MINUTE);
    runSweep(t);
    t.app.close();

    const clock = new FakeClock(new Date('2026-11-30T18:00:00Z'));
    restarted = createApp(loadConfig({ DATA_DIR: t.dataDir, REMINDER_WINDOW: '00:00-24:00' }), { clock, logger: testLogger() });
    // Down from 24 h before the session until 21 h before: the 24 h reminder is late, not lost.
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(1);
    clock.advance(MINUTE);
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(1);
    // Then the 2 h reminder falls due with nothing changed, and goes out once.
    clock.set(new Date('2026-12-01T13:30:00Z'));
    sweep(restarted, clock.now());
    sweep(restarted, clock.now());
    expect(reminders(restarted, 'dora')).toHaveLength(2);
  });
});
