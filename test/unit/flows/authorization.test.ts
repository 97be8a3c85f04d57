import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../src/store/gads.js';
import { markActivityDone } from '../../../src/store/progress.js';
import { testApp, type TestApp } from '../../support/app.js';
import { stateSnapshot } from '../../support/snapshot.js';

let t: TestApp;
afterEach(() => t?.cleanup());

/** Two accepted municipalities with their Autoridad, POCL and Delegado, past activity 1. */
function twoGads() {
  t = testApp();
  const now = t.clock.now();
  const gad = (name: string, province: string) => {
    const row = createGad(t.app.db, { name, level: 'municipal', province, canton: name, entry: 'interest', status: 'accepted', now });
    markActivityDone(t.app.db, row.id, 1, null, now);
    return row;
  };
  const cuenca = gad('GAD Municipal de Cuenca', 'Azuay');
  const loja = gad('GAD Municipal de Loja', 'Loja');
  for (const [prefix, g] of [['c', cuenca], ['l', loja]] as const) {
    t.join(`${prefix}_autoridad`, { role: 'autoridad', gadId: g.id });
    t.join(`${prefix}_pocl`, { role: 'pocl', gadId: g.id });
    t.join(`${prefix}_delegado`, { role: 'delegado', gadId: g.id });
  }
  return { cuenca, loja };
}

describe('authorization', () => {
  it('shows a member only their own GAD: /estado and /documentos never reach another', () => {
    twoGads();
    expect(t.say('c_pocl', '/estado')[0]).toMatchObject({ key: 'status-header', text: expect.stringContaining('GAD Municipal de Cuenca') });
    const documents = t.say('l_pocl', '/documentos');
    expect(documents[0]!.key).toBe('gad-none');
    expect(JSON.stringify(t.inbox('l_pocl'))).not.toContain('Cuenca');
  });

  it('does not let a Delegado confirm the Autoridad\'s activity, and audits the attempt', () => {
    twoGads();
    const before = stateSnapshot(t.app);
    const offered = t.say('c_delegado', '/confirmar');
    expect(offered[0]!.key).toBe('gad-none');
    // Even through the shared completion path, the role check holds.
    const replies = t.say('c_autoridad', '/confirmar');
    expect(replies[0]!.choices?.map((c) => c.label)).toEqual(['2. Suscribir intención o compromiso y designación de delegados técnicos']);
    t.say('c_autoridad', '/cancelar');
    expect(stateSnapshot(t.app).replace(/"updated_at":\d+/g, '')).toBe(before.replace(/"updated_at":\d+/g, ''));
  });

  it('refuses a choice id taken from another person\'s conversation', () => {
    twoGads();
    const theirs = t.say('c_autoridad', '/confirmar')[0]!;
    const before = stateSnapshot(t.app);
    const replies = t.say('l_autoridad', '', { text: undefined, choiceId: theirs.choices![0]!.id });
    expect(replies[0]!.key).toBe('choice-stale');
    expect(stateSnapshot(t.app)).toBe(before);
  });

  it('tells the Autoridad exactly what activity 2 lacks', () => {
    twoGads();
    t.say('c_autoridad', '/confirmar');
    const reply = t.say('c_autoridad', '1')[0]!;
    expect(reply.key).toBe('confirm-missing');
    expect(reply.text).toContain(t.es('missing-product', { product: 'Oficio de delegación' }));
    expect(reply.text).toContain(t.es('missing-product', { product: 'Acta de intención o compromiso' }));
    expect(t.count('audit_log')).toBeGreaterThan(0);
  });

  it('keeps a gremio contact to its own level in /panorama and on confirmations', () => {
    twoGads();
    createGad(t.app.db, { name: 'Prefectura del Azuay', level: 'provincial', province: 'Azuay', canton: null, entry: 'prioritization', status: 'accepted', now: t.clock.now() });
    t.join('congope', { role: 'gremio', gremio: 'CONGOPE' });
    t.join('poc', { role: 'poc' });
    const view = t.say('congope', '/panorama')[0]!;
    expect(view.key).toBe('panorama');
    expect(view.text).toContain(t.es('panorama-phases', { level: 'provincial', total: 1, pending: 0, declined: 0, early: 1, foro: 0, plan: 0, completed: 0 }));
    expect(view.text).not.toContain('municipal');
    expect(t.say('poc', '/panorama')[0]!.text).toContain(t.es('panorama-phases', { level: 'municipal', total: 2, pending: 0, declined: 0, early: 2, foro: 0, plan: 0, completed: 0 }));
    const search = t.say('congope', '/confirmar');
    expect(search[0]!.key).toBe('gad-search-ask');
    expect(t.say('congope', 'Cuenca')[0]!.key).toBe('gad-search-none');
  });

  it('shows national roles only the GADs where something is theirs to do, within their gremio', () => {
    twoGads();
    t.join('poc', { role: 'poc' });
    t.join('ame', { role: 'gremio', gremio: 'AME' });
    const poc = t.say('poc', '/siguiente');
    expect(poc[0]!.text).toContain('GAD Municipal de Cuenca');
    expect(poc[0]!.text).toContain('GAD Municipal de Loja');
    expect(poc[1]!.choices?.map((c) => c.label)).toEqual([
      t.es('next-confirm', { activity: 3, gad: 'GAD Municipal de Cuenca' }),
      t.es('next-confirm', { activity: 3, gad: 'GAD Municipal de Loja' }),
    ]);
    // Activity 4 (the gremio's) is not open yet: AME has nothing to do.
    expect(t.say('ame', '/siguiente')[0]!.key).toBe('next-none-national');
  });
});

