/**
 * /panorama adds up and /estado tells the truth (issue 12, defect 11); route b tells the
 * POC nothing false (defect 8).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../../src/store/gads.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import { testApp, type TestApp } from '../../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('the national view', () => {
  it('counts every GAD once: pending, declined, in each stage, and done with all 15', () => {
    t = testApp();
    const now = t.clock.now();
    const gad = (name: string, status: 'interest_pending' | 'declined' | 'accepted', done: number) => {
      const row = createGad(t.app.db, { name, level: 'municipal', province: 'Loja', canton: name, entry: 'interest', status, now });
      for (let n = 1; n <= done; n++) markActivityDone(t.app.db, row.id, n, null, now);
      return row;
    };
    gad('Calvas', 'interest_pending', 1);
    gad('Celica', 'declined', 1);
    gad('Catamayo', 'accepted', 4);
    gad('Paltas', 'accepted', 10);
    gad('Macará', 'accepted', 14);
    const done = gad('Loja', 'accepted', 15);
    t.join('poc', { role: 'poc' });
    t.join('pocl', { role: 'pocl', gadId: done.id });
    const view = t.say('poc', '/panorama')[0]!.text;
    expect(view).toContain(t.es('panorama-phases', { level: 'municipal', total: 6, pending: 1, declined: 1, early: 1, foro: 1, plan: 1, completed: 1 }));
    expect(t.say('pocl', '/estado')[0]!.text).toContain('Loja — proceso completo: las 15 actividades cumplidas');
  });
});

describe('route b (the POC prioritized the GAD)', () => {
  it('tells the POC nothing to review and nothing already done when the Autoridad confirms activity 1', () => {
    t = testApp();
    t.join('poc', { role: 'poc' });
    t.join('gn', { role: 'grupo_nucleo' });
    const replies = ['/priorizar', 'municipal', 'Loja', 'Saraguro', 'GAD Municipal de Saraguro', t.es('choice-confirm')].flatMap((line) => t.say('poc', line));
    const code = /\b([0-9A-Z]{16})\b/.exec(replies.map((r) => r.text).join('\n'))![1]!;
    t.say('alcalde', code);
    const before = t.inbox('poc').length;
    ['/confirmar', '1. Indicar interés en la implementación del modelo', t.es('choice-yes', { action: 'confirm' })].forEach((line) => t.say('alcalde', line));
    const told = t.inbox('poc').slice(before).map((r) => r.key);
    expect(told).toEqual(['activity-done-notify']);
    expect(t.inbox('gn').at(-1)!.key).toBe('gad-interest-confirmed-notify');
    expect(t.say('poc', '/siguiente')[0]!.text).not.toContain('3. Informar a Grupo Núcleo');
  });
});
