import { afterEach, describe, expect, it } from 'vitest';
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
    h.socket.receive([{ id: nextMessageId(), from: ANA, text: 'history' }], 'append');
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
