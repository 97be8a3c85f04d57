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
  for (const answer of ['/interes', 'parroquial rural', 'Azuay', 'Cuenca', 'GAD Parroquial de Baños', 'Rosa Pérez', 'Presidenta', 'rosa@banos.gob.ec', 'Queremos rendir cuentas mejor', '1']) {
    t.say('rosa', answer);
  }
  expect(t.inbox('rosa').at(-1)!.key).toBe('interest-registered');
}

describe('POC review', () => {
  it('asks for more information, takes the answer through /interes and shows it at the next review', () => {
    interest();
    expect(t.say('poc', '/revisar')[0]!.choices?.map((c) => c.label)).toEqual(['GAD Parroquial de Baños (Azuay)']);
    expect(t.say('poc', '1')[0]!.key).toBe('review-ask-decision');
    t.say('poc', t.es('review-info'));
    expect(t.say('poc', '¿Cuántos habitantes tiene la parroquia?')[0]!.key).toBe('review-info-sent');
    expect(t.inbox('rosa').at(-1)).toMatchObject({ key: 'interest-info-request', text: expect.stringContaining('¿Cuántos habitantes tiene la parroquia?') });

    expect(t.say('rosa', '/interes')[0]).toMatchObject({ key: 'interest-answer-ask', text: expect.stringContaining('¿Cuántos habitantes tiene la parroquia?') });
    expect(t.say('rosa', 'Unos 16.000 habitantes')[0]!.key).toBe('interest-answer-sent');
    expect(t.inbox('poc').at(-1)).toMatchObject({ key: 'interest-info-answered-poc', text: expect.stringContaining('Unos 16.000 habitantes') });
    t.say('poc', '/revisar');
    expect(t.say('poc', '1')[0]).toMatchObject({ key: 'review-ask-decision-answered', text: expect.stringContaining('Unos 16.000 habitantes') });
  });

  it('declines with a reason that the requester receives, and the GAD leaves the pending list', () => {
    interest();
    t.say('poc', '/revisar');
    t.say('poc', '1');
    t.say('poc', t.es('review-decline'));
    expect(t.say('poc', 'La parroquia ya participa por medio de su cantón')[0]!.key).toBe('review-declined');
    expect(t.inbox('rosa').at(-1)!.text).toBe(t.es('interest-declined', { gad: 'GAD Parroquial de Baños', reason: 'La parroquia ya participa por medio de su cantón' }));
    const before = stateSnapshot(t.app);
    expect(t.say('poc', '/revisar')[0]!.key).toBe('review-none');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('is the POC\'s alone', () => {
    interest();
    t.join('gn', { role: 'grupo_nucleo' });
    expect(t.say('gn', '/revisar')[0]!.key).toBe('command-not-allowed');
  });
});
