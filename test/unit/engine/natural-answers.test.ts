/**
 * A Spanish-speaking official answering the way people write on a phone, for each item of
 * issue 14's "Rigid input", "No way back" and "Overlapping conversations": the natural
 * answers reach the same records as the exact ones. Replies are checked by message id.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../src/store/gads.js';
import { createPlan, setPlanStatus } from '../../../src/store/plans.js';
import type { OutboxPayload } from '../../../src/store/schema.js';
import { choiceId, testApp, type TestApp } from '../../support/app.js';
import { foroFixture, press, runSweep } from '../../support/sessions-fixture.js';
import { commitmentAnswers, gadAtActivity13 } from '../../support/plan-fixture.js';
import { STATE_TABLES } from '../../support/snapshot.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const keys = (messages: OutboxPayload[]) => messages.map((message) => message.key);
const rows = (sql: string, ...params: unknown[]) => t.app.db.$client.prepare(sql).all(...params) as Record<string, unknown>[];
/** Says each line in turn; returns every reply. */
const talk = (who: string, lines: string[]) => lines.flatMap((line) => t.say(who, line));
/** The process's records (the state tables but the open questions themselves), as JSON. */
const records = () => JSON.stringify(STATE_TABLES.filter((table) => table !== 'conversations' && table !== 'open_questions').map((table) => rows(`SELECT * FROM ${table}`)));
/** Presses a choice of the last message that offered one. */
const tap = (who: string, label: string | RegExp) => press(t, who, label);

/** Registers a parish's interest through /interes with the given answers (the last one confirms). */
function registerInterest(who: string, answers: string[]): Record<string, unknown> {
  t.say(who, '/interes');
  talk(who, answers);
  return rows('SELECT name, level, province, canton, gremio, status, details FROM gads')[0]!;
}

describe('rigid input, answered naturally', () => {
  it('reads an option by a word of it, without accents or case: the same GAD as the exact labels', () => {
    t = testApp();
    const exact = registerInterest('rosa', ['municipal', 'Azuay', 'Gualaceo', 'GAD Municipal de Gualaceo', 'Rosa Pérez', 'Alcaldesa', 'rosa@gualaceo.gob.ec', 'Queremos rendir cuentas', 'Confirmar']);
    t.cleanup();
    t = testApp();
    const natural = registerInterest('rosa', ['municipio', 'azuay', 'Gualaceo', 'GAD Municipal de Gualaceo', 'Rosa Pérez', 'Alcaldesa', 'rosa@gualaceo.gob.ec', 'Queremos rendir cuentas', 'sí']);
    expect(natural).toEqual(exact);
    expect(natural.level).toBe('municipal');
  });

  it('invites the Grupo Núcleo from "grupo nucleo"', () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    t.say('poc', '/invitar');
    expect(keys(t.say('poc', 'grupo nucleo'))).toEqual(['invite-ask-name']);
    expect(keys(t.say('poc', 'Marta Ruiz'))).toEqual(['invite-code']);
    expect(rows('SELECT role FROM invites ORDER BY id DESC LIMIT 1')[0]!.role).toBe('grupo_nucleo');
  });

  it('schedules a session from "8 de diciembre" and "3 pm", read back, as from 08/12/2026 and 15:00', () => {
    let apps = 0;
    const schedule = (date: string, time: string) => {
      if (apps++ > 0) t.cleanup();
      ({ t } = foroFixture());
      t.say('pocl', '/sesiones');
      tap('pocl', 'Programar una sesión');
      tap('pocl', 'Una sola vez');
      const noted = t.say('pocl', date)[0]!;
      const timeNoted = t.say('pocl', time)[0]!;
      talk('pocl', ['2 horas', 'Sala de sesiones', 'Plan de acción']);
      expect(keys(tap('pocl', 'Confirmar'))).toEqual(['sessions-scheduled']);
      return { startsAt: rows('SELECT starts_at FROM foro_sessions')[0]!.starts_at, noted, timeNoted };
    };
    const exact = schedule('08/12/2026', '15:00');
    const natural = schedule('8 de diciembre', '3 pm');
    expect(natural.startsAt).toBe(exact.startsAt);
    expect(natural.startsAt).toBe(new Date('2026-12-08T20:00:00Z').getTime());
    expect(natural.noted.text).toContain('martes, 8 de diciembre de 2026');
    expect(natural.timeNoted.text).toContain('15:00');
    expect(schedule('8/12', '15h00').startsAt).toBe(exact.startsAt);
    expect(schedule('el martes', '15:00').startsAt).toBe(new Date('2026-12-01T20:00:00Z').getTime());
  });

  it('answers an invitation with "Sí, asistiré" or "no puedo" as with its buttons', () => {
    ({ t } = foroFixture());
    t.say('pocl', '/sesiones');
    tap('pocl', 'Programar una sesión');
    tap('pocl', 'Una sola vez');
    talk('pocl', ['01/12/2026', '10:00', '2 horas', 'Sala', 'Agenda']);
    tap('pocl', 'Confirmar');
    runSweep(t);
    expect(keys(tap('dora', 'Asistiré'))).toEqual(['attendance-recorded-yes']);
    expect(keys(t.say('ana', 'Sí, asistiré'))).toEqual(['attendance-recorded-yes']);
    expect(keys(t.say('sec', 'no puedo, tengo otra reunión'))).toEqual(['attendance-recorded-no']);
    const responses = rows('SELECT p.display_name AS who, a.response FROM session_attendance a JOIN people p ON p.id = a.person_id WHERE a.response IS NOT NULL ORDER BY who');
    expect(responses).toEqual([
      { who: 'ana', response: 'yes' },
      { who: 'dora', response: 'yes' },
      { who: 'sec', response: 'no' },
    ]);
  });

  it('takes commands without the slash, suggests the command meant, and finds an invite code in any text', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    expect(keys(t.say('ana', 'ayuda'))).toEqual([undefined]);
    expect(t.say('ana', 'ayuda')[0]!.text).toContain('/invitar');
    expect(keys(t.say('ana', 'siguiente'))).toEqual(['next-none-national']);
    expect(keys(t.say('ana', '/sigiente'))).toEqual(['command-did-you-mean']);
    expect(t.say('ana', '/sigiente')[0]!.text).toContain('/siguiente');
    expect(keys(t.say('ana', 'sigiente'))).toEqual(['command-did-you-mean']);

    const first = t.app.invites.create({ role: 'grupo_nucleo' }).code;
    expect(keys(t.say('beto', `Buenas tardes, mi código es ${first.slice(0, 4)} ${first.slice(4, 8)} ${first.slice(8, 12)} ${first.slice(12)}`))).toEqual(['invite-welcome']);
    const second = t.app.invites.create({ role: 'poc' }).code;
    const forwarded = t.app.translator.t('es', 'invite-code', { label: 'Punto de contacto ante OGP (POC)', code: second, days: 7 });
    expect(keys(t.say('carla', forwarded))).toEqual(['invite-welcome']);
    expect(rows('SELECT role FROM memberships ORDER BY id').map((row) => row.role)).toEqual(['poc', 'grupo_nucleo', 'poc']);
  });

  it('reads a completion typed as "50%" as the substantial level', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gad = createGad(t.app.db, { name: 'Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now: t.clock.now() });
    t.join('pocl', { role: 'pocl', gadId: gad.id });
    seedPublishedPlan(gad.id);
    t.say('pocl', '/plan');
    tap('pocl', 'Informar el avance de un hito');
    tap('pocl', /Portal/);
    const noted = t.say('pocl', '50%')[0]!;
    expect(noted.text).toContain('50 % (sustancial)');
    talk('pocl', ['Publicamos la mitad de las partidas']);
    tap('pocl', 'Listo');
    expect(rows('SELECT completion FROM milestone_reports')).toEqual([{ completion: 'sustancial' }]);
  });
});

describe('a way back', () => {
  it('goes back one question with "Atrás" and changes one answer from the summary with "Editar un dato"', () => {
    t = testApp();
    t.say('rosa', '/interes');
    talk('rosa', ['parroquial rural', 'Azuay', 'Cuenca de Azuay']);
    // The canton was not what she meant: back from the name's question to the canton's.
    expect(t.inbox('rosa').at(-1)!.key).toBe('gad-name-ask');
    expect(t.say('rosa', 'atrás')[0]!.key).toBe('gad-canton-ask');
    talk('rosa', ['Cuenca', 'GAD Parroquial de Baños', 'Rosa Pérez', 'Presidenta', 'rosa@banos.gob.ec', 'Queremos rendir cuentas']);
    expect(keys(t.say('rosa', 'Editar un dato'))).toEqual(['form-edit-ask']);
    expect(keys(t.say('rosa', 'cargo'))).toEqual(['interest-position-ask']);
    expect(keys(t.say('rosa', 'Presidenta del GAD'))).toEqual(['interest-summary']);
    expect(keys(t.say('rosa', 'Confirmar'))).toEqual(['interest-registered']);
    const gad = rows('SELECT name, canton, details FROM gads')[0]!;
    expect(gad).toMatchObject({ name: 'GAD Parroquial de Baños', canton: 'Cuenca' });
    expect(JSON.parse(gad.details as string)).toMatchObject({ position: 'Presidenta del GAD', authority: 'Rosa Pérez' });
  });

  it('repeats the pending question after /ayuda, asks before /cancelar discards answers, keeps a long form as a draft', () => {
    t = testApp();
    t.say('rosa', '/interes');
    talk('rosa', ['municipal', 'Azuay', 'Paute']);
    expect(keys(t.say('rosa', '/ayuda'))).toEqual([undefined, 'gad-name-ask']);
    expect(keys(t.say('rosa', '/cancelar'))).toEqual(['cancel-ask']);
    const kept = t.say('rosa', 'no')[0]!;
    expect(kept.key).toBe('cancel-kept');
    expect(kept.text).toContain(t.es('gad-name-ask'));
    // Another command sets the form aside as a draft; its command takes it up again where it was.
    expect(keys(t.say('rosa', '/plan'))).toEqual(['draft-saved', 'plan-public-how']);
    t.clock.advance(3 * DAY);
    expect(keys(t.say('rosa', '/interes'))).toEqual(['draft-resumed', 'gad-name-ask']);
    talk('rosa', ['GAD Municipal de Paute', 'Luis Gómez', 'Alcalde', '0991234567', 'Participación ciudadana']);
    expect(keys(t.say('rosa', 'Confirmar'))).toEqual(['interest-registered']);
    expect(rows('SELECT canton FROM gads')).toEqual([{ canton: 'Paute' }]);
    // Left idle, the draft of a second GAD waits seven days; /cancelar with "sí" discards it.
    t.say('rosa', '/interes');
    talk('rosa', ['provincial', 'Azuay']);
    t.clock.advance(13 * HOUR);
    expect(keys(t.say('rosa', 'hola'))).toEqual(['draft-saved', 'no-conversation']);
    t.clock.advance(6 * DAY);
    expect(keys(t.say('rosa', '/interes'))).toEqual(['draft-resumed', 'gad-name-ask']);
    expect(keys(t.say('rosa', '/cancelar'))).toEqual(['cancel-ask']);
    expect(keys(t.say('rosa', 'sí'))).toEqual(['cancelled']);
    expect(t.count('open_questions')).toBe(0);
    expect(t.count('conversations')).toBe(0);
  });
});

describe('a way back through a long plan', () => {
  it('asks before /cancelar throws the plan away, keeps it as a draft, and changes one milestone date from the review', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    gadAtActivity13(t);
    talk('pocl', ['/plan', t.es('plan-action-record'), '1 de noviembre', '31/12/2027', ...commitmentAnswers('Presupuesto abierto', ['delegado'])]);
    talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), 'Portal de presupuesto', '1/11']);
    expect(keys(t.say('pocl', '/cancelar'))).toEqual(['cancel-ask']);
    expect(keys(t.say('pocl', 'no'))).toEqual(['cancel-kept']);
    // Gone for the day: the answers wait as a draft, and /plan takes them up where they were.
    t.clock.advance(20 * HOUR);
    expect(keys(t.say('pocl', '/siguiente'))[0]).toBe('draft-saved');
    expect(keys(t.say('pocl', '/plan'))).toEqual(['draft-resumed', 'plan-milestone-due-ask']);
    expect(t.say('pocl', '30 de noviembre')[0]!).toMatchObject({ key: 'plan-milestone-added', text: expect.stringContaining('30 de noviembre de 2026') });
    const review = talk('pocl', [t.es('plan-more-review')]).at(-1)!;
    expect(review.text).toContain('Portal de presupuesto: 01/11/2026 → 30/11/2026');
    // "Editar un dato": the milestone, then its due date; back at the review with the new date.
    expect(keys(t.say('pocl', t.es('choice-edit')))).toEqual(['plan-edit-ask']);
    expect(keys(t.say('pocl', 'hito 1.1'))).toEqual(['form-edit-ask']);
    expect(keys(t.say('pocl', 'fecha de entrega'))).toEqual(['plan-milestone-due-ask']);
    const edited = t.say('pocl', '15/12')[0]!;
    expect(edited.key).toBe('plan-draft-summary');
    expect(edited.text).toContain('Portal de presupuesto: 01/11/2026 → 15/12/2026');
    expect(keys(t.say('pocl', 'sí'))).toContain('plan-saved-for-approval');
    expect(rows('SELECT deliverable, start_date, due_date FROM milestones')).toEqual([{ deliverable: 'Portal de presupuesto', start_date: '2026-11-01', due_date: '2026-12-15' }]);
  });
});

describe('several open questions', () => {
  it('asks which question a bare "1" answers when an invitation arrives during /recordatorios, and loses neither', () => {
    ({ t } = foroFixture());
    const asked = t.say('ana', '/recordatorios')[0]!;
    expect(asked.key).toBe('reminders-state-on');
    t.clock.advance(MINUTE);
    t.say('pocl', '/sesiones');
    tap('pocl', 'Programar una sesión');
    tap('pocl', 'Una sola vez');
    talk('pocl', ['01/12/2026', '10:00', '2 horas', 'Sala', 'Agenda']);
    tap('pocl', 'Confirmar');
    runSweep(t);
    const before = records();
    const which = t.say('ana', '1')[0]!;
    expect(which.key).toBe('which-question');
    expect(which.choices?.map((c) => c.label)).toEqual([expect.stringContaining('«Silenciar'), expect.stringContaining('«Asistiré»')]);
    expect(records()).toBe(before);
    expect(keys(t.say('ana', '', { text: undefined, choiceId: choiceId(which, /Asistiré/) }))).toEqual(['attendance-recorded-yes']);
    // The reminders question is still open: a typed answer still reaches it.
    expect(keys(t.say('ana', 'dejar'))).toEqual(['reminders-unchanged']);
    expect(rows('SELECT response FROM session_attendance WHERE person_id = (SELECT id FROM people WHERE display_name = ?)', 'ana')).toEqual([{ response: 'yes' }]);
    expect(rows("SELECT reminders_muted FROM people WHERE display_name = 'ana'")).toEqual([{ reminders_muted: 0 }]);
  });

  it('forwards a free-text answer or a file to the POC who asked for information, and "Revisar" opens the review days later mid-conversation', async () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    registerInterest('rosa', ['parroquial rural', 'Azuay', 'Cuenca', 'GAD Parroquial de Baños', 'Rosa Pérez', 'Presidenta', 'rosa@banos.gob.ec', 'Queremos rendir cuentas', 'Confirmar']);
    const notice = t.inbox('poc').at(-1)!;
    expect(notice.key).toBe('interest-notify-review');
    // Three days later, in the middle of /idioma, the POC taps "Revisar" on that message.
    t.clock.advance(3 * DAY);
    t.say('poc', '/idioma');
    expect(keys(t.say('poc', '', { text: undefined, choiceId: choiceId(notice, 'Revisar') }))).toEqual(['review-ask-decision']);
    tap('poc', 'Pedir más información');
    expect(keys(t.say('poc', '¿Cuántos habitantes tiene la parroquia?'))).toEqual(['review-info-sent', 'conversation-resumed', 'language-ask']);
    expect(keys(t.say('poc', 'Español'))).toEqual(['language-changed']);

    expect(keys(t.say('rosa', 'Sí, lo envío por correo mañana'))).toEqual(['interest-answer-sent']);
    const answered = t.inbox('poc').at(-1)!;
    expect(answered.key).toBe('interest-info-answered-poc');
    expect(answered.text).toContain('Sí, lo envío por correo mañana');
    expect(JSON.parse(rows('SELECT details FROM gads')[0]!.details as string).infoAnswer).toBe('Sí, lo envío por correo mañana');

    // Asked again, the requester answers with a file: stored with the GAD and forwarded.
    t.say('poc', '', { text: undefined, choiceId: choiceId(answered, 'Revisar') });
    tap('poc', 'Pedir más información');
    t.say('poc', 'Envíe el acta de la junta parroquial, por favor');
    const stored = await t.app.documents.put(Buffer.from('%PDF-1.4\n%acta\n'), 'acta-junta.pdf');
    if (!stored.ok) throw new Error('not stored');
    expect(keys(t.say('rosa', '', { text: undefined, file: stored.file }))).toEqual(['interest-answer-sent']);
    const forwarded = t.inbox('poc').filter((message) => message.file).at(-1)!;
    expect(forwarded.key).toBe('interest-answer-file-poc');
    expect(forwarded.file?.sha256).toBe(stored.file.sha256);
    expect(rows('SELECT gad_id, product FROM documents')).toEqual([{ gad_id: 1, product: 'sin_clasificar' }]);

    // The POC accepts from the last message's "Revisar"; the older "Revisar" buttons are then stale.
    const latest = t.inbox('poc').filter((message) => message.key === 'interest-info-answered-poc').at(-1)!;
    t.say('poc', '', { text: undefined, choiceId: choiceId(latest, 'Revisar') });
    tap('poc', 'Aceptar');
    expect(rows('SELECT status FROM gads')).toEqual([{ status: 'accepted' }]);
    expect(keys(t.say('poc', '', { text: undefined, choiceId: choiceId(notice, 'Revisar') }))).toEqual(['choice-stale']);
  });
});

/** A published plan of the GAD with one milestone due on 1 December 2026, recorded through the store. */
function seedPublishedPlan(gadId: number): void {
  const now = t.clock.now();
  const draft = {
    periodStart: '2026-11-01',
    periodEnd: '2027-12-31',
    commitments: [
      {
        title: 'Presupuesto abierto',
        problem: 'Problema',
        objective: 'Objetivo',
        expectedResults: 'Resultados',
        pillars: ['transparencia' as const],
        responsibleEntity: 'Dirección',
        responsiblePersonId: null,
        responsibleName: 'Luis',
        counterparts: [],
        milestones: [{ deliverable: 'Portal de presupuesto', startDate: '2026-11-01', dueDate: '2026-12-01' }],
      },
    ],
  };
  const { plan } = createPlan(t.app.db, gadId, draft, { personId: null, now });
  setPlanStatus(t.app.db, plan.id, 'published', now);
}
