/**
 * Separation of duties, replacement and revocation (issue 12, defects 4 and 5): one
 * person cannot fill the process alone and each refusal names the rule; a held seat or
 * office changes hands only by an explicit "replace", and both people are told; pending
 * invites are listed, resent and revoked; the Autoridad revokes a Delegado with a reason.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../../src/store/gads.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { testApp, type TestApp } from '../../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

const CODE = /\b([0-9A-Z]{16})\b/;
const codeIn = (replies: OutboxPayload[]) => CODE.exec(replies.map((r) => r.text).join('\n'))![1]!;
const talk = (who: string, lines: string[]) => lines.flatMap((line) => t.say(who, line));
const keys = (replies: OutboxPayload[]) => replies.map((r) => r.key);

/** Cuenca, accepted, past activity 4, with its Autoridad ("alc") and a Delegado ("del"); the actor map has four entities. */
function cuenca(): number {
  t = testApp();
  const gad = createGad(t.app.db, { name: 'GAD Municipal de Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
  for (let n = 1; n <= 4; n++) markActivityDone(t.app.db, gad.id, n, null, t.clock.now());
  t.join('alc', { role: 'autoridad', gadId: gad.id }, { name: 'Cristian Zamora', position: 'Alcalde', institution: 'GAD Municipal de Cuenca' });
  t.join('del', { role: 'delegado', gadId: gad.id });
  for (const [entity, sector] of [['Municipio', 'gobierno local'], ['Universidad', 'academia'], ['Fundación', 'sociedad civil'], ['Cámara', 'sector privado']]) {
    talk('del', ['/foro', t.es('foro-action-entity'), entity!, sector!, 'contacto@example.org', 'Trabaja en transparencia', t.es('choice-done')]);
  }
  return gad.id;
}

/** The Delegado invites the seat of an entity for a named person; returns the replies. */
function inviteSeat(entity: string, seat: 'principal' | 'suplente', name: string, extra: string[] = []): OutboxPayload[] {
  return talk('del', ['/foro', t.es('foro-action-seat'), entity, seat, ...extra, name]);
}

describe('separation of duties', () => {
  it('keeps the Autoridad from filling the process alone, naming the rule each time', () => {
    cuenca();
    // Its own POCL and Delegado invites: refused, and the codes stay unused.
    for (const role of ['Punto de contacto local (POCL)', 'Equipo delegado del Gobierno local']) {
      const issued = talk('alc', ['/designar', role, 'Cristian Zamora']);
      expect(issued.at(-1)!.text).toContain('para Cristian Zamora');
      const refused = t.say('alc', codeIn(issued));
      expect(refused[0]!.key).toBe('invite-refused-duty');
      expect(refused[0]!.text).toContain('no puede ser ella misma POCL ni Delegado');
    }
    expect(t.count('invites WHERE used_at IS NULL')).toBe(2);

    // One Foro seat: the first is accepted, any other refused.
    expect(t.say('alc', codeIn(inviteSeat('Municipio', 'principal', 'Cristian Zamora')))[0]!.key).toBe('invite-welcome');
    for (const [entity, seat] of [['Municipio', 'suplente'], ['Universidad', 'principal'], ['Cámara', 'suplente']] as const) {
      const refused = t.say('alc', codeIn(inviteSeat(entity, seat, 'Cristian Zamora')));
      expect(refused[0]!.key).toBe('invite-refused-duty');
      expect(refused[0]!.text).toContain('una persona ocupa un solo puesto');
    }
    // No office of its own Foro.
    const office = talk('del', ['/foro', t.es('foro-action-office'), 'Presidencia', 'Cristian Zamora (Municipio)']);
    expect(office.at(-1)!.key).toBe('duty-refused');
    expect(office.at(-1)!.text).toContain('la Autoridad del gobierno local no puede ejercer la Presidencia');
    expect(t.count("memberships WHERE office IS NOT NULL")).toBe(0);
    // Anexo 1 is far from complete.
    expect(t.say('del', '/foro')[0]!.text).toContain('el suplente de una entidad de gobierno local');
  });

  it('gives a person at most one office', () => {
    cuenca();
    t.say('ana', codeIn(inviteSeat('Universidad', 'principal', 'Ana')));
    t.say('beto', codeIn(inviteSeat('Fundación', 'principal', 'Beto')));
    talk('ana', ['Ana Pérez', 'Docente', 'Universidad']);
    talk('del', ['/foro', t.es('foro-action-office'), 'Presidencia', 'Ana Pérez (Universidad)', t.es('choice-done')]);
    const second = talk('del', ['/foro', t.es('foro-action-office'), 'Secretaría Técnica', 'Ana Pérez (Universidad)']);
    expect(second.at(-1)!.text).toContain('una persona ejerce un solo cargo del Foro');
    expect(t.count("memberships WHERE office = 'secretaria'")).toBe(0);
  });
});

describe('replace and revoke', () => {
  it('never lets two people hold one seat: a second invite asks to replace, and both are told', () => {
    const gadId = cuenca();
    t.say('p1', codeIn(inviteSeat('Universidad', 'principal', 'Pedro Uno')));
    // Asked, refused: nothing changes.
    const asked = talk('del', ['/foro', t.es('foro-action-seat'), 'Universidad', 'principal']);
    expect(asked.at(-1)!.key).toBe('foro-seat-replace-ask');
    expect(keys(t.say('del', 'No'))).toEqual(['foro-unchanged']);
    // An older invite for the same seat, issued before the replacement rule, cannot be redeemed.
    const { code: stale } = t.app.invites.create({ role: 'foro', gadId, attributes: { sector: 'academia', entity: 'Universidad', seat: 'principal', foroEntityId: '2' } });
    expect(t.say('intruso', stale)[0]!.text).toContain('ese puesto ya tiene titular');
    const pending = t.say('del', '/invitaciones')[0]!.choices![0]!.label;
    talk('del', [pending, t.es('invitations-revoke'), t.es('choice-yes', { action: 'revoke' })]);
    // Replacing: the new code is pending, a third attempt points to /invitaciones.
    const replacing = inviteSeat('Universidad', 'principal', 'Paula Dos', [t.es('choice-yes', { action: 'replace' })]);
    expect(replacing.at(-1)!.text).toContain('para Paula Dos');
    expect(keys(talk('del', ['/foro', t.es('foro-action-seat'), 'Universidad', 'principal']))).toContain('foro-seat-pending');
    t.say('p2', codeIn(replacing));
    expect(t.inbox('p1').at(-1)!.key).toBe('membership-replaced-notify');
    expect(t.inbox('del').at(-1)!.key).toBe('membership-replaced-inviter');
    const composition = t.say('del', '/foro')[0]!.text;
    expect(composition).toContain('principal p2');
    expect(composition).not.toContain('p1');
    expect(t.count("memberships WHERE ended_reason = 'replaced'")).toBe(1);
  });

  it('moves an office only after "replace X by Y", telling both', () => {
    cuenca();
    t.say('ana', codeIn(inviteSeat('Universidad', 'principal', 'Ana')));
    t.say('beto', codeIn(inviteSeat('Fundación', 'principal', 'Beto')));
    talk('del', ['/foro', t.es('foro-action-office'), 'Presidencia', 'ana (Universidad)', t.es('choice-done')]);
    const asked = talk('del', ['/foro', t.es('foro-action-office'), 'Presidencia', 'beto (Fundación)']);
    expect(asked.at(-1)!.key).toBe('foro-office-replace-ask');
    expect(asked.at(-1)!.text).toContain('¿Reemplazar a ana por beto?');
    t.say('del', t.es('choice-yes', { action: 'replace' }));
    expect(t.inbox('ana').at(-1)!.key).toBe('foro-office-replaced-notify');
    expect(t.inbox('beto').at(-1)!.key).toBe('foro-office-notify');
  });

  it('lists pending invites, resends them with a new code and revokes them', () => {
    cuenca();
    const first = codeIn(inviteSeat('Cámara', 'principal', 'Carla Cámara'));
    const list = t.say('del', '/invitaciones');
    expect(list[0]!.choices!.map((c) => c.label)).toEqual([expect.stringContaining('principal de Cámara — para Carla Cámara')]);
    const resent = talk('del', [list[0]!.choices![0]!.label, t.es('invitations-resend')]);
    expect(keys(resent.slice(-2))).toEqual(['invitations-resent', 'invite-code']);
    expect(t.say('carla', first)[0]!.key).toBe('invite-revoked');
    const listed = t.say('del', '/invitaciones')[0]!.choices![0]!.label;
    talk('del', [listed, t.es('invitations-revoke')]);
    expect(keys(t.say('del', t.es('choice-yes', { action: 'revoke' })))).toEqual(['invitations-revoked']);
    expect(t.say('carla', codeIn(resent))[0]!.key).toBe('invite-revoked');
    expect(t.say('del', '/invitaciones')[0]!.key).toBe('invitations-none');
  });

  it('lets the Autoridad revoke a Delegado, with a reason, keeping the row', () => {
    cuenca();
    expect(t.say('del', '/revocar')[0]!.key).toBe('command-not-allowed');
    const asked = talk('alc', ['/revocar', 'del — Equipo delegado del Gobierno local de GAD Municipal de Cuenca', 'Dejó la institución en diciembre']);
    expect(asked.at(-1)!.key).toBe('revoke-ask');
    expect(keys(t.say('alc', t.es('choice-yes', { action: 'revoke' })))).toEqual(['revoke-done']);
    expect(t.inbox('del').at(-1)!.key).toBe('membership-revoked-notify');
    expect(t.say('del', '/foro')[0]!.key).toBe('command-not-allowed');
    expect(t.count("memberships WHERE ended_reason = 'revoked: Dejó la institución en diciembre'")).toBe(1);
  });
});
