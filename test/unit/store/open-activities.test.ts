/** The national roles' next steps start with the local governments whose activity has waited longest. */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad, type GadStatus } from '../../../src/store/gads.js';
import { gadsWithOpenActivities, markActivityDone, openActivity } from '../../../src/store/progress.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

const DAY = 86_400_000;

describe('accepted GADs with an open activity', () => {
  it('come longest open first, each once, only while accepted, at most the limit', () => {
    t = testApp();
    const start = t.clock.now().getTime();
    const gad = (name: string, status: GadStatus = 'accepted') =>
      createGad(t.app.db, { name, level: 'municipal', province: 'Azuay', canton: name, entry: 'interest', status, now: t.clock.now() }).id;
    const [cuenca, gualaceo, paute, sigsig, giron] = [gad('Cuenca'), gad('Gualaceo'), gad('Paute'), gad('Sígsig', 'interest_pending'), gad('Girón')];
    openActivity(t.app.db, gualaceo, 3, new Date(start - 9 * DAY));
    openActivity(t.app.db, cuenca, 3, new Date(start - 5 * DAY));
    openActivity(t.app.db, cuenca, 5, new Date(start - 7 * DAY));
    openActivity(t.app.db, paute, 3, new Date(start - 2 * DAY));
    openActivity(t.app.db, sigsig, 3, new Date(start - 20 * DAY));
    openActivity(t.app.db, giron, 3, new Date(start - 30 * DAY));
    markActivityDone(t.app.db, giron, 3, null, t.clock.now());

    expect(gadsWithOpenActivities(t.app.db, [3, 5], undefined, 10)).toEqual([gualaceo, cuenca, paute]);
    expect(gadsWithOpenActivities(t.app.db, [3, 5], undefined, 2)).toEqual([gualaceo, cuenca]);
    expect(gadsWithOpenActivities(t.app.db, [3], undefined, 10)).toEqual([gualaceo, cuenca, paute]);
    expect(gadsWithOpenActivities(t.app.db, [5], undefined, 10)).toEqual([cuenca]);
    expect(gadsWithOpenActivities(t.app.db, [3, 5], ['AME'], 10)).toEqual([gualaceo, cuenca, paute]);
    expect(gadsWithOpenActivities(t.app.db, [3, 5], ['CONGOPE'], 10)).toEqual([]);
    expect(gadsWithOpenActivities(t.app.db, [3, 5], [], 10)).toEqual([]);
    expect(gadsWithOpenActivities(t.app.db, [3, 5], undefined, 0)).toEqual([]);
  });
});
