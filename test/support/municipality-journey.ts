/**
 * One municipality walks the Guía from /interes to activity 11, each actor a different
 * person: every confirmation is asked first, activities 5 and 8 need the actor map and the
 * Foro's invitations, activity 4 its sensibilización's attendance list (/capacitaciones), the
 * actas of 9 and 10 are filed with /acta for real sessions, and 11 needs the Foro's approval
 * of the normativa in a session with quorum (/decisiones).
 * The journey every channel must carry the same way: the console runs it spawned
 * (test/e2e/journey.test.ts), the WhatsApp Cloud API adapter in process.
 */
import { expect } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import type { OutMessage } from './spawn.js';

/** An invite as the admin CLI creates it. */
export interface JourneyGrant {
  role: string;
  gremio?: string;
}

/** What the journey needs of a channel: the console's line syntax in, its messages out. */
export interface JourneyDriver {
  /** One line as a person types it on the console: "@handle: text"; "/adjuntar PATH" attaches a file. */
  send(line: string): void;
  /** Every outbound message so far, in order. */
  messages(): OutMessage[];
  /** The first message after the `from`-th that satisfies `match`, once it has gone out. */
  waitFor(match: (message: OutMessage) => boolean, from: number): Promise<OutMessage>;
  /** A new invite's code. */
  invite(grant: JourneyGrant): string;
  /** The path of a small PDF to attach. */
  pdf: string;
  /** Today in the bot's time zone, as DD/MM/YYYY, early enough that 15:00 and 16:00 are still ahead. */
  today: string;
}

const CODE = /([0-9A-Z]{16})/;
const translator = new Translator();
/** A Spanish label, typed as a person would. */
const es = (key: string, args?: Record<string, string | number>) => translator.t('es', key, args);

/** Runs the journey, asserting that exactly the right people hear of each step. */
export async function municipalityJourney(driver: JourneyDriver): Promise<void> {
  const codes = {
    poc: driver.invite({ role: 'poc' }),
    gn: driver.invite({ role: 'grupo_nucleo' }),
    ame: driver.invite({ role: 'gremio', gremio: 'AME' }),
    congope: driver.invite({ role: 'gremio', gremio: 'CONGOPE' }),
  };
  const { pdf, today } = driver;
  const say = (line: string) => driver.send(line);
  let mark = 0;
  /** Sends lines, then waits for the message `key` to `to` (containing `text`, if given); returns it. */
  const expectReply = async (lines: string[], to: string, key: string | readonly string[], text?: string): Promise<OutMessage> => {
    mark = driver.messages().length;
    lines.forEach(say);
    const keys = typeof key === 'string' ? [key] : key;
    return driver.waitFor((msg) => msg.to === to && keys.includes(msg.key ?? '') && (text === undefined || msg.text.includes(text)), mark);
  };
  const codeIn = (message: OutMessage) => CODE.exec(message.text)![1]!;
  const yes = es('choice-yes', { action: 'confirm' });
  const done = ['confirm-done', 'confirm-done-opened'];
  /** Confirms an activity as `who` (after the question), waiting for the record. */
  const confirm = async (who: string, lines: string[], activity: number) => {
    await expectReply(lines.map((line) => `@${who}: ${line}`), who, 'confirm-ask', `${activity}. `);
    return expectReply([`@${who}: ${yes}`], who, done, `${activity}. `);
  };

  for (const [handle, code] of Object.entries(codes)) await expectReply([`@${handle}: ${code}`], handle, 'invite-welcome');

  // Route a: interest, notified at once to POC, Grupo Núcleo and AME — nobody else.
  const beforeInterest = driver.messages().length;
  await expectReply(
    ['@alcaldia: /interes', 'municipal', 'Azuay', 'Cuenca', 'GAD Municipal de Cuenca', 'Cristian Zamora', 'Alcalde', 'alcaldia@cuenca.gob.ec', 'Queremos abrir el gobierno', es('choice-confirm')],
    'alcaldia',
    'interest-registered',
    'GAD Municipal de Cuenca',
  );
  // The POC's notice is the one with the "Revisar" button.
  const notified = driver.messages().slice(beforeInterest).filter((msg) => msg.key === 'interest-notify' || msg.key === 'interest-notify-review');
  expect(notified.map((msg) => msg.to).sort()).toEqual(['ame', 'gn', 'poc']);
  expect(notified[0]!.text).toContain('Cristian Zamora');

  // A repeat is caught right after the canton; the POC learns who wrote and how to reach them.
  const existing = await expectReply(['@vecino: /interes', 'municipal', 'Azuay', 'CUENCA'], 'vecino', 'gad-existing-ask');
  expect(existing.choices?.[0]?.label).toContain('GAD Municipal de Cuenca');
  await expectReply(['@vecino: 1', 'Otra Persona', 'Concejal', '0991234567', 'Queremos participar', es('choice-confirm')], 'vecino', 'interest-duplicate');
  await driver.waitFor((msg) => msg.to === 'poc' && msg.key === 'interest-repeat-named' && msg.text.includes('0991234567'), mark);

  // The POC accepts; the requester receives the Autoridad's invite, labelled for the authority named.
  await expectReply(['@poc: /revisar', 'GAD Municipal de Cuenca (Azuay)', es('review-accept')], 'poc', 'review-accepted', 'GAD Municipal de Cuenca');
  const authorityInvite = await driver.waitFor((msg) => msg.to === 'alcaldia' && msg.key === 'invite-code', mark);
  expect(authorityInvite.text).toContain('para Cristian Zamora');
  await expectReply([`@alcalde: ${codeIn(authorityInvite)}`], 'alcalde', 'invite-welcome', 'Autoridad del Gobierno local');
  await expectReply(['@alcalde: Cristian Zamora', 'Alcalde', 'GAD Municipal de Cuenca'], 'alcalde', 'profile-saved');

  // Activity 2 needs its two documents and the designations.
  let refusal = await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', 'confirm-missing', '2. ');
  expect(refusal.text).toContain('Oficio de delegación');
  expect(refusal.text).toContain('Punto de contacto local (POCL)');
  const stored = 'upload-stored';
  await expectReply(['@alcalde: /subir', '2 · Oficio de delegación', `/adjuntar ${pdf}`], 'alcalde', stored);
  await expectReply(['@alcalde: /subir', '2 · Acta de intención o compromiso', `/adjuntar ${pdf}`], 'alcalde', stored);
  const poclInvite = await expectReply(['@alcalde: /designar', 'Punto de contacto local (POCL)', 'Paola Contreras'], 'alcalde', 'invite-code');
  const delegadoInvite = await expectReply(['@alcalde: /designar', 'Equipo delegado del Gobierno local', 'Diego Delgado'], 'alcalde', 'invite-code');
  // The Autoridad cannot take its own POCL invite: the rule is named.
  await expectReply([`@alcalde: ${codeIn(poclInvite)}`], 'alcalde', 'invite-refused-duty', 'no puede ser ella misma POCL');
  await expectReply([`@pocl: ${codeIn(poclInvite)}`], 'pocl', 'invite-welcome', 'para Paola Contreras');
  const poclJoined = driver.messages().slice(mark).filter((msg) => msg.key === 'pocl-joined-notify');
  expect(poclJoined.map((msg) => msg.to).sort()).toEqual(['ame', 'poc']);
  // The Autoridad and the Grupo Núcleo hear it as a milestone of the process.
  const milestone = driver.messages().slice(mark).filter((msg) => msg.key === 'milestone-notice');
  expect(milestone.map((msg) => msg.to).sort()).toEqual(['alcalde', 'gn']);
  await expectReply([`@delegado: ${codeIn(delegadoInvite)}`], 'delegado', 'invite-welcome');

  // A Delegado cannot confirm the Autoridad's activity.
  await expectReply(['@delegado: /confirmar'], 'delegado', 'gad-none');
  await confirm('alcalde', ['/confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 2);

  // 4 by the gremio, once its sensibilización is held: scheduled with its materials, then its attendance list recorded.
  const sensibilizacion = '4. Sensibilización en el proceso de GA/EA a equipo delegado';
  refusal = await expectReply(['@ame: /confirmar', 'GAD Municipal de Cuenca (Azuay)', sensibilizacion], 'ame', 'confirm-missing', '4. ');
  expect(refusal.text).toContain(es('missing-training'));
  const training = ['/capacitaciones', 'GAD Municipal de Cuenca (Azuay)', 'Conceptos de gobierno abierto', today, '15:00', es('sessions-duration', { minutes: 120 }), 'Sala de capacitación', `/adjuntar ${pdf}`, es('choice-confirm')];
  await expectReply(training.map((line) => `@ame: ${line}`), 'ame', 'trainings-scheduled');
  const recordTraining = ['/capacitaciones', 'GAD Municipal de Cuenca (Azuay)', es('trainings-action', { action: 'attendance' }), '1,2', es('choice-confirm')];
  await expectReply(recordTraining.map((line) => `@ame: ${line}`), 'ame', 'trainings-attendance-recorded', '(2 de 2)');
  await confirm('ame', ['/confirmar', 'GAD Municipal de Cuenca (Azuay)', sensibilizacion], 4);
  // 5 needs the actor map's four sectors; 6-8 by the Delegado, with their products and invitations.
  refusal = await expectReply(['@delegado: /confirmar', '5. Identificar actores clave para el proceso y acompañamiento'], 'delegado', 'confirm-missing');
  expect(refusal.text).toContain(es('missing-actor-map', { sector: 'academia' }));
  const sectors = [
    ['Municipio de Cuenca', 'gobierno local'],
    ['Universidad de Cuenca', 'academia'],
    ['Fundación Ciudadanía', 'sociedad civil'],
    ['Cámara de Comercio', 'sector privado'],
  ] as const;
  for (const [entity, sector] of sectors) {
    await expectReply(['@delegado: /foro', es('foro-action-entity'), entity, sector, 'contacto@example.org', 'Trabaja en transparencia', es('choice-done')], 'delegado', 'foro-bye');
    expect(driver.messages().slice(mark).some((msg) => msg.to === 'delegado' && msg.key === 'foro-entity-added' && msg.text.includes(entity))).toBe(true);
  }
  await confirm('delegado', ['/confirmar', '5. Identificar actores clave para el proceso y acompañamiento'], 5);
  await expectReply(['@delegado: /siguiente'], 'delegado', 'next-choose');
  expect(driver.messages().slice(mark).some((msg) => msg.to === 'delegado' && msg.text.includes('Diagnóstico de situación actual'))).toBe(true);
  await expectReply([`@delegado: ${es('next-upload', { product: 'Diagnóstico de situación actual', gad: 'GAD Municipal de Cuenca' })}`, `/adjuntar ${pdf}`], 'delegado', stored);
  await confirm('delegado', ['/confirmar', '6. Elaborar/ actualizar y analizar el estado de situación actual de la entidad'], 6);
  await expectReply(['@delegado: /subir', '7 · Mapeo de actores', `/adjuntar ${pdf}`], 'delegado', stored);
  await confirm('delegado', ['/confirmar', '7. Realizar el mapeo de actores involucrados'], 7);

  /** /confirmar 9 as the POCL: the refusal, or the question before recording it. */
  const confirm9 = async () => {
    mark = driver.messages().length;
    say('@pocl: /confirmar');
    say('@pocl: 9. Conformar el foro multiactor');
    return driver.waitFor((msg) => msg.to === 'pocl' && ['confirm-missing', 'confirm-ask'].includes(msg.key ?? ''), mark);
  };
  const takeSeat = async (entity: string, seat: 'principal' | 'suplente', handle: string) => {
    const code = await expectReply(['@delegado: /foro', es('foro-action-seat'), entity, seat, `Persona ${handle}`], 'delegado', 'invite-code', `para Persona ${handle}`);
    await expectReply([`@${handle}: ${codeIn(code)}`], handle, 'invite-welcome', 'GAD Municipal de Cuenca');
  };
  for (const [index, [entity]] of sectors.slice(0, 3).entries()) {
    await takeSeat(entity, 'principal', `p${index}`);
    await takeSeat(entity, 'suplente', `s${index}`);
  }
  refusal = await expectReply(['@delegado: /confirmar', '8. Realizar el acercamiento con actores interesados en el proceso'], 'delegado', 'confirm-missing');
  expect(refusal.text).toContain(es('missing-approach', { sector: 'sector privado' }));
  await takeSeat('Cámara de Comercio', 'principal', 'p3');
  await confirm('delegado', ['/confirmar', '8. Realizar el acercamiento con actores interesados en el proceso'], 8);

  // The Foro: four sectors, principal and suplente each, three offices, and the acta of a real session.
  const lacksSuplente = (await confirm9()).text;
  expect(lacksSuplente).toContain(es('missing-foro-suplente', { sector: 'sector privado' }));
  await takeSeat('Cámara de Comercio', 'suplente', 's3');
  for (const [office, holder] of [['Presidencia', 'p1'], ['Co-Presidencia', 'p2'], ['Secretaría Técnica', 'p0']]) {
    const member = holder === 'p1' ? 'Universidad de Cuenca' : holder === 'p2' ? 'Fundación Ciudadanía' : 'Municipio de Cuenca';
    await expectReply(['@delegado: /foro', es('foro-action-office'), office!, `${holder} (${member})`, es('choice-done')], 'delegado', 'foro-bye');
    if (office === 'Co-Presidencia') {
      const lacksOfficer = (await confirm9()).text;
      expect(lacksOfficer).toContain(es('missing-foro-office', { office: 'Secretaría Técnica' }));
      expect(lacksOfficer).not.toContain('sector privado');
    }
  }
  const lacksActa = (await confirm9()).text;
  expect(lacksActa).toContain(es('missing-session-acta', { product: 'Acta de sesión del FM' }));
  expect(lacksActa).not.toContain('Secretaría Técnica');
  /** Schedules a session today as the Secretaría, then files its acta with /acta, everyone but the last two present. */
  const holdSession = async (time: string) => {
    const schedule = ['/sesiones', es('sessions-action', { action: 'new' }), es('sessions-kind', { kind: 'once' }), today, time, es('sessions-duration', { minutes: 120 }), 'Sala de sesiones', 'Orden del día', es('choice-confirm')];
    await expectReply(schedule.map((line) => `@p0: ${line}`), 'p0', 'sessions-scheduled');
    mark = driver.messages().length;
    say('@p0: /acta');
    const asked = await driver.waitFor((msg) => msg.to === 'p0' && ['minutes-ask-file', 'minutes-ask-session'].includes(msg.key ?? ''), mark);
    if (asked.key === 'minutes-ask-session') say('@p0: 1');
    await expectReply([`@p0: /adjuntar ${pdf}`], 'p0', 'minutes-attendance-ask');
    await expectReply(['@p0: 1,2,3,4,5,6', '@p0: 9'], 'p0', 'minutes-confirm-ask', 'Asistieron (6 de 8)');
    return expectReply([`@p0: ${es('choice-yes', { action: 'record' })}`], 'p0', 'minutes-filed');
  };
  expect((await holdSession('15:00')).text).toContain('de la actividad 9');
  expect((await confirm9()).key).toBe('confirm-ask');
  await expectReply([`@pocl: ${yes}`], 'pocl', done, '9. ');

  // 10 by a Foro officer (the acta of a second session counts for it), 11 by the Autoridad.
  await expectReply(['@p1: /subir', '10 · Propuesta de normativa para constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', stored);
  expect((await holdSession('16:00')).text).toContain('de la actividad 10');
  await confirm('p1', ['/confirmar', '10. Cocrear la normativa de constitución y funcionamiento del FM'], 10);
  await expectReply(['@alcalde: /subir', '11 · Normativa de constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'alcalde', stored);
  // 11 needs the Foro's approval of the normativa in a session with quorum (3 of its 4 entities were present).
  refusal = await expectReply(['@alcalde: /confirmar', '11. Aprobar la normativa'], 'alcalde', 'confirm-missing', '11. ');
  expect(refusal.text).toContain(es('missing-decision', { subject: 'normativa' }));
  const decision = ['/decisiones', '1', es('decisions-subject', { subject: 'normativa' }), '3 0 0', es('choice-confirm')];
  await expectReply(decision.map((line) => `@p0: ${line}`), 'p0', 'decisions-recorded', 'presentes 3 de 4 entidades');
  await confirm('alcalde', ['/confirmar', '11. Aprobar la normativa'], 11);

  const summary = await expectReply(['@pocl: /estado'], 'pocl', 'status-summary', 'GAD Municipal de Cuenca');
  expect(summary.text.length).toBeLessThanOrEqual(600);
  const status = await expectReply([`@pocl: ${es('choice-detail')}`], 'pocl', 'status-header', 'GAD Municipal de Cuenca');
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) expect(status.text).toMatch(new RegExp(`✅ ${n}\\. `));
  expect(status.text).toMatch(/🟡 12\. /);
  expect(status.text).toMatch(/⏳ 13\. /);
  expect(status.text).toContain('por Cristian Zamora');

  // CONGOPE (provincial gremio) never heard about this municipality.
  expect(driver.messages().filter((msg) => msg.to === 'congope').map((msg) => msg.key)).toEqual(['invite-welcome']);
}
