/** The POC's review of expressed interest: asking for more information, and declining with a reason. */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../support/app.js';
import { stateSnapshot } from '../../../support/snapshot.js';

let t: TestApp;
afterEach(() => t?.cleanup());

/** A guest registers interest for a parish; the POC is onboarded. */
function interest(): void {
  t = testApp();
  t.join('poc', { role: 'poc' });
  for (const answer of ['/interes', 'parroquial rural', 'GAD Parroquial de Baños', 'Azuay', 'Cuenca', 'Rosa Pérez', 'Presidenta', 'rosa@banos.gob.ec', 'Queremos rendir cuentas mejor', 'Confirmar']) {
    t.say('rosa', answer);
  }
}

describe('POC review', () => {
  it('asks for more information, takes the answer through /interes and shows it at the next review', () => {
    interest();
    expect(t.say('poc', '/revisar')[0]!.choices?.map((c) => c.label)).toEqual(['GAD Parroquial de Baños (Azuay)']);
    expect(t.say('poc', '1')[0]!.text).not.toContain('Respuesta a tu consulta');
    t.say('poc', 'Pedir más información');
    expect(t.say('poc', '¿Cuántos habitantes tiene la parroquia?')[0]!.text).toContain('Envié tu pregunta');
    const request = t.inbox('rosa').at(-1)!;
    expect(request.key).toBe('interest-info-request');
    expect(request.text).toContain('«¿Cuántos habitantes tiene la parroquia?»');

    expect(t.say('rosa', '/interes')[0]!.text).toContain('Escribe tu respuesta');
    expect(t.say('rosa', 'Unos 16.000 habitantes')[0]!.text).toContain('envié tu respuesta');
    expect(t.inbox('poc').at(-1)!.text).toContain('«Unos 16.000 habitantes»');
    t.say('poc', '/revisar');
    expect(t.say('poc', '1')[0]!.text).toContain('Respuesta a tu consulta: Unos 16.000 habitantes');
  });

  it('declines with a reason that the requester receives, and the GAD leaves the pending list', () => {
    interest();
    t.say('poc', '/revisar');
    t.say('poc', '1');
    t.say('poc', 'Declinar');
    expect(t.say('poc', 'La parroquia ya participa por medio de su cantón')[0]!.text).toContain('no fue aceptado');
    expect(t.inbox('rosa').at(-1)!.text).toBe('El Punto de contacto no aceptó por ahora a GAD Parroquial de Baños. Motivo: «La parroquia ya participa por medio de su cantón».');
    const before = stateSnapshot(t.app);
    expect(t.say('poc', '/revisar')[0]!.text).toBe('No hay expresiones de interés pendientes de revisión.');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('is the POC\'s alone', () => {
    interest();
    t.join('gn', { role: 'grupo_nucleo' });
    expect(t.say('gn', '/revisar')[0]!.text).toContain('no está disponible para tu rol');
  });
});
