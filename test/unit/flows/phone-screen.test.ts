/**
 * What officials read on a phone: the first message of /foro, /estado and /siguiente fits
 * one screen (PHONE_SCREEN_CHARS) for a GAD with a full Foro, and "see details" gives the
 * whole list.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FORO_SECTORS } from '../../../src/domain/roles.js';
import { PHONE_SCREEN_CHARS } from '../../../src/shared/text.js';
import { addForoEntity } from '../../../src/store/foro.js';
import { createGad } from '../../../src/store/gads.js';
import { markActivityDone } from '../../../src/store/progress.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const LONG_GAD = 'GAD Municipal del Cantón San Miguel de los Bancos, Provincia de Pichincha';

/**
 * A municipality past activity 8 whose Foro is full: two entities per sector with long
 * names, each with principal and suplente, and the three offices; its POCL and a Delegado.
 */
function fullForo(): number {
  t = testApp();
  const now = t.clock.now();
  const gad = createGad(t.app.db, { name: LONG_GAD, level: 'municipal', province: 'Pichincha', canton: 'San Miguel de los Bancos', entry: 'interest', status: 'accepted', now });
  for (let n = 1; n <= 8; n++) markActivityDone(t.app.db, gad.id, n, null, now);
  const offices = ['presidencia', 'copresidencia', 'secretaria'];
  let member = 0;
  for (const sector of FORO_SECTORS) {
    for (const n of [1, 2]) {
      const entity = addForoEntity(t.app.db, { gadId: gad.id, name: `Entidad ${n} del sector ${sector} con un nombre largo de ejemplo`, sector, contact: 'x@example.org', interest: 'Transparencia', createdByPersonId: null, now });
      for (const seat of ['principal', 'suplente']) {
        const office = seat === 'principal' ? offices.shift() : undefined;
        t.join(`m${member++}`, { role: 'foro', gadId: gad.id, attributes: { sector, entity: entity.name, seat, foroEntityId: String(entity.id), ...(office ? { office } : {}) } });
      }
    }
  }
  t.join('pocl', { role: 'pocl', gadId: gad.id });
  t.join('delegado', { role: 'delegado', gadId: gad.id });
  return gad.id;
}

describe('first messages fit a phone screen', () => {
  it('/foro: a summary with "see details" for the whole composition', () => {
    fullForo();
    const [summary] = t.say('pocl', '/foro');
    expect(summary!.key).toBe('foro-summary');
    expect(summary!.text.length).toBeLessThanOrEqual(PHONE_SCREEN_CHARS);
    expect(summary!.text).toContain(t.es('foro-complete'));
    expect(summary!.choices?.map((c) => c.label)).toContain(t.es('choice-detail'));
    const detail = t.say('pocl', t.es('choice-detail'));
    expect(detail[0]!.key).toBe('foro-composition');
    expect(detail[0]!.text.length).toBeGreaterThan(PHONE_SCREEN_CHARS);
    for (const n of [1, 2]) expect(detail[0]!.text).toContain(`Entidad ${n} del sector sector_privado`);
    // The actions stay offered after the detail.
    expect(detail.at(-1)!.choices?.map((c) => c.label)).toContain(t.es('foro-action-entity'));
  });

  it('/foro: an empty Foro lists what Anexo 1 lacks within the screen, counting the rest', () => {
    t = testApp();
    const gad = createGad(t.app.db, { name: LONG_GAD, level: 'municipal', province: 'Pichincha', canton: 'X', entry: 'interest', status: 'accepted', now: t.clock.now() });
    t.join('reader', { role: 'autoridad', gadId: gad.id });
    const [summary] = t.say('reader', '/foro');
    expect(summary!.key).toBe('foro-summary');
    expect(summary!.text.length).toBeLessThanOrEqual(PHONE_SCREEN_CHARS);
    expect(summary!.text).toMatch(new RegExp(t.es('list-more', { count: 999 }).replace('999', '\\d+')));
    // A reader who does not register the Foro is offered the detail and to finish, no actions.
    expect(summary!.choices?.map((c) => c.label)).toEqual([t.es('choice-detail'), t.es('choice-done')]);
    expect(t.say('reader', '1')[0]!.key).toBe('foro-composition');
    expect(t.count('conversations')).toBe(0);
  });

  it('/estado: a summary, and the 15 activities on "see details"', () => {
    fullForo();
    const [summary] = t.say('delegado', '/estado');
    expect(summary!.key).toBe('status-summary');
    expect(summary!.text.length).toBeLessThanOrEqual(PHONE_SCREEN_CHARS);
    expect(summary!.text).toContain('9. ');
    const [detail] = t.say('delegado', t.es('choice-detail'));
    expect(detail!.key).toBe('status-header');
    for (let n = 1; n <= 15; n++) expect(detail!.text).toMatch(new RegExp(`^\\S+ ${n}\\. `, 'm'));
  });

  it('/siguiente: the first message fits, for the POCL of a full Foro and for the POC of many GADs', () => {
    fullForo();
    const [first] = t.say('pocl', '/siguiente');
    expect(first!.text.length).toBeLessThanOrEqual(PHONE_SCREEN_CHARS);
    expect(first!.text).toContain(LONG_GAD);

    const now = t.clock.now();
    for (let i = 0; i < 12; i++) {
      const gad = createGad(t.app.db, { name: `${LONG_GAD} ${i}`, level: 'municipal', province: 'Pichincha', canton: `C${i}`, entry: 'interest', status: 'accepted', now });
      markActivityDone(t.app.db, gad.id, 1, null, now);
    }
    t.join('poc', { role: 'poc' });
    const replies = t.say('poc', '/siguiente');
    expect(replies[0]!.text.length).toBeLessThanOrEqual(PHONE_SCREEN_CHARS);
    const offered = replies.at(-1)!.choices!.map((c) => c.label);
    expect(offered[0]).toBe(t.es('choice-detail'));
    const detail = t.say('poc', t.es('choice-detail'));
    expect(detail.filter((reply) => reply.text.startsWith('📍')).length).toBeGreaterThan(1);
  });
});
