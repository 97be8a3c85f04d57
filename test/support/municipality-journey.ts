/**
 * One municipality walks the Guía from /interes to activity 11, each actor a different
 * person answering the one-time profile: the journey every channel must carry the same way. The console runs it spawned
 * (test/e2e/journey.test.ts); the WhatsApp Cloud API adapter runs it in process.
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
  /** The bot's clock (sessions are scheduled relative to it). */
  now(): Date;
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
  const { pdf } = driver;
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
  /** Redeems `code` as `handle`, answers the one-time profile (the handle as full name) and returns the welcome. */
  const joinAs = async (handle: string, code: string, welcome: string, text?: string): Promise<OutMessage> => {
    const message = await expectReply([`@${handle}: ${code}`], handle, welcome, text);
    await expectReply([`@${handle}: ${handle}`, `@${handle}: Cargo de ${handle}`, `@${handle}: Institución de ${handle}`], handle, 'profile-saved');
    return message;
  };

  for (const [handle, code] of Object.entries(codes)) await joinAs(handle, code, 'invite-welcome');

  // Route a: interest, notified at once to POC, Grupo Núcleo and AME — nobody else.
  const beforeInterest = driver.messages().length;
  await expectReply(
    ['@alcaldia: /interes', 'municipal', 'Azuay', 'Cuenca', 'GAD Municipal de Cuenca', 'Cristian Zamora', 'Alcalde', 'alcaldia@cuenca.gob.ec', 'Queremos abrir el gobierno', es('choice-confirm')],
    'alcaldia',
    'interest-registered',
    'GAD Municipal de Cuenca',
  );
  const notified = driver.messages().slice(beforeInterest).filter((msg) => msg.key === 'interest-notify');
  expect(notified.map((msg) => msg.to).sort()).toEqual(['ame', 'gn', 'poc']);
  expect(notified[0]!.text).toContain('Cristian Zamora');

  // A repeat is not duplicated.
  await expectReply(['@vecino: /interes', 'municipal', 'Azuay', 'CUENCA', '1', 'Otra Persona', 'Concejal', '0991234567', 'Queremos participar', es('choice-confirm')], 'vecino', 'interest-duplicate');

  // The POC accepts; the requester receives the Autoridad's invite.
  await expectReply(['@poc: /revisar', 'GAD Municipal de Cuenca (Azuay)', es('review-accept')], 'poc', 'review-accepted', 'GAD Municipal de Cuenca');
  const authorityInvite = await driver.waitFor((msg) => msg.to === 'alcaldia' && msg.key === 'invite-code', mark);
  await joinAs('alcalde', codeIn(authorityInvite), 'invite-welcome', 'Autoridad del Gobierno local');

  // Activity 2 needs its two documents and the designations.
  let refusal = await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos'], 'alcalde', 'confirm-missing', '2. ');
  expect(refusal.text).toContain('Oficio de delegación');
  expect(refusal.text).toContain('Punto de contacto local (POCL)');
  const stored = 'upload-stored';
  await expectReply(['@alcalde: /subir', '2 · Oficio de delegación', `/adjuntar ${pdf}`], 'alcalde', stored);
  await expectReply(['@alcalde: /subir', '2 · Acta de intención o compromiso', `/adjuntar ${pdf}`], 'alcalde', stored);
  const poclInvite = await expectReply(['@alcalde: /designar', 'Punto de contacto local (POCL)', 'pocl'], 'alcalde', ['invite-created', 'invite-code']);
  const delegadoInvite = await expectReply(['@alcalde: /designar', 'Equipo delegado del Gobierno local', 'delegado'], 'alcalde', ['invite-created', 'invite-code']);
  const beforePocl = driver.messages().length;
  await joinAs('pocl', codeIn(poclInvite), 'invite-welcome');
  const poclJoined = driver.messages().slice(beforePocl).filter((msg) => msg.key === 'pocl-joined-notify');
  expect(poclJoined.map((msg) => msg.to).sort()).toEqual(['ame', 'poc']);
  await joinAs('delegado', codeIn(delegadoInvite), 'invite-welcome');

  // A Delegado cannot confirm the Autoridad's activity.
  await expectReply(['@delegado: /confirmar'], 'delegado', 'gad-none');
  const done = ['confirm-done', 'confirm-done-opened'];
  /** The answer to "¿Confirma?" before an activity is recorded. */
  const YES = es('choice-yes', { action: 'confirm' });
  await expectReply(['@alcalde: /confirmar', '2. Suscribir intención o compromiso y designación de delegados técnicos', YES], 'alcalde', done, '2. ');

  // 4 by the gremio.
  await expectReply(['@ame: /confirmar', 'GAD Municipal de Cuenca (Azuay)', '4. Sensibilización en el proceso de GA/EA a equipo delegado', YES], 'ame', done, '4. ');

  // 5 needs the actor map: an entity of each of the four sectors.
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
  await expectReply(['@delegado: /confirmar', '5. Identificar actores clave para el proceso y acompañamiento', YES], 'delegado', done, '5. ');

  // 6 and 7 by the Delegado, with their products.
  await expectReply(['@delegado: /siguiente'], 'delegado', 'next-choose');
  expect(driver.messages().slice(mark).some((msg) => msg.to === 'delegado' && msg.text.includes('Diagnóstico de situación actual'))).toBe(true);
  await expectReply([`@delegado: ${es('next-upload', { product: 'Diagnóstico de situación actual', gad: 'GAD Municipal de Cuenca' })}`, `/adjuntar ${pdf}`], 'delegado', stored);
  await expectReply(['@delegado: /confirmar', '6. Elaborar/ actualizar y analizar el estado de situación actual de la entidad', YES], 'delegado', done, '6. ');
  await expectReply(['@delegado: /subir', '7 · Mapeo de actores', `/adjuntar ${pdf}`], 'delegado', stored);
  await expectReply(['@delegado: /confirmar', '7. Realizar el mapeo de actores involucrados', YES], 'delegado', done, '7. ');

  // 8 needs the seats invited: principal and suplente of each entity, each joining.
  /** /confirmar 9 as the POCL: the refusal's text, or the confirmation's. */
  const confirm9 = async () => {
    mark = driver.messages().length;
    say('@pocl: /confirmar');
    say('@pocl: 9. Conformar el foro multiactor');
    return driver.waitFor((msg) => msg.to === 'pocl' && ['confirm-missing', 'confirm-ask'].includes(msg.key ?? ''), mark);
  };
  const takeSeat = async (entity: string, seat: 'principal' | 'suplente', handle: string) => {
    const code = await expectReply(['@delegado: /foro', es('foro-action-seat'), entity, seat, handle], 'delegado', ['invite-created', 'invite-code']);
    say('@delegado: /cancelar');
    await joinAs(handle, codeIn(code), 'invite-welcome', 'GAD Municipal de Cuenca');
  };
  for (const [index, [entity]] of sectors.slice(0, 3).entries()) {
    await takeSeat(entity, 'principal', `p${index}`);
    await takeSeat(entity, 'suplente', `s${index}`);
  }
  /** /confirmar 8 as the Delegado: the refusal, or the question before recording it. */
  const confirm8 = () => expectReply(['@delegado: /confirmar', '8. Realizar el acercamiento con actores interesados en el proceso'], 'delegado', ['confirm-missing', 'confirm-ask']);
  refusal = await confirm8();
  expect(refusal.key).toBe('confirm-missing');
  expect(refusal.text).toContain('sector privado');
  await takeSeat('Cámara de Comercio', 'principal', 'p3');
  await takeSeat('Cámara de Comercio', 'suplente', 's3');
  expect((await confirm8()).key).toBe('confirm-ask');
  await expectReply([YES], 'delegado', done, '8. ');

  // 9: the three offices, then the acta of a real session, filed with /acta by the Secretaría.
  for (const [office, holder] of [['Presidencia', 'p1'], ['Co-Presidencia', 'p2'], ['Secretaría Técnica', 'p0']]) {
    const member = holder === 'p1' ? 'Universidad de Cuenca' : holder === 'p2' ? 'Fundación Ciudadanía' : 'Municipio de Cuenca';
    await expectReply(['@delegado: /foro', es('foro-action-office'), office!, `${holder} (${member})`, es('choice-done')], 'delegado', 'foro-bye');
    if (office === 'Co-Presidencia') {
      const lacksOfficer = (await confirm9()).text;
      expect(lacksOfficer).toContain('Secretaría Técnica');
    }
  }
  const lacksActa = await confirm9();
  expect(lacksActa.key).toBe('confirm-missing');
  expect(lacksActa.text).toContain('/acta');
  expect(lacksActa.text).not.toContain('Secretaría Técnica');
  say('@pocl: /cancelar');
  // A session today at 23:59, still ahead (its acta may be filed before it starts; a run in
  // Guayaquil's last minute of the day would find it past).
  const today = new Intl.DateTimeFormat('es-EC', { timeZone: 'America/Guayaquil', day: '2-digit', month: '2-digit', year: 'numeric' }).format(driver.now());
  await expectReply(
    ['@pocl: /sesiones', es('sessions-action', { action: 'new' }), es('sessions-kind', { kind: 'once' }), today, '23:59', 'Sala de sesiones', 'Constitución del Foro', es('choice-confirm')],
    'pocl',
    'sessions-scheduled',
  );
  const attendance = await expectReply(['@p0: /acta', `/adjuntar ${pdf}`], 'p0', 'minutes-attendance-ask');
  await expectReply(['@p0: 1,2,3,4,5,6,7,8'], 'p0', 'minutes-attendance-ask');
  await expectReply([es('minutes-attendance-done', { count: 8, total: attendance.choices!.length - 1 })], 'p0', 'minutes-confirm-ask');
  const filed = await expectReply([es('choice-yes', { action: 'record' })], 'p0', 'minutes-filed');
  expect(filed.text).toContain('9');
  expect((await confirm9()).key).toBe('confirm-ask');
  const confirmed9 = await expectReply([YES], 'pocl', done, '9. ');
  expect(confirmed9.text).toContain('9. ');

  // 10 by a Foro officer: the proposal, and the acta of the session (now activity 10's); 11 by the Autoridad.
  await expectReply(['@p1: /subir', '10 · Propuesta de normativa para constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'p1', stored);
  await expectReply(['@p0: /acta', es('minutes-action-upload'), `/adjuntar ${pdf}`], 'p0', 'minutes-attendance-ask');
  await expectReply([es('minutes-attendance-done', { count: 8, total: 8 })], 'p0', 'minutes-confirm-ask');
  await expectReply([es('choice-yes', { action: 'record' })], 'p0', 'minutes-updated');
  await expectReply(['@p1: /confirmar', '10. Cocrear la normativa de constitución y funcionamiento del FM', YES], 'p1', done, '10. ');
  await expectReply(['@alcalde: /subir', '11 · Normativa de constitución y funcionamiento del Foro Multiactor', `/adjuntar ${pdf}`], 'alcalde', stored);
  await expectReply(['@alcalde: /confirmar', '11. Aprobar la normativa', YES], 'alcalde', done, '11. ');

  const status = await expectReply(['@pocl: /estado'], 'pocl', 'status-header', 'GAD Municipal de Cuenca');
  for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) expect(status.text).toMatch(new RegExp(`✅ ${n}\\. `));
  expect(status.text).toMatch(/🟡 12\. /);
  expect(status.text).toMatch(/⏳ 13\. /);

  // CONGOPE (provincial gremio) never heard about this municipality: only its own welcome and profile.
  expect(driver.messages().filter((msg) => msg.to === 'congope').map((msg) => msg.key)).toEqual(['invite-welcome', 'profile-ask-position', 'profile-ask-institution', 'profile-saved']);
}
