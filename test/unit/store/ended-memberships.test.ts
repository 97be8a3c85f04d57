/** A revoked or replaced role stays on record but is never shown as held: not on the public Foro, not on the desk. */
import { afterEach, describe, expect, it } from 'vitest';
import { roleHolders } from '../../../src/store/desk.js';
import { createGad } from '../../../src/store/gads.js';
import { endMembership, membershipsOf } from '../../../src/store/people.js';
import { publicForoSeats } from '../../../src/store/public-record.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('ended memberships', () => {
  it('are kept with who and why, and left out of every list of holders', () => {
    t = testApp();
    const gad = createGad(t.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
    const seat = { sector: 'academia', entity: 'Universidad', seat: 'principal', foroEntityId: '1' };
    const ana = t.join('ana', { role: 'foro', gadId: gad.id, attributes: seat });
    t.join('beto', { role: 'foro', gadId: gad.id, attributes: { ...seat, seat: 'suplente' } });
    endMembership(t.app.db, membershipsOf(t.app.db, ana)[0]!.id, { personId: null, reason: 'revoked: dejó la universidad', now: t.clock.now() });
    expect(publicForoSeats(t.app.db, gad.id).map((row) => row.seat)).toEqual(['suplente']);
    expect(roleHolders(t.app.db, [gad.id]).map((row) => row.name)).toEqual(['beto']);
    expect(t.count("memberships WHERE ended_reason = 'revoked: dejó la universidad'")).toBe(1);
  });
});
