/** Reading typed answers: yes and no, labels by a word of them, percentages, mistyped commands, dates and times. */
import { describe, expect, it } from 'vitest';
import { matchLabel, nearestCommand, readPercent, yesOrNo } from '../../../src/shared/answers.js';
import { parseTypedDate, parseTypedTime } from '../../../src/shared/zoned-time.js';
import { inviteCodeIn } from '../../../src/store/invites.js';

/** Tuesday 24 November 2026. */
const TODAY = { year: 2026, month: 11, day: 24 };

describe('yes and no', () => {
  it('reads the ways people say them', () => {
    for (const yes of ['Sí', 'si', 'Sí, asistiré', 'claro', 'De acuerdo', 'ok', 'por supuesto', 'Confirmo', 'asistiré', 'yes']) expect(yesOrNo(yes), yes).toBe('yes');
    for (const no of ['No', 'no, gracias', 'No puedo', 'No asistiré', 'lamentablemente no podré', 'tampoco', "I can't"]) expect(yesOrNo(no), no).toBe('no');
    for (const neither of ['tal vez', 'Sí, pero no puedo ese día', '', 'nose']) expect(yesOrNo(neither), neither).toBeUndefined();
  });
});

describe('labels', () => {
  it('finds an option by its label without accents or case, a unique prefix, or words that name one label only', () => {
    const levels = ['provincial', 'municipal', 'parroquial rural'];
    expect(matchLabel('MUNICIPAL', levels)).toEqual({ index: 1 });
    expect(matchLabel('municipio', levels)).toEqual({ index: 1 });
    expect(matchLabel('parroquia', levels)).toEqual({ index: 2 });
    expect(matchLabel('prov', levels)).toEqual({ index: 0 });
    const roles = ['Miembro del Grupo Núcleo', 'Equipo técnico del gremio', 'Punto de contacto ante OGP (POC)'];
    expect(matchLabel('grupo nucleo', roles)).toEqual({ index: 0 });
    expect(matchLabel('el poc', roles)).toEqual({ index: 2 });
  });

  it('says when several options fit, and when none does', () => {
    expect(matchLabel('pro', ['provincial', 'proyecto'])).toEqual({ ambiguous: [0, 1] });
    expect(matchLabel('francés', ['Español', 'English'])).toBeUndefined();
  });
});

describe('percentages and commands', () => {
  it('reads a percentage in its usual forms', () => {
    expect(['50%', '50 %', '50 por ciento', 'al 75%', '100%'].map(readPercent)).toEqual([50, 50, 50, 75, 100]);
    expect(['50', '150%', 'mitad'].map(readPercent)).toEqual([undefined, undefined, undefined]);
  });

  it('suggests the one command a slip meant, and nothing for words far from any', () => {
    const commands = ['siguiente', 'next', 'subir', 'estado', 'ayuda', 'help', 'cancelar', 'sesiones'];
    expect(nearestCommand('sigiente', commands)).toBe('siguiente');
    expect(nearestCommand('ayda', commands)).toBe('ayuda');
    expect(nearestCommand('hola', commands)).toBeUndefined();
    expect(nearestCommand('siguiente', commands)).toBeUndefined();
  });

  it('finds an invite code inside a sentence or a forwarded invitation, and not in ordinary words', () => {
    expect(inviteCodeIn('mi código es 3JM2W2H0FEPQC24Y, gracias')).toBe('3JM2W2H0FEPQC24Y');
    expect(inviteCodeIn('Código: 3JM2 W2H0 FEPQ C24Y\nÁbralo en https://t.me/bot?start=3JM2W2H0FEPQC24Y')).toBe('3JM2W2H0FEPQC24Y');
    expect(inviteCodeIn('Buenos días, quisiera participar en el proceso de gobierno abierto')).toBeUndefined();
  });
});

describe('dates and times as typed', () => {
  it('reads Spanish dates, with and without the year, and relative ones given today', () => {
    const read = (text: string) => parseTypedDate(text, TODAY);
    expect(read('8 de diciembre')).toEqual({ year: 2026, month: 12, day: 8 });
    expect(read('8/12')).toEqual({ year: 2026, month: 12, day: 8 });
    expect(read('martes 8 de diciembre de 2026')).toEqual({ year: 2026, month: 12, day: 8 });
    expect(read('1 de enero')).toEqual({ year: 2027, month: 1, day: 1 });
    expect(read('20/11')).toEqual({ year: 2026, month: 11, day: 20 });
    expect(read('mañana')).toEqual({ year: 2026, month: 11, day: 25 });
    expect(read('el martes')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(read('el próximo viernes')).toEqual({ year: 2026, month: 11, day: 27 });
    expect(read('31/02')).toBeUndefined();
    expect(parseTypedDate('8/12')).toBeUndefined();
  });

  it('reads times with a.m./p.m., "h" and words', () => {
    const read = (text: string) => parseTypedTime(text);
    expect(['3 pm', '3:30 p. m.', '15h00', '15:00', 'a las 3 de la tarde', '12 pm', '12 am', 'mediodía'].map(read)).toEqual([
      { hour: 15, minute: 0 },
      { hour: 15, minute: 30 },
      { hour: 15, minute: 0 },
      { hour: 15, minute: 0 },
      { hour: 15, minute: 0 },
      { hour: 12, minute: 0 },
      { hour: 0, minute: 0 },
      { hour: 12, minute: 0 },
    ]);
    expect(['25:00', '13 pm', 'tarde'].map(read)).toEqual([undefined, undefined, undefined]);
  });
});
