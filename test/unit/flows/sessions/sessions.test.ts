import { afterEach, describe, expect, it } from 'vitest';
import { openActivity } from '../../../../src/store/progress.js';
import { toLocal } from '../../../../src/shared/zoned-time.js';
import type { TestApp } from '../../../support/app.js';
import { foroFixture, newFor, parseIcs, press, runSweep, scheduleSession } from '../../../support/sessions-fixture.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Tuesday 1 December 2026, 10:00 in Guayaquil. */
const START = new Date('2026-12-01T15:00:00Z');
const texts = (messages: { text: string }[]) => messages.map((message) => message.text);

describe('scheduling and invitations', () => {
  it('lets the POCL schedule a session; members get the details, an .ics in the right zone and the two choices', () => {
    ({ t } = foroFixture());
    const done = scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    expect(done[0]!.text).toContain('programada para el martes, 1 de diciembre de 2026, 10:00');
    runSweep(t);
    const invite = t.inbox('ana').at(-1)!;
    expect(invite.text).toContain('Convocatoria');
    expect(invite.text).toContain('Sala de sesiones · https://meet.example.org/foro');
    expect(invite.text).toContain('Plan de acción');
    expect(invite.choices?.map((c) => c.label)).toEqual(['Asistiré', 'No asistiré']);
    expect(invite.file?.mime).toBe('text/calendar');
    const event = parseIcs(t, invite.file!);
    expect(event.startDate.toJSDate().toISOString()).toBe(START.toISOString());
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(toLocal(event.startDate.toJSDate(), 'America/Guayaquil')).toMatchObject({ day: 1, hour: 10, minute: 0 });
    expect(event.location).toBe('Sala de sesiones');
    expect(t.inbox('pocl').filter((m) => m.text.includes('Convocatoria'))).toHaveLength(0);
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
    press(t, 'sec', 'Mover una sesión');
    press(t, 'sec', /1 de diciembre/);
    t.say('sec', '03/12/2026');
    t.say('sec', '15:30');
    expect(press(t, 'sec', 'Confirmar')[0]!.text).toContain('jueves, 3 de diciembre de 2026, 15:30');
    runSweep(t);
    const moved = t.inbox('dora').at(-1)!;
    expect(moved.text).toContain('cambió de fecha');
    const event = parseIcs(t, moved.file!);
    expect(event.uid).toBe(first.uid);
    expect(event.sequence).toBe(first.sequence + 1);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T20:30:00.000Z');
  });

  it('cancels a session and tells the members with a cancelling .ics', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    t.say('pocl', '/sesiones');
    press(t, 'pocl', 'Cancelar una sesión');
    press(t, 'pocl', /1 de diciembre/);
    expect(press(t, 'pocl', 'Confirmar')[0]!.text).toContain('avisé a 4 miembros');
    const notice = t.inbox('ana').at(-1)!;
    expect(notice.text).toContain('Se canceló');
    expect(parseIcs(t, notice.file!).component.getFirstPropertyValue('status')).toBe('CANCELLED');
    runSweep(t);
    expect(t.inbox('ana').at(-1)).toEqual(notice);
  });

  it('materializes a "first Tuesday" series one session ahead and invites again when one has started', () => {
    ({ t } = foroFixture());
    const done = scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00', kind: /mismo día de la semana/ });
    expect(done[0]!.text).toContain('cada mes, el primer martes, a las 10:00');
    runSweep(t);
    t.clock.set(new Date(START.getTime() + 60_000));
    runSweep(t);
    const next = t.inbox('ana').filter((m) => m.text.includes('Convocatoria')).at(-1)!;
    expect(next.text).toContain('martes, 5 de enero de 2027, 10:00');
    expect(t.count('foro_sessions')).toBe(2);
  });
});

describe('attendance', () => {
  it('records a tap on the invitation; a principal who cannot come has the suplente asked and the Secretaría told', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    expect(press(t, 'ana', 'No asistiré')[0]!.text).toContain('no asistirás');
    expect(press(t, 'dora', 'Asistiré')[0]!.text).toContain('anoté que asistirás');
    runSweep(t);
    const ask = t.inbox('beto').at(-1)!;
    expect(ask.text).toContain('ana no podrá asistir');
    expect(ask.choices?.map((c) => c.label)).toEqual(['Asistiré', 'No asistiré']);
    expect(press(t, 'beto', 'Asistiré')[0]!.text).toContain('asistirás');
    expect(t.inbox('sec').at(-1)!.text).toContain('Pedí a su suplente (beto)');
    const outbox = t.count('outbox');
    runSweep(t);
    expect(t.count('outbox')).toBe(outbox);
    // The command works too, without the invitation's buttons.
    t.say('dora', '/asistencia');
    expect(press(t, 'dora', 'No asistiré')[0]!.text).toContain('no asistirás');
  });
});

describe('session reminders', () => {
  it('reminds at 24h and 2h, skips those who said no, and tells the Secretaría the expected attendance', () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'pocl', { date: '01/12/2026', time: '10:00' });
    runSweep(t);
    press(t, 'ana', 'No asistiré');
    press(t, 'dora', 'Asistiré');
    const seen = { ana: t.inbox('ana').length, dora: t.inbox('dora').length, sec: t.inbox('sec').length };
    t.clock.set(new Date(START.getTime() - DAY - 60_000));
    runSweep(t);
    expect(newFor(t, 'dora', seen.dora).filter((m) => m.text.startsWith('Recordatorio'))).toHaveLength(0);
    t.clock.set(new Date(START.getTime() - DAY));
    runSweep(t);
    runSweep(t);
    expect(texts(newFor(t, 'dora', seen.dora)).filter((x) => x.startsWith('Recordatorio'))).toHaveLength(1);
    const secReminder = newFor(t, 'sec', seen.sec).find((m) => m.text.startsWith('Recordatorio'))!;
    expect(secReminder.choices?.map((c) => c.label)).toEqual(['Asistiré', 'No asistiré']);
    t.clock.set(new Date(START.getTime() - 2 * HOUR));
    runSweep(t);
    expect(texts(newFor(t, 'dora', seen.dora)).filter((x) => x.startsWith('Recordatorio'))).toHaveLength(2);
    expect(texts(newFor(t, 'ana', seen.ana)).filter((x) => x.startsWith('Recordatorio'))).toHaveLength(0);
    const expected = newFor(t, 'sec', seen.sec).find((m) => m.text.startsWith('Asistencia esperada'))!;
    expect(expected.text).toContain('Asistirán: dora');
    expect(expected.text).toContain('No asistirán: ana');
  });

  it('holds reminders in quiet hours: a night reminder waits for 08:00, an early session is reminded the evening before', () => {
    ({ t } = foroFixture({ REMINDER_WINDOW: '08:00-19:00' }));
    scheduleSession(t, 'pocl', { date: '02/12/2026', time: '07:00' });
    const early = new Date('2026-12-02T12:00:00Z');
    runSweep(t);
    const seen = t.inbox('dora').length;
    const reminders = () => texts(newFor(t, 'dora', seen)).filter((x) => x.startsWith('Recordatorio'));
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
    press(t, 'dora', 'Asistiré');
    const requests = () => t.inbox('sec').filter((m) => m.text.includes('/acta'));
    const end = START.getTime() + 2 * HOUR;
    t.clock.set(new Date(end - 60_000));
    runSweep(t);
    expect(requests()).toHaveLength(0);
    for (const [at, count] of [[0, 1], [0.5, 1], [1, 2], [2, 2], [3, 3], [3.5, 3]] as const) {
      t.clock.set(new Date(end + at * DAY));
      runSweep(t);
      expect(requests(), `day ${at}`).toHaveLength(count);
    }
    expect(t.inbox('pocl').filter((m) => m.text.includes('/acta'))).toHaveLength(0);
    const stored = await t.app.documents.put(Buffer.from('%PDF-1.4\n%acta\n'), 'acta.pdf');
    if (!stored.ok) throw new Error('not stored');
    t.say('sec', '/acta');
    t.say('sec', '', { text: undefined, file: stored.file });
    const done = press(t, 'sec', 'Los que confirmaron');
    expect(done[0]!.text).toContain('1 de 4 miembros');
    const shared = t.inbox('ana').at(-1)!;
    expect(shared.text).toContain('acta');
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
    expect(press(t, 'sec', 'Silenciar')[0]!.text).toContain('silencié');
    t.clock.advance(150 * DAY);
    runSweep(t);
    const warnings = (who: string) => t.inbox(who).filter((m) => m.text.includes('no ha sesionado') || m.text.includes('no sesiona'));
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
    expect(t.inbox('pocl').filter((m) => m.text.includes('no ha sesionado'))).toHaveLength(0);
  });

  it('escalates a stalled activity: responsible people at 1x, the POCL at 2x, the POC and the gremio at 3x', () => {
    let gadId: number;
    ({ t, gadId } = foroFixture());
    t.join('dele', { role: 'delegado', gadId });
    t.join('poc', { role: 'poc' });
    t.join('gre', { role: 'gremio', gremio: 'AME' });
    openActivity(t.app.db, gadId, 5, t.clock.now());
    const stalls = (who: string) => t.inbox(who).filter((m) => m.text.includes('abierta desde hace'));
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
    expect(stalls('poc')[0]!.text).toMatch(/^Pasos detenidos en gobiernos locales \(1\)/);
  });

  it('sends each POCL one weekly digest', () => {
    ({ t } = foroFixture());
    runSweep(t);
    runSweep(t);
    expect(t.inbox('pocl').filter((m) => m.text.startsWith('Resumen semanal'))).toHaveLength(1);
    t.clock.advance(7 * DAY);
    runSweep(t);
    expect(t.inbox('pocl').filter((m) => m.text.startsWith('Resumen semanal'))).toHaveLength(2);
  });
});
