/** A reminder with a key goes out once however often it is queued; messages without a key are never merged. */
import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../../../src/store/outbox.js';
import { findIdentity } from '../../../src/store/people.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('the outbox', () => {
  it('queues a keyed message once and every message without a key', () => {
    t = testApp();
    t.join('ana', { role: 'poc' });
    const identity = findIdentity(t.app.db, 'console', 'ana')!;
    const before = t.count('outbox');
    const now = t.clock.now();
    expect(enqueue(t.app.db, identity, { text: 'Recordatorio' }, { now, dedupeKey: 'reminder:1' })).toBe(true);
    expect(enqueue(t.app.db, identity, { text: 'Recordatorio' }, { now, dedupeKey: 'reminder:1' })).toBe(false);
    expect(enqueue(t.app.db, identity, { text: 'Hola' }, { now })).toBe(true);
    expect(enqueue(t.app.db, identity, { text: 'Hola' }, { now })).toBe(true);
    expect(t.count('outbox') - before).toBe(3);
  });
});
