/** The Telegram adapter on its own: sending, error mapping, menus, polling and stopping. */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../../../src/channels/telegram/telegram.js';
import { splitText } from '../../../../src/channels/telegram/send.js';
import type { Inbound, OutboundMessage } from '../../../../src/shared/messages.js';
import { DocumentStore } from '../../../../src/store/documents.js';
import { tempDir } from '../../../support/app.js';
import { FakeBotApi } from '../../../support/fake-bot-api.js';

let fake: FakeBotApi;
let dataDir: string;
let adapter: TelegramAdapter;

beforeEach(async () => {
  fake = await FakeBotApi.start();
  dataDir = tempDir();
  adapter = createTelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    globalPerSecond: 30,
    perChatIntervalMs: 1000,
    documents: new DocumentStore(dataDir, 1024 * 1024),
    translate: (locale, key) => `${locale}:${key}`,
    menus: { guest: (locale) => [{ command: 'ayuda', description: `${locale}-help` }] },
    pollTimeoutSeconds: 1,
  });
});

afterEach(async () => {
  await adapter.stop();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const message = (text: string, extra: Partial<OutboundMessage> = {}): OutboundMessage => ({ id: 1, channel: 'telegram', address: '42', text, ...extra });

describe('sending', () => {
  it('declares the limits it was given', () => {
    expect(adapter.limits).toEqual({ globalPerSecond: 30, perChatIntervalMs: 1000, maxFileBytes: 50 * 1024 * 1024 });
  });

  it('sends plain text, and choices as one inline button per row', async () => {
    const choices = [{ id: 'c1', label: 'Sí <b>' }, { id: 'c2', label: 'No' }];
    expect(await adapter.send(message('Hola <Ana> & *todos*', { choices }))).toEqual({ kind: 'sent' });
    const [call] = fake.sent(42);
    expect(call!.params.text).toBe('Hola <Ana> & *todos*');
    expect(call!.params.parse_mode).toBeUndefined();
    expect(call!.params.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Sí <b>', callback_data: 'c1' }], [{ text: 'No', callback_data: 'c2' }]] });
  });

  it('splits text over 4096 characters, the keyboard on the last part', async () => {
    const text = `${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}`;
    await adapter.send(message(text, { choices: [{ id: 'c1', label: 'ok' }] }));
    const calls = fake.sent(42);
    expect(calls.map((call) => call.params.text)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
    expect(calls.map((call) => call.params.reply_markup === undefined)).toEqual([true, false]);
  });

  it('does not repeat the parts already delivered when a later part is told to wait', async () => {
    const text = `${'a'.repeat(3000)}\n${'b'.repeat(3000)}`;
    fake.failNext('sendMessage', { error_code: 429, retry_after: 3 }, 1, 1);
    expect(await adapter.send(message(text))).toMatchObject({ kind: 'retry', afterMs: 3000 });
    expect(await adapter.send(message(text))).toEqual({ kind: 'sent' });
    expect(fake.texts(42)).toEqual(['a'.repeat(3000), 'b'.repeat(3000)]);
  });

  it('sends a file as a document with the text as caption, or the text first when it is long', async () => {
    const path = join(dataDir, 'acta.bin');
    writeFileSync(path, Buffer.alloc(1234, 1));
    await adapter.send(message('Tu acta', { file: { name: 'acta.pdf', path, mime: 'application/pdf' } }));
    const [doc] = fake.sent(42);
    expect(doc!.method).toBe('sendDocument');
    expect(doc!.params.caption).toBe('Tu acta');
    expect(doc!.upload).toMatchObject({ name: 'acta.pdf', size: 1234 });

    await adapter.send(message('x'.repeat(1500), { id: 2, file: { name: 'acta.pdf', path, mime: 'application/pdf' } }));
    expect(fake.sent(42).slice(1).map((call) => [call.method, call.params.caption])).toEqual([
      ['sendMessage', undefined],
      ['sendDocument', undefined],
    ]);
  });

  it.each([
    [{ error_code: 429, retry_after: 7 }, { kind: 'retry', afterMs: 7000 }],
    [{ error_code: 403, description: 'Forbidden: bot was blocked by the user' }, { kind: 'unreachable' }],
    [{ error_code: 403, description: 'Forbidden: user is deactivated' }, { kind: 'unreachable' }],
    [{ error_code: 400, description: 'Bad Request: chat not found' }, { kind: 'unreachable' }],
    [{ error_code: 502, description: 'Bad Gateway' }, { kind: 'transient' }],
    [{ error_code: 400, description: 'Bad Request: message text is empty' }, { kind: 'failed' }],
    [{ error_code: 413, description: 'Request Entity Too Large' }, { kind: 'failed' }],
    ['network' as const, { kind: 'transient' }],
  ])('maps %j to %j', async (failure, expected) => {
    fake.failNext('sendMessage', failure);
    const result = await adapter.send(message('hola'));
    expect(result).toMatchObject(expected);
    expect(JSON.stringify(result)).not.toContain(fake.token);
  });
});

describe('the fake server in rate-limit mode', () => {
  it('answers 429 past one message per second to a chat or past the global rate', async () => {
    fake.rateLimit = { globalPerSecond: 2, perChatIntervalMs: 1000 };
    expect(await adapter.send(message('uno'))).toEqual({ kind: 'sent' });
    expect(await adapter.send(message('dos'))).toMatchObject({ kind: 'retry', afterMs: 1000 });
    expect(await adapter.send(message('tres', { address: '43' }))).toEqual({ kind: 'sent' });
    expect(await adapter.send(message('cuatro', { address: '44' }))).toMatchObject({ kind: 'retry', afterMs: 1000 });
    expect(fake.rateLimited).toBe(2);
  });
});

describe('splitText', () => {
  it('keeps short text whole and never cuts a surrogate pair', () => {
    expect(splitText('hola')).toEqual(['hola']);
    const emoji = '😀'.repeat(10);
    const pieces = splitText(emoji, 5);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces.every((piece) => !/[\ud800-\udbff]$/.test(piece))).toBe(true);
  });
});

describe('receiving', () => {
  it('sets the guest menu per locale at start', async () => {
    await adapter.start(async () => {});
    const menus = fake.callsOf('setMyCommands').map((call) => [call.params.language_code, call.params.commands]);
    expect(menus).toEqual([
      [undefined, [{ command: 'ayuda', description: 'es-help' }]],
      ['es', [{ command: 'ayuda', description: 'es-help' }]],
      ['en', [{ command: 'ayuda', description: 'en-help' }]],
    ]);
  });

  it('passes /start CODE through, with a stable external id and the display name', async () => {
    const received: Inbound[] = [];
    await adapter.start(async (inbound) => void received.push(inbound));
    fake.sendText(42, '/start ABCD1234EFGH5678', { first_name: 'Ana' });
    await fake.waitFor(() => received.length === 1, 'the inbound');
    expect(received[0]).toMatchObject({ channel: 'telegram', address: '42', displayName: 'Ana', text: '/start ABCD1234EFGH5678' });
    expect(received[0]!.externalId).toMatch(/^m:42:\d+$/);
  });

  it('keeps polling after a handler fails, and lets the update in hand finish on stop', async () => {
    const handled: string[] = [];
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    await adapter.start(async (inbound) => {
      if (inbound.text === 'boom') throw new Error('engine down');
      if (inbound.text === 'slow') await slow;
      handled.push(inbound.text!);
    });
    fake.sendText(42, 'boom');
    fake.sendText(42, 'after');
    await fake.waitFor(() => handled.includes('after'), 'the update after the failure');

    const id = fake.sendText(42, 'slow');
    await fake.waitFor(() => fake.deliveries.flat().includes(id), 'the slow update delivered');
    const stopped = adapter.stop().then(() => handled.includes('slow'));
    setTimeout(release, 100);
    expect(await stopped).toBe(true);
    expect(fake.offsets.at(-1)).toBe(id + 1);
  });
});
