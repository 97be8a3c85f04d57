/**
 * Duplicate local governments (issue 12, defect 9): right after level, province and canton
 * the bot shows the governments already registered there; names are compared normalized
 * (case, accents, punctuation, NFKC, look-alike letters); the POC's repeat notice names
 * who wrote and how to reach them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeName } from '../../../../src/shared/text.js';
import { testApp, type TestApp } from '../../../support/app.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const talk = (who: string, lines: string[]) => lines.flatMap((line) => t.say(who, line));
const details = ['Diana Caiza', 'Alcaldesa', 'diana@example.org', 'Queremos abrir el gobierno'];

describe('normalized names', () => {
  it('folds case, accents, punctuation, full-width forms and Cyrillic or Greek look-alikes', () => {
    for (const typed of ['Cuenca', 'CUENCA.', 'Cuеnca', 'Ｃｕｅｎｃａ', ' cuénca ', 'Cuenϲa']) expect(normalizeName(typed)).toBe('cuenca');
    expect(normalizeName('Santa Ana de Cotacachi')).toBe('santa ana de cotacachi');
  });
});

describe('early duplicate detection', () => {
  it('asks "¿Es alguno de estos?" after the canton and does not register the same municipality twice', () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    talk('a', ['/interes', 'municipal', 'Imbabura', 'Cotacachi', 'Cotacachi', ...details, t.es('choice-confirm')]);
    expect(t.inbox('a').at(-1)!.key).toBe('interest-registered');

    const asked = talk('b', ['/interes', 'municipal', 'Imbabura', 'Cotacachí']);
    expect(asked.at(-1)!.key).toBe('gad-existing-ask');
    expect(asked.at(-1)!.choices!.map((c) => c.label)).toEqual([expect.stringMatching(/^Cotacachi \(interés expresado/), t.es('gad-existing-none'), t.es('choice-back')]);
    // Saying it is another one does not make it one: a canton has one municipality.
    talk('b', [t.es('gad-existing-none'), 'GAD Municipal de Santa Ana de Cotacachi', 'Luis Andrade', 'Concejal', '0991234567', 'Participar', t.es('choice-confirm')]);
    expect(t.inbox('b').at(-1)!.key).toBe('interest-duplicate');
    expect(t.count('gads')).toBe(1);
    const notice = t.inbox('poc').at(-1)!;
    expect(notice.key).toBe('interest-repeat-named');
    expect(notice.text).toContain('b volvió a expresar interés por Cotacachi');
    expect(notice.text).toContain('Luis Andrade, Concejal · Contacto: 0991234567');
  });

  it('tells parishes apart by their normalized name: look-alike spellings are one, another parish is another', () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    talk('a', ['/interes', 'parroquial rural', 'Azuay', 'Cuenca', 'GAD Parroquial de Baños', ...details, t.es('choice-confirm')]);
    // Cyrillic о and a trailing dot, in a canton typed with a Cyrillic е.
    const asked = talk('b', ['/interes', 'parroquial rural', 'Azuay', 'Cuеnca']);
    expect(asked.at(-1)!.choices!.map((c) => c.label)[0]).toMatch(/^GAD Parroquial de Baños/);
    talk('b', [t.es('gad-existing-none'), 'Bañоs.', ...details, t.es('choice-confirm')]);
    expect(t.inbox('b').at(-1)!.key).toBe('interest-duplicate');
    talk('c', ['/interes', 'parroquial rural', 'Azuay', 'Cuenca', t.es('gad-existing-none'), 'Sayausí', ...details, t.es('choice-confirm')]);
    expect(t.inbox('c').at(-1)!.key).toBe('interest-registered');
    expect(t.count('gads')).toBe(2);
  });

  it('lets the POC pick the registered government instead of prioritizing a duplicate', () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    talk('a', ['/interes', 'provincial', 'Carchi', 'Prefectura del Carchi', ...details, t.es('choice-confirm')]);
    const asked = talk('poc', ['/priorizar', 'provincial', 'Carchi']);
    expect(asked.at(-1)!.key).toBe('gad-existing-ask');
    const reply = talk('poc', [asked.at(-1)!.choices![0]!.label, t.es('choice-confirm')]);
    expect(reply.at(-1)!.key).toBe('interest-duplicate');
    expect(t.count('gads')).toBe(1);
  });
});
