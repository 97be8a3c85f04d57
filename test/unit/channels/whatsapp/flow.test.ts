import { afterEach, describe, expect, it } from 'vitest';
import { nextMessageId, startWhatsAppHarness, type WhatsAppHarness } from '../../../support/whatsapp-harness.js';

const ANA = '593991234567@s.whatsapp.net';

describe('WhatsApp adapter with the real app', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('carries a person from a bare invite code to a changed language, with numbered choices', async () => {
    h = await startWhatsAppHarness();
    const { code } = h.app.invites.create({ role: 'poc' });

    await h.receive([{ id: nextMessageId(), from: ANA, text: code, pushName: 'Ana' }]);
    await h.deliver();
    const welcome = h.socket.textsTo(ANA);
    expect(welcome.length).toBeGreaterThan(0);
    const greeting = h.app.translator.t('es', 'invite-welcome', { label: '<label>', ask: 'yes' }).split('<label>')[0]!;
    expect(welcome[0]).toContain(greeting);
    expect(h.socket.sent.every((call) => 'text' in call.content)).toBe(true);

    await h.receive([{ id: nextMessageId(), from: ANA, text: '/idioma' }]);
    await h.deliver();
    const offer = h.socket.textsTo(ANA).at(-1)!;
    expect(offer).toContain(h.app.translator.t('es', 'language-ask'));
    expect(offer).toContain('1. Español\n2. English');
    expect(offer.endsWith(h.app.translator.t('es', 'whatsapp-choose-number'))).toBe(true);

    await h.receive([{ id: nextMessageId(), from: ANA, text: '2' }]);
    await h.deliver();
    expect(h.socket.textsTo(ANA).at(-1)).toBe(h.app.translator.t('en', 'language-changed'));

    // The numbered list now closes with the English hint, and a label answers as well as a number.
    await h.receive([{ id: nextMessageId(), from: ANA, text: '/language' }]);
    await h.deliver();
    expect(h.socket.textsTo(ANA).at(-1)!.endsWith(h.app.translator.t('en', 'whatsapp-choose-number'))).toBe(true);
    await h.receive([{ id: nextMessageId(), from: ANA, text: 'español' }]);
    await h.deliver();
    expect(h.socket.textsTo(ANA).at(-1)).toBe(h.app.translator.t('es', 'language-changed'));
  });

  it('lists "Atrás" under a free-text question and says a typed answer is welcome', async () => {
    h = await startWhatsAppHarness();
    for (const text of ['/interes', 'municipio', 'azuay']) {
      await h.receive([{ id: nextMessageId(), from: ANA, text }]);
      await h.deliver();
    }
    const question = h.socket.textsTo(ANA).at(-1)!;
    expect(question).toContain(h.app.translator.t('es', 'gad-canton-ask'));
    expect(question).toContain(`1. ${h.app.translator.t('es', 'choice-back')}`);
    expect(question.endsWith(h.app.translator.t('es', 'whatsapp-type-or-choose'))).toBe(true);
    await h.receive([{ id: nextMessageId(), from: ANA, text: 'Sígsig' }]);
    await h.deliver();
    expect(h.socket.textsTo(ANA).at(-1)).toContain(h.app.translator.t('es', 'gad-name-ask'));
  });

  it('treats a contact seen by LID and by phone number as one person', async () => {
    h = await startWhatsAppHarness();
    await h.onboard(ANA);
    const lid = '170340326543210@lid';

    await h.receive([{ id: nextMessageId(), from: lid, fromAlt: ANA, text: '/idioma' }]);
    h.socket.lidMappings.set('170340326543211@lid', '593991234567:3@s.whatsapp.net');
    await h.receive([{ id: nextMessageId(), from: '170340326543211@lid', text: '2' }]);
    await h.deliver();

    expect(h.handled.slice(-2).map((inbound) => inbound.address)).toEqual([ANA, ANA]);
    expect(h.socket.textsTo(ANA).at(-1)).toBe(h.app.translator.t('en', 'language-changed'));
    expect(h.count('identities')).toBe(1);
  });

  it('keeps what it sent so Baileys can serve retries, and reports unreachable numbers', async () => {
    h = await startWhatsAppHarness();
    await h.onboard(ANA);
    expect(await h.socket.settings.getMessage({ remoteJid: ANA, fromMe: true, id: 'UNKNOWN' })).toBeUndefined();

    const result = await h.adapter.send({ id: 1, channel: 'whatsapp', address: ANA, text: 'hola' });
    expect(result).toEqual({ kind: 'sent' });
    const { id } = h.socket.sent.at(-1)!;
    expect((await h.socket.settings.getMessage({ remoteJid: ANA, fromMe: true, id }))?.conversation).toBe('hola');

    const ghost = '593990000000@s.whatsapp.net';
    h.socket.notOnWhatsApp.add(ghost);
    expect((await h.adapter.send({ id: 2, channel: 'whatsapp', address: ghost, text: 'hola' })).kind).toBe('unreachable');
  });
});
