import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadLinks } from '../../../src/shared/download-links.js';
import { m, raw } from '../../../src/shared/i18n.js';
import { failedCount, failedRows } from '../../../src/store/outbox.js';
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
    // Sends are timed here, a moment after the pacer admitted them: a 1 ms difference in that
    // moment between two sends is scheduling, not a sixth message inside a second.
    for (let i = 5; i < sent.length; i++) expect(sent[i]!.at - sent[i - 5]!.at).toBeGreaterThanOrEqual(999);
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

/** Queues `count` numbered rows for `address` straight through the notifier, as flows do. */
function queueRows(person: number, count: number): void {
  for (let i = 1; i <= count; i++) t.app.notifier.toPerson(person, { text: raw(`m${i}`) }, { now: new Date() });
}

function statuses(): { address: string; status: string; last_error: string | null }[] {
  return t.app.db.$client.prepare('SELECT address, status, last_error FROM outbox ORDER BY id').all() as never;
}

describe('dispatcher fairness and failures', () => {
  it("sends other people's messages while one chat's backlog of 300 waits its own pace", async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 50, perChatIntervalMs: 100 });
    t.app.attach(adapter);
    queueRows(t.join('flood', { role: 'poc' }), 300);
    const others = ['a', 'b', 'c', 'd', 'e'];
    for (const address of others) queueRows(t.join(address, { role: 'poc' }), 1);
    t.app.dispatcher.start();
    await waitUntil(() => others.every((address) => sent.some((s) => s.message.address === address && s.message.text === 'm1')));
    await t.app.dispatcher.stop();
    const flood = sent.filter((s) => s.message.address === 'flood');
    // Everyone else got their welcome and their message while the flood sent a handful, in order.
    expect(flood.length).toBeLessThan(10);
    expect(flood.map((s) => s.message.text)).toEqual(flood.map((_, i) => (i === 0 ? flood[0]!.message.text : `m${i}`)));
  });

  it('gives up on a message the platform refuses for good, with the reason, and sends the next one', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent, calls } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (m) =>
      m.text === 'm1' ? { kind: 'failed', reason: '400 Bad Request: message text is empty' } : { kind: 'sent' },
    );
    t.app.attach(adapter);
    queueRows(t.join('a', { role: 'poc' }), 2);
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    expect(sent.map((s) => s.message.text).slice(-1)).toEqual(['m2']);
    expect(calls()).toBe(3);
    expect(statuses().map((row) => row.status)).toEqual(['sent', 'failed', 'sent']);
    expect(statuses()[1]!.last_error).toBe('400 Bad Request: message text is empty');
    expect(failedCount(t.app.db)).toBe(1);
  });

  it('gives up after the configured number of transient failures and moves on', async () => {
    t = testApp({}, { clock: { now: () => new Date() }, dispatcher: { maxAttempts: 3, maxBackoffMs: 20 } });
    const { adapter, sent, calls } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 }, (m) =>
      m.text === 'm1' ? { kind: 'transient', reason: 'network down' } : { kind: 'sent' },
    );
    t.app.attach(adapter);
    queueRows(t.join('a', { role: 'poc' }), 2);
    expect(await t.app.dispatcher.drain(3000)).toBe(true);
    expect(calls()).toBe(1 + 3 + 1);
    expect(sent.at(-1)!.message.text).toBe('m2');
    const failed = failedRows(t.app.db, 10);
    expect(failed.map((row) => [row.attempts, row.lastError])).toEqual([[3, 'gave up after 3 attempts: network down']]);
  });

  it('fails a message whose file is not in the document store without calling the channel', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, calls } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 });
    t.app.attach(adapter);
    const person = t.join('a', { role: 'poc' });
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    const before = calls();
    t.app.notifier.toPerson(person, { text: raw('acta'), file: { sha256: 'f'.repeat(64), name: 'acta.pdf', mime: 'application/pdf' } }, { now: new Date() });
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    expect(calls()).toBe(before);
    expect(statuses().at(-1)).toMatchObject({ status: 'failed', last_error: 'the file is not in the document store' });
  });

  it('sends a file larger than the channel allows in parts that join into the original, never retrying it whole', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const received: Buffer[] = [];
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0, maxFileBytes: 1000 }, (m) => {
      if (m.file) received.push(readFileSync(m.file.path));
      return m.file && statSync(m.file.path).size > 1000 ? { kind: 'failed', reason: 'too large' } : { kind: 'sent' };
    });
    t.app.attach(adapter);
    const person = t.join('a', { role: 'poc' });
    const bytes = randomBytes(2500);
    const sha256 = t.app.documents.write(bytes);
    t.app.notifier.toPerson(person, { text: raw('Paquete'), file: { sha256, name: 'paquete.zip', mime: 'application/zip' } }, { now: new Date() });
    expect(await t.app.dispatcher.drain(3000)).toBe(true);
    const parts = sent.filter((s) => s.message.file);
    expect(parts.map((s) => s.message.file!.name)).toEqual(['paquete.zip.001', 'paquete.zip.002', 'paquete.zip.003']);
    expect(received.map((part) => part.length)).toEqual([1000, 1000, 500]);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
    expect(parts[0]!.message.text).toContain('Paquete');
    expect(parts[0]!.message.text).toContain(sha256);
    expect(parts[0]!.message.text).toContain('3 partes');
    expect(statuses().filter((row) => row.status === 'split')).toHaveLength(1);
    expect(failedCount(t.app.db)).toBe(0);
    expect(readdirSync(join(t.dataDir, 'documents', 'parts'))).toEqual([]);
  });

  it('sends a download link instead of parts when the bot can make one', async () => {
    const links: DownloadLinks = { linkFor: (file) => `https://bot.example.org/d/${file.sha256.slice(0, 12)}` };
    t = testApp({}, { clock: { now: () => new Date() }, links });
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0, maxFileBytes: 1000 });
    t.app.attach(adapter);
    const person = t.join('a', { role: 'poc' });
    const sha256 = t.app.documents.write(randomBytes(2500));
    t.app.notifier.toPerson(person, { text: raw('Paquete'), file: { sha256, name: 'paquete.zip', mime: 'application/zip' } }, { now: new Date() });
    expect(await t.app.dispatcher.drain(3000)).toBe(true);
    const last = sent.at(-1)!.message;
    expect(last.file).toBeUndefined();
    expect(last.text).toContain(`https://bot.example.org/d/${sha256.slice(0, 12)}`);
  });

  it('blanks an invite code from the stored message once it is sent', async () => {
    t = testApp({}, { clock: { now: () => new Date() } });
    const { adapter, sent } = recordingAdapter({ globalPerSecond: 100, perChatIntervalMs: 0 });
    t.app.attach(adapter);
    const person = t.join('a', { role: 'poc' });
    t.app.notifier.toPerson(person, { text: m('invite-code', { label: 'POC', code: 'ABCD EFGH JKMN PQRS', link: '', days: 7 }) }, { now: new Date() });
    expect(JSON.stringify(t.inbox('a').at(-1))).toContain('ABCD EFGH JKMN PQRS');
    expect(await t.app.dispatcher.drain(2000)).toBe(true);
    expect(sent.at(-1)!.message.text).toContain('ABCD EFGH JKMN PQRS');
    const stored = t.inbox('a').at(-1)!;
    expect(JSON.stringify(stored)).not.toContain('ABCD EFGH JKMN PQRS');
    expect(stored.text).toContain('[…]');
    expect(stored.secrets).toBeUndefined();
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
