/** The pacer counts a send from its answer once it is answered, so a request that left late is never followed too soon. */
import { describe, expect, it } from 'vitest';
import { Pacer, SAFETY_MARGIN_MS } from '../../../src/delivery/pacer.js';

describe('the pacer', () => {
  it('spaces one chat from the answer of a send that left late', () => {
    const pacer = new Pacer({ globalPerSecond: 30, perChatIntervalMs: 1000 });
    pacer.record('chat', 0);
    expect(pacer.chatWait('chat', 1000 + SAFETY_MARGIN_MS)).toBe(0);
    // The request left 200 ms late (a busy event loop) and was answered then.
    pacer.answered('chat', 0, 200);
    expect(pacer.chatWait('chat', 1000 + SAFETY_MARGIN_MS)).toBe(200);
    expect(pacer.chatWait('chat', 1200 + SAFETY_MARGIN_MS)).toBe(0);
    expect(pacer.chatWait('other', 0)).toBe(0);
  });

  it('counts the one-second window from the answers it knows', () => {
    const pacer = new Pacer({ globalPerSecond: 2, perChatIntervalMs: 0 });
    pacer.record('a', 0);
    pacer.record('b', 500);
    expect(pacer.globalWait(1000 + SAFETY_MARGIN_MS)).toBe(0);
    pacer.answered('a', 0, 300);
    // The window is now the answer of "a" (300) and "b" (500): the next send waits for 300 + 1000.
    expect(pacer.globalWait(1000 + SAFETY_MARGIN_MS)).toBe(300 - SAFETY_MARGIN_MS);
    expect(pacer.globalWait(1300)).toBe(0);
  });

  it('adds the safety margin only to a send not answered yet', () => {
    const waiting = new Pacer({ globalPerSecond: 1, perChatIntervalMs: 0 });
    waiting.record('a', 0);
    expect(waiting.globalWait(1000)).toBe(SAFETY_MARGIN_MS);
    const answered = new Pacer({ globalPerSecond: 1, perChatIntervalMs: 0 });
    answered.record('a', 0);
    // The server counted the send before it answered, at 5 ms at the latest.
    answered.answered('a', 0, 5);
    expect(answered.globalWait(1000)).toBe(5);
    expect(answered.globalWait(1005)).toBe(0);
  });

  it('ignores an answer that seems to come before the send was recorded', () => {
    const pacer = new Pacer({ globalPerSecond: 1, perChatIntervalMs: 1000 });
    pacer.record('chat', 100);
    pacer.answered('chat', 100, 50);
    expect(pacer.globalWait(1100)).toBe(SAFETY_MARGIN_MS);
    expect(pacer.chatWait('chat', 1100 + SAFETY_MARGIN_MS)).toBe(0);
  });
});
