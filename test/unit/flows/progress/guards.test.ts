/**
 * Defect 1 of issue 12: no activity whose substance lives elsewhere in the bot can be
 * confirmed while that substance is missing, and /siguiente says exactly what is missing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../../src/store/gads.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { stateSnapshot } from '../../../support/snapshot.js';

let t: TestApp;
afterEach(() => t.cleanup());

/** A municipality with activities 1..`upTo` done, a Delegado, a POCL, a Foro officer and the POC. */
function gadDoneTo(upTo: number): number {
  t = testApp();
  const now = t.clock.now();
  const gad = createGad(t.app.db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  for (let n = 1; n <= upTo; n++) markActivityDone(t.app.db, gad.id, n, null, now);
  t.join('delegado', { role: 'delegado', gadId: gad.id });
  t.join('pocl', { role: 'pocl', gadId: gad.id });
  t.join('secre', { role: 'foro', gadId: gad.id, attributes: { sector: 'academia', entity: 'Universidad', seat: 'principal', office: 'secretaria' } });
  t.join('poc', { role: 'poc' });
  return gad.id;
}

describe('guards from the domain', () => {
  it('refuses activity 5 with an empty actor map and names each missing sector', () => {
    gadDoneTo(4);
    const before = stateSnapshot(t.app);
    const next = t.say('delegado', '/siguiente');
    expect(next[0]!.text).toContain('una entidad de academia en el mapa de actores (/foro)');
    expect(next[0]!.text).toContain('una entidad de sector privado en el mapa de actores (/foro)');
    expect(next.at(-1)?.choices ?? []).toEqual([]);
    t.say('delegado', '/confirmar');
    const refused = t.say('delegado', '5. Identificar actores clave para el proceso y acompañamiento');
    expect(refused.at(-1)!.key).toBe('confirm-missing');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('opens activity 5 once the actor map has the four sectors, and still asks before recording', () => {
    gadDoneTo(4);
    for (const [entity, sector] of [['Municipio', 'gobierno local'], ['Universidad', 'academia'], ['Fundación', 'sociedad civil'], ['Cámara', 'sector privado']]) {
      for (const line of ['/foro', 'Agregar una entidad al mapa de actores', entity!, sector!, 'contacto@example.org', 'Trabaja en transparencia', 'Terminar']) t.say('delegado', line);
    }
    const next = t.say('delegado', '/siguiente');
    expect(next[0]!.text).toContain('5. Identificar actores clave para el proceso y acompañamiento — lista');
    const asked = t.say('delegado', 'Confirmar actividad 5 (GAD Municipal de Loja)');
    expect(asked[0]!.key).toBe('confirm-ask');
    expect(t.count('activity_events')).toBe(4);
    expect(t.say('delegado', 'No')[0]!.key).toBe('confirm-not-recorded');
    expect(t.count('activity_events')).toBe(4);
    t.say('delegado', '/siguiente');
    t.say('delegado', 'Confirmar actividad 5 (GAD Municipal de Loja)');
    expect(t.say('delegado', 'Sí, confirmar')[0]!.key).toBe('confirm-done-opened');
  });

  it('refuses activity 8 until an entity of each sector was invited to a Foro seat', () => {
    const gadId = gadDoneTo(7);
    t.say('delegado', '/confirmar');
    const refused = t.say('delegado', '8. Realizar el acercamiento con actores interesados en el proceso');
    expect(refused.at(-1)!.key).toBe('confirm-missing');
    expect(refused.at(-1)!.text).toContain('invitar al Foro a una entidad de sociedad civil');
    expect(gadId).toBeGreaterThan(0);
  });

  it('keeps activities 13, 14 and 15 closed while there is no plan, from /confirmar and from /siguiente', () => {
    gadDoneTo(12);
    const poc = t.say('poc', '/siguiente');
    expect(poc[0]!.text).toContain('un Plan de Acción registrado por el Foro (/plan)');
    expect(poc.flatMap((r) => r.choices ?? []).map((c) => c.label)).not.toContain('Confirmar actividad 13 (GAD Municipal de Loja)');
    t.say('poc', '/confirmar');
    t.say('poc', 'Loja');
    const refused = t.say('poc', '13. Realizar el acompañamiento y asistencia técnica para Cocreación del Plan de Acción');
    expect(refused.at(-1)!.key).toBe('confirm-missing');
    // Even with 13 forced done, the Foro cannot confirm 14 or 15 without an approved, published, closed and evaluated plan.
    markActivityDone(t.app.db, 1, 13, null, t.clock.now());
    const officer = t.say('secre', '/siguiente');
    expect(officer[0]!.text).toContain('el Plan de Acción aprobado y publicado (/plan)');
    expect(officer.flatMap((r) => r.choices ?? [])).toEqual([]);
    markActivityDone(t.app.db, 1, 14, null, t.clock.now());
    t.say('secre', '/confirmar');
    expect(t.say('secre', '15. Realizar el cierre del Plan y rendición de cuentas').at(-1)!.text).toContain('cerrar el Plan de Acción y rendir cuentas (/plan)');
    expect(t.say('secre', '/estado')[0]!.text).toMatch(/🟡 15\. /);
  });
});
