import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextMessageId, startWhatsAppHarness, type WhatsAppHarness } from '../../../support/whatsapp-harness.js';

const ANA = '593991234567@s.whatsapp.net';
const BOB = '593987654321@s.whatsapp.net';

function outboxRows(h: WhatsAppHarness, address: string): number {
  return (h.app.db.$client.prepare('SELECT count(*) AS n FROM outbox WHERE address = ?').get(address) as { n: number }).n;
}

describe('WhatsApp inbound messages', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('drops a replayed messages.upsert: no second reply, nothing changes', async () => {
    h = await startWhatsAppHarness();
    await h.onboard(ANA);
    const ask = { id: nextMessageId(), from: ANA, text: '/idioma' };
    await h.receive([ask]);
    await h.deliver();
    const sentBefore = h.socket.textsTo(ANA).length;
    const outboxBefore = outboxRows(h, ANA);

    // Baileys replays after a reconnect: on the same socket, and on the next one.
    const first = h.socket;
    first.receive([ask]);
    first.close(408);
    h.timers.fireAll();
    expect(h.socket).not.toBe(first);
    h.socket.open();
    const answer = { id: nextMessageId(), from: ANA, text: '2' };
    await h.receive([ask, answer], 1);
    // A stranger's message after the replays shows when they have all been handled.
    await h.receive([answer, ask, { id: nextMessageId(), from: BOB, text: 'hola' }], 1);
    await h.deliver();

    expect(h.handled.filter((inbound) => inbound.externalId === ask.id)).toHaveLength(1);
    expect(h.handled.filter((inbound) => inbound.externalId === answer.id)).toHaveLength(1);
    expect(first.textsTo(ANA)).toHaveLength(sentBefore);
    expect(h.socket.textsTo(ANA)).toEqual([h.app.translator.t('en', 'language-changed')]);
    expect(outboxRows(h, ANA)).toBe(outboxBefore + 1);
  });

  it('ignores its own messages, status broadcasts, groups, newsletters, history appends and protocol traffic', async () => {
    h = await startWhatsAppHarness();
    // History from before the bot's session was linked (2020) comes as an append.
    h.socket.receive([{ id: nextMessageId(), from: ANA, text: 'history', timestamp: 1_600_000_000 }], 'append');
    await h.receive(
      [
        { id: nextMessageId(), from: ANA, text: '/ayuda', fromMe: true },
        { id: nextMessageId(), from: 'status@broadcast', text: 'mi estado' },
        { id: nextMessageId(), from: '120363025246125486@g.us', text: '/ayuda' },
        { id: nextMessageId(), from: '120363144038483540@newsletter', text: 'noticias' },
        { id: nextMessageId(), from: ANA, message: { reactionMessage: { text: '👍', key: { id: 'X' } } } },
        { id: nextMessageId(), from: ANA, message: { protocolMessage: { type: 0 } } },
        { id: nextMessageId(), from: ANA, message: { extendedTextMessage: { text: 'hola' } } },
      ],
      1,
    );
    expect(h.handled).toEqual([expect.objectContaining({ channel: 'whatsapp', address: ANA, text: 'hola' })]);
  });

  it('reads text from conversation, extendedTextMessage and captions, through ephemeral wrappers', async () => {
    h = await startWhatsAppHarness();
    await h.receive([
      { id: nextMessageId(), from: ANA, text: 'uno', pushName: 'Ana' },
      { id: nextMessageId(), from: ANA, message: { ephemeralMessage: { message: { extendedTextMessage: { text: 'dos' } } } } },
    ]);
    expect(h.handled.map((inbound) => [inbound.text, inbound.displayName])).toEqual([
      ['uno', 'Ana'],
      ['dos', undefined],
    ]);
  });

  it('uses the LID as the address only when no phone number is known for it', async () => {
    h = await startWhatsAppHarness();
    await h.receive([{ id: nextMessageId(), from: '170340326543299@lid', text: 'hola' }]);
    expect(h.handled[0]!.address).toBe('170340326543299@lid');
  });
});

describe('WhatsApp messages sent while the bot was away', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('handles appended messages newer than the last one handled, once, and ignores older history', async () => {
    h = await startWhatsAppHarness();
    const now = Math.floor(Date.now() / 1000);
    await h.onboard(ANA);
    const handledBefore = h.handled.length;
    // The bot goes away; on reconnect Baileys delivers what arrived meanwhile as an append.
    h.socket.close(408);
    h.timers.fireAll();
    h.socket.open();
    const old = { id: nextMessageId(), from: ANA, text: '/ayuda', timestamp: now - 3600 };
    const whileAway = { id: nextMessageId(), from: ANA, text: '/idioma', timestamp: now + 5 };
    const fromBob = { id: nextMessageId(), from: BOB, text: 'hola', timestamp: now + 6 };
    h.socket.receive([old, whileAway, fromBob], 'append');
    await vi.waitFor(() => expect(h.handled.length).toBe(handledBefore + 2), { timeout: 5000, interval: 5 });
    // The same append again (a second reconnect) changes nothing.
    h.socket.receive([whileAway, fromBob], 'append');
    await h.receive([{ id: nextMessageId(), from: BOB, text: 'otra vez', timestamp: now + 7 }]);
    expect(h.handled.slice(handledBefore).map((inbound) => inbound.text)).toEqual(['/idioma', 'hola', 'otra vez']);
    expect(h.count('processed_inbound')).toBe(handledBefore + 3);
  });
});

describe('one person behind a LID and a phone number', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('keeps the roles of a person first seen by LID when they later write from their phone number', async () => {
    h = await startWhatsAppHarness();
    const lid = '170340326549999@lid';
    await h.onboard(lid);
    expect(h.handled.at(-1)!.address).toBe(lid);
    const person = personOf(h, lid);
    expect(person).not.toBeNull();

    // WhatsApp now shows the phone number, with the LID beside it.
    await h.receive([{ id: nextMessageId(), from: ANA, fromAlt: lid, text: '/siguiente' }]);
    await h.deliver();
    expect(h.count('identities')).toBe(1);
    expect(personOf(h, ANA)).toBe(person);
    expect(h.app.db.$client.prepare('SELECT count(*) AS n FROM memberships WHERE person_id = ?').get(person)).toEqual({ n: 1 });
    // Answered as the POC they are, at the phone number.
    expect(keysTo(h, ANA).at(-1)).not.toBe('start-guest');
    expect(h.socket.textsTo(ANA).length).toBeGreaterThan(0);
  });

  it('links a phone-number identity with no person yet to the person of its LID', async () => {
    h = await startWhatsAppHarness();
    const lid = '170340326548888@lid';
    await h.receive([{ id: nextMessageId(), from: ANA, text: 'hola' }]);
    await h.onboard(lid);
    await h.receive([{ id: nextMessageId(), from: lid, fromAlt: ANA, text: '/ayuda' }]);
    expect(personOf(h, ANA)).toBe(personOf(h, lid));
  });
});

function personOf(h: WhatsAppHarness, address: string): number | null {
  const row = h.app.db.$client.prepare("SELECT person_id AS id FROM identities WHERE channel = 'whatsapp' AND address = ?").get(address) as { id: number | null } | undefined;
  return row?.id ?? null;
}

function keysTo(h: WhatsAppHarness, address: string): (string | undefined)[] {
  const rows = h.app.db.$client.prepare("SELECT payload FROM outbox WHERE channel = 'whatsapp' AND address = ? ORDER BY id").all(address) as { payload: string }[];
  return rows.map((row) => (JSON.parse(row.payload) as { key?: string }).key);
}
