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

  it('holds back one chat after a per-chat retry, and every chat after a channel-wide one', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    let throttled = false;
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (m, n) => {
      if (n === 1) return { kind: 'retry', afterMs: 400, reason: 'pair limit', scope: 'chat' };
      if (m.address === 'c' && !throttled) {
        throttled = true;
        return { kind: 'retry', afterMs: 400, reason: 'throughput', scope: 'channel' };
      }
      return { kind: 'sent' };
    });
    t.app.attach(adapter);
    const started = Date.now();
    queue('a', ['1']);
    queue('b', ['1']);
    expect(await t.app.dispatcher.drain(5000)).toBe(true);
    const at = (address: string) => sent.find((s) => s.message.address === address)!.at - started;
    // a waits for its own hold; b is not held by it.
    expect(at('a')).toBeGreaterThanOrEqual(390);
    expect(at('b')).toBeLessThan(300);

    queue('c', ['1']);
    queue('d', ['1']);
    const second = Date.now();
    expect(await t.app.dispatcher.drain(5000)).toBe(true);
    // c's channel-wide hold delays d too, although d's own send never failed.
    expect(sent.find((s) => s.message.address === 'd')!.at - second).toBeGreaterThanOrEqual(390);
  });

  it('marks a message the platform refuses for good as failed, with its reason, and sends the next', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent, calls } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (_m, n) =>
      n === 1 ? { kind: 'failed', reason: '132001 template does not exist' } : { kind: 'sent' },
    );
    t.app.attach(adapter);
    queue('a', ['1', '2']);
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    expect(calls()).toBe(2);
    expect(sent).toHaveLength(1);
    const rows = t.app.db.$client.prepare('SELECT status, last_error AS error FROM outbox ORDER BY id').all();
    expect(rows).toEqual([
      { status: 'failed', error: '132001 template does not exist' },
      { status: 'sent', error: null },
    ]);
  });
});
