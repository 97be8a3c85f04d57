import { afterEach, describe, expect, it } from 'vitest';
import { openActivity } from '../../../../src/store/progress.js';
import { formatWhen, toLocal } from '../../../../src/shared/zoned-time.js';
import type { TestApp } from '../../../support/app.js';
import { foroFixture, newFor, parseIcs, press, runSweep, scheduleSession } from '../../../support/sessions-fixture.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 1 December 2026, 10:00 in Guayaquil. */
const START = new Date('2026-12-01T15:00:00Z');
const ZONE = 'America/Guayaquil';
const YES = () => t.es('attendance-yes');
const NO = () => t.es('attendance-no');
const CONFIRM = () => t.es('choice-confirm');
/** The messages of `who` carrying the message id `key`. */
const withKey = (who: string, key: string, since = 0) => newFor(t, who, since).filter((message) => message.key === key);

describe('scheduling and invitations', () => {
  it('lets the POCL schedule a session; members get the details, an .ics in the right zone and the two choices', () => {
    ({ t } = foroFixture());
    const done = scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    expect(done[0]).toMatchObject({ key: 'sessions-scheduled', text: expect.stringContaining('martes, 1 de diciembre de 2026, 10:00') });
    runSweep(t);
    const invite = t.inbox('ana').at(-1)!;
    expect(invite.key).toBe('session-invite');
    expect(invite.text).toContain('Sala de sesiones · https://meet.example.org/foro');
    expect(invite.text).toContain('Plan de acción');
    expect(invite.choices?.map((c) => c.label)).toEqual([YES(), NO()]);
    expect(invite.file?.mime).toBe('text/calendar');
    const event = parseIcs(t, invite.file!);
    expect(event.startDate.toJSDate().toISOString()).toBe(START.toISOString());
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(toLocal(event.startDate.toJSDate(), 'America/Guayaquil')).toMatchObject({ day: 1, hour: 10, minute: 0 });
    expect(event.location).toBe('Sala de sesiones');
    expect(withKey('pocl', 'session-invite')).toHaveLength(0);
    expect(t.app.sweepOrphanFiles().quarantined).toEqual([]);
    expect(t.app.documents.has(invite.file!.sha256)).toBe(true);
    // A second pass invites nobody again.
    const before = t.count('outbox');
    runSweep(t);
    expect(t.count('outbox')).toBe(before);
  });

  it('lets the Secretaría move a session: members are invited again with the same UID and a higher SEQUENCE', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'sec', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    const first = parseIcs(t, t.inbox('dora').at(-1)!.file!);
    t.say('sec', '/sesiones');
    press(t, 'sec', t.es('sessions-action', { action: 'move' }));
    press(t, 'sec', /1 de diciembre/);
    t.say('sec', '03/12/2026');
    t.say('sec', '15:30');
    expect(press(t, 'sec', CONFIRM())[0]).toMatchObject({ key: 'sessions-moved', text: expect.stringContaining('jueves, 3 de diciembre de 2026, 15:30') });
    runSweep(t);
    const moved = t.inbox('dora').at(-1)!;
    expect(moved.key).toBe('session-moved-invite');
    const event = parseIcs(t, moved.file!);
    expect(event.uid).toBe(first.uid);
    expect(event.sequence).toBe(first.sequence + 1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T20:30:00.000Z');
  });

  it('cancels a session and tells the members with a cancelling .ics', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    t.say('pocl', '/sesiones');
    press(t, 'pocl', t.es('sessions-action', { action: 'cancel' }));
    press(t, 'pocl', /1 de diciembre/);
    expect(press(t, 'pocl', CONFIRM())[0]!.text).toBe(t.es('sessions-cancelled', { when: formatWhen(START, ZONE), members: 4 }));
    const notice = t.inbox('ana').at(-1)!;
    expect(notice.key).toBe('session-cancelled-notify');
    expect(parseIcs(t, notice.file!).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    runSweep(t);
    expect(t.inbox('ana').at(-1)).toEqual(notice);
  });

  it('materializes a "first Tuesday" series one session ahead and invites again when one has started', () => {
    ({ t } = foroFixture());
    const done = scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00', kind: 'monthly_weekday' });
    expect(done[0]!.key).toBe('sessions-series-scheduled');
    expect(done[0]!.text).toContain(t.es('sessions-recurrence', { kind: 'monthly_weekday', weekday: 2, nth: 1, day: 1, time: '10:00' }));
    runSweep(t);
    t.clock.set(new Date(START.getTime() + 60_000));
    runSweep(t);
    const next = withKey('ana', 'session-invite').at(-1)!;
    expect(next.text).toContain('martes, 5 de enero de 2027, 10:00');
    expect(t.count('foro_sessions')).toBe(2);
  });
});

describe('attendance', () => {
  it('records a tap on the invitation; a principal who cannot come has the suplente asked and the Secretaría told', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    expect(press(t, 'ana', NO())[0]!.key).toBe('attendance-recorded-no');
    expect(press(t, 'dora', YES())[0]!.key).toBe('attendance-recorded-yes');
    runSweep(t);
    const ask = t.inbox('beto').at(-1)!;
    expect(ask).toMatchObject({ key: 'session-suplente-ask', text: expect.stringContaining('ana') });
    expect(ask.choices?.map((c) => c.label)).toEqual([YES(), NO()]);
    expect(press(t, 'beto', YES())[0]!.key).toBe('attendance-recorded-yes');
    expect(t.inbox('sec').at(-1)).toMatchObject({ key: 'session-absence-notify', text: expect.stringContaining('(beto)') });
    const outbox = t.count('outbox');
    runSweep(t);
    expect(t.count('outbox')).toBe(outbox);
    // The command works too, without the invitation's buttons.
    t.say('dora', '/asistencia');
    expect(press(t, 'dora', NO())[0]!.key).toBe('attendance-recorded-no');
  });
});

describe('session reminders', () => {
  it('reminds at 24h and 2h, skips those who said no, and tells the Secretaría the expected attendance', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    press(t, 'ana', NO());
    press(t, 'dora', YES());
    const seen = { ana: t.inbox('ana').length, dora: t.inbox('dora').length, sec: t.inbox('sec').length };
    t.clock.set(new Date(START.getTime() - DAY - 60_000));
    runSweep(t);
    expect(withKey('dora', 'session-reminder', seen.dora)).toHaveLength(0);
    t.clock.set(new Date(START.getTime() - DAY));
    runSweep(t);
    runSweep(t);
    expect(withKey('dora', 'session-reminder', seen.dora)).toHaveLength(1);
    const secReminder = withKey('sec', 'session-reminder-ask', seen.sec)[0]!;
    expect(secReminder.choices?.map((c) => c.label)).toEqual([YES(), NO()]);
    t.clock.set(new Date(START.getTime() - 2 * HOUR));
    runSweep(t);
    expect(withKey('dora', 'session-reminder', seen.dora)).toHaveLength(2);
    expect([...withKey('ana', 'session-reminder', seen.ana), ...withKey('ana', 'session-reminder-ask', seen.ana)]).toHaveLength(0);
    const expected = withKey('sec', 'session-expected-attendance', seen.sec)[0]!;
    expect(expected.text).toMatch(/: dora\n/);
    expect(expected.text).toMatch(/: ana\n/);
  });

  it('holds reminders in quiet hours: a night reminder waits for 08:00, an early session is reminded the evening before', () => {
    ({ t } = foroFixture({ REMINDER_WINDOW: '08:00-19:00' }));
    scheduleSession(t, 'pocl', { date: '02/12/2026', time: '07:00' });
    const early = new Date('2026-12-02T12:00:00Z');
    runSweep(t);
    const seen = t.inbox('dora').length;
    const reminders = () => withKey('dora', 'session-reminder-ask', seen);
    t.clock.set(new Date(early.getTime() - DAY));
    runSweep(t);
    expect(reminders()).toHaveLength(0);
    t.clock.set(new Date('2026-12-01T13:00:00Z'));
    runSweep(t);
    expect(reminders()).toHaveLength(1);
    t.clock.set(new Date('2026-12-01T23:58:00Z'));
    runSweep(t);
    expect(reminders()).toHaveLength(1);
    t.clock.set(new Date('2026-12-01T23:59:00Z'));
    runSweep(t);
    expect(reminders()).toHaveLength(2);
    t.clock.set(new Date(early.getTime() - 2 * HOUR));
    runSweep(t);
    expect(reminders()).toHaveLength(2);
  });
});

describe('minutes', () => {
  it('asks the Secretaría for the acta at the end, after 1 and 3 days; /acta stores it and shares it', async () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    press(t, 'dora', YES());
    const requests = () => t.inbox('sec').filter((m) => m.key === 'minutes-request' || m.key === 'minutes-request-again');
    const end = START.getTime() + 2 * HOUR;
    t.clock.set(new Date(end - 60_000));
    runSweep(t);
    expect(requests()).toHaveLength(0);
    for (const [at, count] of [[0, 1], [0.5, 1], [1, 2], [2, 2], [3, 3], [3.5, 3]] as const) {
      t.clock.set(new Date(end + at * DAY));
      runSweep(t);
      expect(requests(), `day ${at}`).toHaveLength(count);
    }
    expect(withKey('pocl', 'minutes-request')).toHaveLength(0);
    const stored = await t.app.documents.put(Buffer.from('%PDF-1.4\n%acta\n'), 'acta.pdf');
    if (!stored.ok) throw new Error('not stored');
    t.say('sec', '/acta');
    t.say('sec', '', { text: undefined, file: stored.file });
    // Those who said they would come start ticked; the list is shown back before it is recorded.
    press(t, 'sec', t.es('minutes-attendance-done', { count: 1, total: 4 }));
    const done = press(t, 'sec', t.es('choice-yes', { action: 'record' }));
    expect(done[0]!.key).toBe('minutes-filed');
    expect(done[0]!.text).toContain(`${formatWhen(START, ZONE).es} y la asistencia (1 de 4)`);
    const shared = t.inbox('ana').at(-1)!;
    expect(shared.key).toBe('minutes-shared');
    expect(shared.file?.sha256).toBe(stored.file.sha256);
    t.clock.advance(2 * DAY);
    runSweep(t);
    expect(requests()).toHaveLength(3);
  });
});

describe('cadence and stalled steps', () => {
  it('warns the POCL and the Secretaría when the Foro has not met for five months, once; muting is respected', () => {
    ({ t } = foroFixture());
    t.say('sec', '/recordatorios');
    expect(press(t, 'sec', t.es('reminders-choice-off'))[0]!.key).toBe('reminders-muted');
    t.clock.advance(150 * DAY);
    runSweep(t);
    const warnings = (who: string) => t.inbox(who).filter((m) => m.key === 'cadence-never-met' || m.key === 'cadence-warning');
    expect(warnings('pocl')).toHaveLength(0);
    t.clock.advance(3 * DAY);
    runSweep(t);
    runSweep(t);
    expect(warnings('pocl')).toHaveLength(1);
    expect(warnings('sec')).toHaveLength(0);
  });

  it('does not warn a Foro that has a session scheduled', () => {
    ({ t } = foroFixture());
    t.clock.advance(153 * DAY);
    scheduleSession(t, 'pocl', { date: '01/06/2027', time: '10:00' });
    runSweep(t);
    expect(withKey('pocl', 'cadence-never-met')).toHaveLength(0);
  });

  it('escalates a stalled activity: responsible people at 1x, the POCL at 2x, the POC and the gremio at 3x', () => {
    let gadId: number;
    ({ t, gadId } = foroFixture());
    t.join('dele', { role: 'delegado', gadId });
    t.join('poc', { role: 'poc' });
    t.join('gre', { role: 'gremio', gremio: 'AME' });
    openActivity(t.app.db, gadId, 5, t.clock.now());
    const stalls = (who: string) => t.inbox(who).filter((m) => m.key === 'stall-reminder' || m.key === 'stall-digest');
    const counts = () => ['dele', 'pocl', 'poc', 'gre'].map((who) => stalls(who).length);
    t.clock.advance(14 * DAY - 60_000);
    runSweep(t);
    expect(counts()).toEqual([0, 0, 0, 0]);
    t.clock.advance(60_000);
    runSweep(t);
    expect(counts()).toEqual([1, 0, 0, 0]);
    t.clock.advance(14 * DAY);
    runSweep(t);
    expect(counts()).toEqual([2, 1, 0, 0]);
    t.clock.advance(14 * DAY);
    runSweep(t);
    runSweep(t);
    expect(counts()).toEqual([3, 2, 1, 1]);
    expect(stalls('poc')[0]!.text).toContain('5. Identificar actores clave');
    // National people get it as a digest: one message a sweep whatever the number of GADs.
    expect(stalls('poc')[0]!.key).toBe('stall-digest');
    expect(stalls('dele')[0]!.key).toBe('stall-reminder');
  });

  it('sends each POCL one weekly digest', () => {
    ({ t } = foroFixture());
    runSweep(t);
    runSweep(t);
    expect(withKey('pocl', 'digest')).toHaveLength(1);
    t.clock.advance(7 * DAY);
    runSweep(t);
    expect(withKey('pocl', 'digest')).toHaveLength(2);
  });
});

describe('/acta as the activity product, with checkbox attendance', () => {
  it('files the acta of today\'s session before it starts as the Acta de sesión del FM of activity 9', async () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '24/11/2026', time: '15:00' });
    expect(t.say('sec', '/subir').flatMap((r) => r.choices ?? []).map((c) => c.label)).not.toContain('9 · Acta de sesión del FM');
    const stored = await t.app.documents.put(Buffer.from('%PDF-1.4\n%constitucion\n'), 'acta-constitucion.pdf');
    if (!stored.ok) throw new Error('not stored');
    expect(t.say('sec', '/acta')[0]!.key).toBe('minutes-ask-file');
    const list = t.say('sec', '', { text: undefined, file: stored.file });
    expect(list[0]!.key).toBe('minutes-attendance-ask');
    expect(list[0]!.choices!.map((c) => c.label)).toEqual(['☐ ana', '☐ beto', '☐ sec', '☐ dora', t.es('minutes-attendance-done', { count: 0, total: 4 })]);
    // Typing 1 means member 1 (a checkbox), not an option; a list sets the whole selection.
    expect(t.say('sec', '1')[0]!.choices![0]!.label).toBe('☑ ana');
    expect(t.say('sec', '1,3,4')[0]!.choices!.map((c) => c.label).slice(0, 4)).toEqual(['☑ ana', '☐ beto', '☑ sec', '☑ dora']);
    const shown = t.say('sec', '2')[0]!.choices!;
    const confirm = t.say('sec', '', { text: undefined, choiceId: shown.at(-1)!.id });
    expect(confirm[0]!.key).toBe('minutes-confirm-ask');
    expect(confirm[0]!.text).toContain('Asistieron (4 de 4): ana, beto, sec, dora');
    // "Correct the list" goes back; nothing is stored until the list is confirmed.
    expect(press(t, 'sec', t.es('minutes-fix'))[0]!.key).toBe('minutes-attendance-ask');
    expect(t.count("documents WHERE session_id IS NOT NULL AND product != 'calendario'")).toBe(0);
    t.say('sec', '2');
    press(t, 'sec', t.es('minutes-attendance-done', { count: 3, total: 4 }));
    const filed = press(t, 'sec', t.es('choice-yes', { action: 'record' }));
    expect(filed[0]!.key).toBe('minutes-filed');
    expect(filed[0]!.text).toContain('Cuenta como «Acta de sesión del FM» de la actividad 9 (versión 1)');
    const row = t.app.db.$client.prepare("SELECT activity, product FROM documents WHERE product != 'calendario'").get();
    expect(row).toEqual({ activity: 9, product: 'acta_constitucion_fm' });
    expect(t.say('pocl', '/siguiente')[0]!.text).not.toContain('el acta de una sesión real del Foro');

    // Corrected afterwards by the Secretaría: audited with before and after.
    t.say('sec', '/acta');
    expect(press(t, 'sec', t.es('minutes-action-attendance'))[0]!.choices!.map((c) => c.label).slice(0, 4)).toEqual(['☑ ana', '☐ beto', '☑ sec', '☑ dora']);
    t.say('sec', '2');
    press(t, 'sec', t.es('minutes-attendance-done', { count: 4, total: 4 }));
    expect(press(t, 'sec', t.es('choice-yes', { action: 'record' }))[0]!.key).toBe('minutes-updated');
    const audit = t.app.db.$client.prepare("SELECT details FROM audit_log WHERE action = 'session.attendance_corrected'").get() as { details: string };
    const details = JSON.parse(audit.details) as { before: number[]; after: number[] };
    expect([details.before.length, details.after.length]).toEqual([3, 4]);
  });
});
