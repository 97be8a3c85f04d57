/**
 * Trainings in process (console, FakeClock): the gremio schedules activity 4's
 * sensibilización, the delegate team is invited by the scheduler and answers with a tap,
 * the attendance is recorded, and the attendance list (CSV) with the materials is what
 * lets activity 4 be confirmed.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { lojaDoneTo } from '../../../support/gad-fixture.js';
import { newFor, press, runSweep } from '../../../support/sessions-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

const HOUR = 3_600_000;
const talk = (who: string, lines: string[]): OutboxPayload[] => lines.flatMap((line) => t.say(who, line));
const ACTIVITY_4 = '4. Sensibilización en el proceso de GA/EA a equipo delegado';

describe('trainings', () => {
  it("schedules a sensibilización, takes the invitees' answers and turns its attendance list into activity 4's evidence", async () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gad = { id: lojaDoneTo(t, 3) };
    t.join('pocl', { role: 'pocl', gadId: gad.id });
    t.join('delegado', { role: 'delegado', gadId: gad.id });
    t.join('ame', { role: 'gremio', gremio: 'AME' });
    t.join('congope', { role: 'gremio', gremio: 'CONGOPE' });

    // Only the POC and the GAD's gremio hold trainings; activity 4 waits for one.
    expect(t.say('delegado', '/capacitaciones')[0]!.key).toBe('command-not-allowed');
    expect(talk('congope', ['/capacitaciones', 'Loja']).at(-1)!.key).toBe('gad-search-none');
    t.say('congope', '/cancelar');
    const refused = talk('ame', ['/confirmar', 'Loja', ACTIVITY_4]).at(-1)!;
    expect(refused.key).toBe('confirm-missing');
    expect(refused.text).toContain(t.es('missing-training'));

    // Scheduled like a session: topic, today at 15:00, 90 minutes, a room and a link; materials later.
    const asked = talk('ame', ['/capacitaciones', 'Loja', 'Conceptos de gobierno abierto', '24/11/2026', '15:00', '90 min', 'Sala de capacitación https://meet.example.org/ea']);
    expect(asked.at(-1)!.key).toBe('trainings-ask-materials');
    const summary = press(t, 'ame', t.es('trainings-materials-later'))[0]!;
    expect(summary.text).toContain('Se convocará a 2 persona(s)');
    expect(summary.text).toContain('Sala de capacitación · https://meet.example.org/ea');
    expect(press(t, 'ame', t.es('choice-confirm'))[0]!.key).toBe('trainings-scheduled');

    // The scheduler invites the delegate team (the POCL and the Delegado), once.
    runSweep(t);
    runSweep(t);
    for (const who of ['pocl', 'delegado']) expect(newFor(t, who, 0).filter((message) => message.key === 'trainings-invite')).toHaveLength(1);
    expect(newFor(t, 'congope', 0).some((message) => message.key === 'trainings-invite')).toBe(false);
    expect(press(t, 'delegado', t.es('attendance-yes'))[0]).toMatchObject({ key: 'trainings-rsvp-recorded', text: expect.stringContaining('asistirá') });
    expect(press(t, 'pocl', t.es('attendance-no'))[0]!.key).toBe('trainings-rsvp-recorded');

    // Scheduling alone does not complete activity 4.
    expect(talk('ame', ['/confirmar', 'Loja', ACTIVITY_4]).at(-1)!.key).toBe('confirm-missing');

    // After it, the gremio records attendance: the materials are asked for, then who came.
    t.clock.advance(7 * HOUR);
    talk('ame', ['/capacitaciones', 'Loja']);
    expect(press(t, 'ame', t.es('trainings-action', { action: 'attendance' }))[0]!.key).toBe('trainings-ask-materials-now');
    const stored = await t.app.documents.put(Buffer.from('%PDF-1.4\n%presentacion\n'), 'presentacion.pdf');
    if (!stored.ok) throw new Error('not stored');
    const list = t.say('ame', '', { text: undefined, file: stored.file })[0]!;
    expect(list.text).toMatch(/1\. pocl\n2\. delegado ✓/);
    expect(t.say('ame', '1,7')[0]!.key).toBe('trainings-present-hint');
    expect(t.say('ame', '1, 2')[0]!.text).toContain('Asistieron (2 de 2)');
    const recorded = press(t, 'ame', t.es('choice-confirm'))[0]!;
    expect(recorded.key).toBe('trainings-attendance-recorded');
    const rows = parse<Record<string, string>>(readFileSync(t.app.documents.pathOf(recorded.file!.sha256)), { columns: true });
    expect(rows.map((row) => [row.person, row.response, row.attended, row.activity, row.topic])).toEqual([
      ['pocl', 'no', 'yes', '4', 'Conceptos de gobierno abierto'],
      ['delegado', 'yes', 'yes', '4', 'Conceptos de gobierno abierto'],
    ]);
    const evidence = t.app.db.$client.prepare('SELECT product, activity, file_name AS name FROM documents WHERE training_id IS NOT NULL ORDER BY id').all();
    expect(evidence).toEqual([
      { product: 'materiales_capacitacion', activity: 4, name: 'presentacion.pdf' },
      { product: 'lista_asistencia_capacitacion', activity: 4, name: 'asistencia-2026-11-24-actividad-4.csv' },
    ]);

    // With the list and the materials, activity 4 can be confirmed.
    expect(talk('ame', ['/confirmar', 'Loja', ACTIVITY_4]).at(-1)!.key).toBe('confirm-ask');
    expect(t.say('ame', t.es('choice-yes', { action: 'confirm' }))[0]!.key).toMatch(/^confirm-done/);
    expect(t.app.db.$client.prepare('SELECT done_at IS NOT NULL AS done FROM activity_progress WHERE gad_id = ? AND activity = 4').get(gad.id)).toEqual({ done: 1 });
  });
});
