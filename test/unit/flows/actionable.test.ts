/**
 * Notifications that ask their reader to act carry the buttons to act, answerable days
 * later and in the middle of another conversation; milestone notices reach the
 * Autoridad, the Delegados and the Grupo Núcleo once each, in the reader's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../src/store/gads.js';
import { markActivityDone } from '../../../src/store/progress.js';
import { addForoEntity } from '../../../src/store/foro.js';
import { FORO_SECTORS } from '../../../src/domain/roles.js';
import type { OutboxPayload } from '../../../src/store/schema.js';
import { choiceId, testApp, type TestApp } from '../../support/app.js';
import { commitmentAnswers, gadAtActivity13, heldSession, milestoneAnswers, planDecisionLines } from '../../support/plan-fixture.js';
import { foroFixture, runSweep } from '../../support/sessions-fixture.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const DAY = 24 * 3_600_000;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const keys = (messages: OutboxPayload[]) => messages.map((message) => message.key);
const talk = (who: string, lines: string[]) => lines.flatMap((line) => t.say(who, line));
const rows = (sql: string, ...params: unknown[]) => t.app.db.$client.prepare(sql).all(...params) as Record<string, unknown>[];
/** The last message to `who` with message id `key`. */
const lastWith = (who: string, key: string) => t.inbox(who).filter((message) => message.key === key).at(-1)!;
/** Presses a button of a given message. */
const tapOn = (who: string, message: OutboxPayload, label: string | RegExp) => t.say(who, '', { text: undefined, choiceId: choiceId(message, label) });
/** Who received messages with id `key`, sorted. */
const recipients = (key: string, who: string[]) => who.filter((handle) => t.inbox(handle).some((message) => message.key === key)).sort();

async function pdf(name: string) {
  const stored = await t.app.documents.put(PDF, name);
  if (!stored.ok) throw new Error('not stored');
  return stored.file;
}

describe('actionable notifications', () => {
  it('carries "Subir" on an opened activity and on its stall reminder; a tap days later, mid-conversation, uploads it', async () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gad = createGad(t.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
    for (const n of [1, 2, 3, 4]) markActivityDone(t.app.db, gad.id, n, null, t.clock.now());
    for (const sector of FORO_SECTORS) addForoEntity(t.app.db, { gadId: gad.id, name: `Entidad ${sector}`, sector, contact: '0991234567', interest: 'Participar', createdByPersonId: null, now: t.clock.now() });
    t.join('dele', { role: 'delegado', gadId: gad.id });
    t.join('dele2', { role: 'delegado', gadId: gad.id });
    talk('dele', ['/confirmar', '5. Identificar actores clave para el proceso y acompañamiento', 'sí']);
    const opened = t.inbox('dele2').filter((message) => message.key === 'activity-opened-notify');
    const diagnosis = opened.find((message) => message.text.includes('6.'))!;
    expect(diagnosis.choices?.map((c) => c.label)).toEqual([t.es('next-upload', { product: 'Diagnóstico de situación actual', gad: 'Cuenca' })]);

    t.clock.advance(3 * DAY);
    t.say('dele2', '/recordatorios');
    expect(keys(tapOn('dele2', diagnosis, /Diagnóstico/))).toEqual(['upload-send-file']);
    expect(keys(t.say('dele2', '', { file: await pdf('diagnostico.pdf') }))).toEqual(['upload-stored', 'conversation-resumed', 'reminders-state-on']);
    expect(rows("SELECT product, version FROM documents WHERE product = 'diagnostico'")).toEqual([{ product: 'diagnostico', version: 1 }]);

    // Activity 7 stalls: its reminder carries "Subir «Mapeo de actores»" too.
    t.clock.advance(12 * DAY);
    runSweep(t);
    const stall = lastWith('dele2', 'stall-reminder');
    expect(stall.text).toContain('7.');
    t.say('dele2', '', { text: undefined, choiceId: choiceId(stall, /Mapeo de actores/) });
    expect(keys(t.say('dele2', '', { file: await pdf('mapeo.pdf') }))).toEqual(['upload-stored']);
    expect(rows("SELECT count(*) AS n FROM documents WHERE product = 'mapeo_actores'")).toEqual([{ n: 1 }]);
  });

  it('offers "Programar una sesión" to the POCL when the Foro has not met for five months', () => {
    ({ t } = foroFixture());
    t.clock.advance(153 * DAY);
    runSweep(t);
    const warning = lastWith('pocl', 'cadence-never-met');
    expect(keys(tapOn('pocl', warning, t.es('sessions-schedule-open')))).toEqual(['sessions-ask-kind']);
    t.say('pocl', 'una sola vez');
    talk('pocl', ['1 de junio de 2027', '10:00', '2 horas', 'Sala de sesiones', 'Plan de acción']);
    expect(keys(t.say('pocl', 'Confirmar'))).toEqual(['sessions-scheduled']);
    expect(t.count('foro_sessions')).toBe(1);
  });

  it('takes the plan from recording to evaluation through the buttons of its notices, announcing each milestone once', async () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gadId = gadAtActivity13(t);
    heldSession(t, gadId);
    t.join('alcalde', { role: 'autoridad', gadId });
    t.join('gn', { role: 'grupo_nucleo' });
    t.say('gn', '/language');
    t.say('gn', 'English');
    talk('pocl', ['/plan', t.es('plan-action-record'), '01/11/2026', '31/12/2027', ...commitmentAnswers('Presupuesto abierto', ['delegado'])]);
    talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), ...milestoneAnswers('Portal de presupuesto', '01/11/2026', '28/11/2026')]);
    talk('pocl', [t.es('plan-more-review'), t.es('choice-confirm')]);

    // The Foro approves it in a session with quorum; then the Presidencia sees the plan from its notice, and approves it.
    expect(talk('secre', planDecisionLines((key, args) => t.es(key, args))).at(-1)!.key).toBe('decisions-recorded');
    const request = lastWith('presi', 'plan-approval-request');
    expect(keys(tapOn('presi', request, t.es('plan-open')))).toEqual(['plan-summary', 'plan-menu']);
    t.say('presi', t.es('plan-action-approve'));
    t.say('presi', 'sí');
    const everyone = ['alcalde', 'delegado', 'gn', 'poc', 'pocl', 'presi', 'secre', 'monitor'];
    expect(recipients('milestone-notice', everyone)).toEqual(['alcalde', 'delegado', 'gn']);
    expect(lastWith('gn', 'milestone-notice').text).toContain('Progress in GAD Municipal de Loja');

    // The responsible person reports progress from the reminder, typing a percentage.
    runSweep(t);
    const reminder = lastWith('delegado', 'milestone-due-reminder');
    expect(keys(tapOn('delegado', reminder, t.es('plan-progress-open')))).toEqual(['plan-progress-completion-ask']);
    talk('delegado', ['100%', 'Portal publicado']);
    t.say('delegado', '', { file: await pdf('evidencia.pdf') });
    expect(keys(t.say('delegado', t.es('plan-evidence-done')))).toEqual(['plan-progress-saved']);

    // The POC confirms activity 13 from the approval's notice, the Secretaría 14 from the notice of its opening.
    const cocreation = lastWith('poc', 'plan-activity-13-notify');
    expect(keys(tapOn('poc', cocreation, /13/))).toEqual(['confirm-ask']);
    expect(keys(t.say('poc', 'sí'))).toEqual(['confirm-done-opened']);
    const implementation = lastWith('secre', 'activity-opened-notify');
    expect(keys(tapOn('secre', implementation, /14/))).toEqual(['confirm-ask']);
    t.say('secre', 'sí');
    // Closed and evaluated; the Foro confirms 15 from the notice that the evaluation is complete.
    talk('secre', ['/plan', t.es('plan-action-close'), 'sí']);
    talk('monitor', ['/plan', t.es('plan-action-evaluate'), 'Presupuesto abierto', 'sí', 'sí', 'moderado', 'significativo', 'Cumplió lo previsto']);
    const complete = lastWith('secre', 'plan-evaluation-complete-notify');
    expect(keys(tapOn('secre', complete, /15/))).toEqual(['confirm-ask']);
    expect(keys(t.say('secre', 'sí'))).toEqual(['confirm-done']);
    const notices = (who: string) => t.inbox(who).filter((message) => message.key === 'milestone-notice').map((message) => message.text);
    expect(notices('alcalde')).toEqual([
      expect.stringContaining('aprobó el Plan de Acción'),
      expect.stringContaining('se cerró'),
      expect.stringContaining('evaluación'),
    ]);
    expect(notices('gn')).toHaveLength(3);
    expect(recipients('milestone-notice', everyone)).toEqual(['alcalde', 'delegado', 'gn']);
  });

  it("tells the Autoridad and the Grupo Núcleo that the POCL joined, once", () => {
    t = testApp();
    const gad = createGad(t.app.db, { name: 'Paute', level: 'municipal', province: 'Azuay', canton: 'Paute', entry: 'interest', status: 'accepted', now: t.clock.now() });
    t.join('alcalde', { role: 'autoridad', gadId: gad.id });
    t.join('gn', { role: 'grupo_nucleo' });
    t.join('poc', { role: 'poc' });
    t.join('pocl', { role: 'pocl', gadId: gad.id });
    expect(recipients('milestone-notice', ['alcalde', 'gn', 'poc', 'pocl'])).toEqual(['alcalde', 'gn']);
    expect(recipients('pocl-joined-notify', ['alcalde', 'gn', 'poc', 'pocl'])).toEqual(['poc']);
  });
});
