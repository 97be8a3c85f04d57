/**
 * The Foro's decisions in process (console, FakeClock): the Presidencia cannot approve a
 * plan until a session with quorum approved it, and each refusal names what is missing;
 * the Secretaría records decisions with votes and the non-government endorsement; a
 * session lasts what its organizer said, carries its pre-reads, and its acta with its
 * decisions can be fetched again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSession, recordMinutes } from '../../../../src/store/sessions.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import type { TestApp } from '../../../support/app.js';
import { webTest } from '../../../support/web.js';
import { commitmentAnswers, gadAtActivity13, heldSession, milestoneAnswers, planDecisionLines } from '../../../support/plan-fixture.js';
import { foroFixture, newFor, parseIcs, press, runSweep, scheduleSession } from '../../../support/sessions-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

const HOUR = 3_600_000;
const talk = (who: string, lines: string[]): OutboxPayload[] => lines.flatMap((line) => t.say(who, line));
const personOf = (address: string) => (t.app.db.$client.prepare('SELECT person_id AS id FROM identities WHERE address = ?').get(address) as { id: number }).id;
/** Stores a small PDF as an upload would. */
async function pdf(body: string, name: string) {
  const stored = await t.app.documents.put(Buffer.from(`%PDF-1.4\n${body}\n`), name);
  if (!stored.ok) throw new Error('not stored');
  return stored.file;
}
const planStatus = () => (t.app.db.$client.prepare('SELECT status FROM plans').get() as { status: string }).status;

describe("the Foro's decisions", () => {
  it('approves a plan only after a session with quorum approved it, naming what is missing each time', async () => {
    const web = await webTest();
    t = web;
    const gadId = gadAtActivity13(t);
    talk('pocl', ['/plan', t.es('plan-action-record'), '01/11/2026', '31/12/2027', ...commitmentAnswers('Presupuesto abierto', ['delegado'])]);
    talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), ...milestoneAnswers('Portal de presupuesto', '01/12/2026', '28/02/2027')]);
    talk('pocl', [t.es('plan-more-review'), t.es('choice-confirm')]);
    const approve = () => talk('presi', ['/plan', t.es('plan-action-approve')]).at(-1)!;

    // No decision at all: refused, and told who records it and how.
    expect(approve()).toMatchObject({ key: 'plan-decision-missing', text: expect.stringContaining('/decisiones') });
    expect(planStatus()).toBe('draft');

    // Without its acta filed, a session offers no decisions.
    expect(t.say('secre', '/decisiones')[0]!.key).toBe('decisions-none');

    // A session two days ago where only the municipality (1 of 2 entities) was present: recorded, but without quorum.
    const now = t.clock.now();
    const thin = createSession(t.app.db, { gadId, startsAt: new Date(now.getTime() - 48 * HOUR), place: 'Sala', link: null, agenda: 'Plan', createdByPersonId: null }, now);
    recordMinutes(t.app.db, thin.id, [personOf('presi'), personOf('secre')], new Set([personOf('secre')]), now);
    t.say('secre', '/decisiones');
    expect(t.say('secre', '1')[0]!.key).toBe('decisions-ask-subject');
    expect(t.say('secre', t.es('decisions-subject', { subject: 'plan' }))[0]!.text).toContain('hubo 1 presentes');
    // More votes than entities present changes nothing and says why.
    expect(t.say('secre', '2 0 0')[0]!.key).toBe('decisions-votes-too-many');
    const summary = t.say('secre', '1 0 0')[0]!;
    expect(summary.text).toContain('Presentes: 1 de 2 entidades (quórum: 2)');
    expect(summary.text).toContain('No hay quórum');
    const noQuorum = t.say('secre', t.es('choice-confirm'))[0]!;
    expect(noQuorum).toMatchObject({ key: 'decisions-recorded', text: expect.stringContaining('Sin quórum') });
    expect(newFor(t, 'presi', 0).some((message) => message.key === 'decisions-notify')).toBe(true);
    const refusal = approve();
    expect(refusal.key).toBe('plan-decision-no-quorum');
    expect(refusal.text).toContain('1 de 2 entidades presentes; se requieren 2');
    expect(planStatus()).toBe('draft');

    // A session an hour ago with both entities: approved 2-0, the university endorsing it.
    heldSession(t, gadId);
    expect(talk('secre', planDecisionLines((key, args) => t.es(key, args))).at(-1)).toMatchObject({ key: 'decisions-recorded', text: expect.stringContaining('la Presidencia ya puede aprobarlo') });
    const decision = t.app.db.$client.prepare('SELECT quorum, outcome, endorsements, votes_for AS votesFor, present, seats FROM session_decisions ORDER BY id DESC').get();
    expect(decision).toEqual({ quorum: 1, outcome: 'approved', endorsements: '["Universidad"]', votesFor: 2, present: 2, seats: 2 });
    expect(approve().key).toBe('plan-approve-ask');
    expect(t.say('presi', t.es('choice-yes', { action: 'approve' }))[0]!.key).toBe('plan-published');
    expect(planStatus()).toBe('published');

    // The acta of that session can be asked for again, with its decisions.
    t.say('secre', '/sesiones');
    press(t, 'secre', t.es('sessions-action-more', { action: 'actas' }));
    const again = press(t, 'secre', /09:00/)[0]!;
    expect(again.key).toBe('sessions-acta-missing');
    expect(again.text).toContain('Aprobar el Plan de Acción: aprobada (a favor 2, en contra 0, abstenciones 0; 2 de 2 entidades, con quórum)');

    // The public portal shows each past session's decisions with their quorum.
    const page = (await web.get(`/gad/${gadId}`)).body;
    expect(page).toContain('aprobada (a favor 2, en contra 0, abstenciones 0; 2 de 2 entidades, con quórum)');
    expect(page).toContain('sin efecto por falta de quórum (a favor 1, en contra 0, abstenciones 0; 1 de 2 entidades, sin quórum)');
  });

  it('keeps each session its own length, sends pre-reads to the invited, and returns a filed acta', async () => {
    ({ t } = foroFixture());
    scheduleSession(t, 'sec', { date: '01/12/2026', time: '10:00', minutes: 90 });
    runSweep(t);
    const invite = newFor(t, 'ana', 0).find((message) => message.key === 'session-invite')!;
    expect(parseIcs(t, invite.file!).duration.toSeconds()).toBe(90 * 60);

    // A typed length is read too.
    t.say('sec', '/sesiones');
    press(t, 'sec', t.es('sessions-action', { action: 'new' }));
    press(t, 'sec', t.es('sessions-kind', { kind: 'once' }));
    talk('sec', ['02/12/2026', '10:00']);
    expect(t.say('sec', 'mucho')[0]!.key).toBe('sessions-duration-hint');
    expect(t.say('sec', '1:15')[0]!.key).toBe('sessions-ask-where');
    talk('sec', ['Sala', 'Varios']);
    expect(press(t, 'sec', t.es('choice-confirm'))[0]!.key).toBe('sessions-scheduled');
    expect(t.app.db.$client.prepare('SELECT duration_minutes AS minutes FROM foro_sessions ORDER BY id').all()).toEqual([{ minutes: 90 }, { minutes: 75 }]);

    // A pre-read goes to every member already invited.
    const before = newFor(t, 'dora', 0).length;
    t.say('sec', '/sesiones');
    press(t, 'sec', t.es('sessions-action-more', { action: 'preread' }));
    press(t, 'sec', /1 de diciembre/);
    const stored = await pdf('%borrador', 'borrador-plan.pdf');
    expect(t.say('sec', '', { text: undefined, file: stored })[0]!.key).toBe('sessions-confirm-preread');
    expect(press(t, 'sec', t.es('choice-confirm'))[0]).toMatchObject({ key: 'sessions-preread-attached', text: expect.stringContaining('3 persona(s)') });
    const preread = newFor(t, 'dora', before).find((message) => message.key === 'sessions-preread-notify')!;
    expect(preread.file).toMatchObject({ name: 'borrador-plan.pdf' });

    // After the session, its acta is filed with /acta; /sesiones sends it again.
    t.clock.set(new Date('2026-12-01T18:00:00Z'));
    const acta = await pdf('%acta', 'acta.pdf');
    t.say('sec', '/acta');
    t.say('sec', '', { text: undefined, file: acta });
    t.say('sec', '1,2,3');
    t.say('sec', t.es('minutes-attendance-done', { count: 3, total: 4 }));
    press(t, 'sec', t.es('choice-yes', { action: 'record' }));
    t.say('sec', '/sesiones');
    press(t, 'sec', t.es('sessions-action-more', { action: 'actas' }));
    const again = press(t, 'sec', /1 de diciembre/).at(-1)!;
    expect(again).toMatchObject({ key: 'sessions-acta-again', file: { name: 'acta.pdf' } });
  });
});
