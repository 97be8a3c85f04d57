/**
 * /siguiente never answers "the process is waiting for: -" (issue 14): once the 15
 * activities are done, it says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../support/app.js';
import { lojaDoneTo } from '../../../support/gad-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('/siguiente after the last activity', () => {
  it('tells the monitor the process is complete instead of waiting for nobody', () => {
    t = testApp();
    const gadId = lojaDoneTo(t, 15);
    t.join('monitor', { role: 'monitor', gadId });
    const reply = t.say('monitor', '/siguiente')[0]!;
    expect(reply.text).toContain(t.es('next-nothing-complete'));
    expect(reply.text).not.toContain(': -');
  });
});
