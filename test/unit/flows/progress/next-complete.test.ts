/**
 * /siguiente never answers "the process is waiting for: -" (issue 14): once the 15
 * activities are done, it says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../../src/store/gads.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import { testApp, type TestApp } from '../../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('/siguiente after the last activity', () => {
  it('tells the monitor the process is complete instead of waiting for nobody', () => {
    t = testApp();
    const now = t.clock.now();
    const gad = createGad(t.app.db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
    for (let n = 1; n <= 15; n++) markActivityDone(t.app.db, gad.id, n, null, now);
    t.join('monitor', { role: 'monitor', gadId: gad.id });
    const reply = t.say('monitor', '/siguiente')[0]!;
    expect(reply.text).toContain(t.es('next-nothing-complete'));
    expect(reply.text).not.toContain(': -');
  });
});
