import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelAdapter, SendResult } from '../../../src/channels/types.js';
import type { OutboundMessage } from '../../../src/shared/messages.js';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t?.cleanup());

/** A console-channel adapter that records sends and answers from a script. */
function recordingAdapter(limits: ChannelAdapter['limits'], answer: (m: OutboundMessage, n: number) => SendResult = () => ({ kind: 'sent' })) {
  const sent: { at: number; message: OutboundMessage }[] = [];
  let calls = 0;
  const adapter: ChannelAdapter = {
    id: 'console',
    limits,
    start: async () => {},
    stop: async () => {},
    send: async (message) => {
      const result = answer(message, ++calls);
      if (result.kind === 'sent') sent.push({ at: Date.now(), message });
      return result;
    },
  };
  return { adapter, sent, calls: () => calls };
}

function queue(address: string, texts: string[]): void {
  for (const text of texts) t.say(address, `/volar ${text}`);
}

describe('dispatcher', () => {
  it('keeps per-chat spacing and order, and never more than the global rate in any second', async () => {
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 5, perChatIntervalMs: 100 });
    t = testApp({}, { clock: { now: () => new Date() } });
    t.app.attach(adapter);
    const chats = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const chat of chats) queue(chat, ['1', '2']);
    expect(await t.app.dispatcher.drain(10_000)).toBe(true);
    expect(sent).toHaveLength(12);
    for (const address of chats) {
      const mine = sent.filter((s) => s.message.address === address);
      expect(mine[0]!.message.id).toBeLessThan(mine[1]!.message.id);
      expect(mine[1]!.at - mine[0]!.at).toBeGreaterThanOrEqual(100);
    }
    // Any five consecutive sends span less than the window, so the sixth waits a full second.
    for (let i = 5; i < sent.length; i++) expect(sent[i]!.at - sent[i - 5]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('waits as long as the platform asks after a retry-after, then delivers in order', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (_m, n) =>
      n === 1 ? { kind: 'retry', afterMs: 300, reason: '429' } : { kind: 'sent' },
    );
    t.app.attach(adapter);
    queue('a', ['1', '2']);
    const started = Date.now();
    expect(await t.app.dispatcher.drain(5000)).toBe(true);
    expect(sent.map((s) => s.message.text)).toHaveLength(2);
    expect(sent[0]!.message.id).toBeLessThan(sent[1]!.message.id);
    expect(sent[0]!.at - started).toBeGreaterThanOrEqual(290);
  });

  it('marks a recipient who blocked the bot and queues nothing more for them', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, calls } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, () => ({ kind: 'unreachable', reason: 'blocked' }));
    t.app.attach(adapter);
    const person = t.join('a', { role: 'poc' });
    queue('a', ['1', '2']);
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    expect(calls()).toBe(1);
    const statuses = t.app.db.$client.prepare('SELECT status FROM outbox ORDER BY id').all() as { status: string }[];
    expect(statuses.every((row) => row.status === 'unreachable')).toBe(true);
    expect(t.app.notifier.toPerson(person, { text: { key: 'cancelled' } }, { now: new Date() })).toBe(false);
  });

  it('retries transient failures with back-off and never drops the row', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (_m, n) =>
      n < 3 ? { kind: 'transient', reason: 'network down' } : { kind: 'sent' },
    );
    t.app.attach(adapter);
    queue('a', ['1']);
    expect(await t.app.dispatcher.drain(8000)).toBe(true);
    expect(sent).toHaveLength(1);
    const row = t.app.db.$client.prepare('SELECT attempts, status FROM outbox').get() as { attempts: number; status: string };
    expect(row).toEqual({ attempts: 2, status: 'sent' });
  });
});
