/**
 * Language for everyone: guests change it with /idioma or /language before they are
 * invited, and the first language comes from the platform (Telegram's language_code,
 * an Ecuadorian WhatsApp number) until the person chooses one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../support/app.js';
import { nextMessageId, startWhatsAppHarness, type WhatsAppHarness } from '../../../support/whatsapp-harness.js';

let t: TestApp | undefined;
let h: WhatsAppHarness | undefined;
afterEach(async () => {
  t?.cleanup();
  await h?.close();
  t = h = undefined;
});

const localeOf = (app: TestApp, address: string) =>
  (app.app.db.$client.prepare('SELECT p.locale FROM identities i JOIN people p ON p.id = i.person_id WHERE i.address = ?').get(address) as { locale: string }).locale;

describe('language for guests', () => {
  it('lets a guest choose English with /idioma, keeps it, and carries it into their person when they join', () => {
    t = testApp();
    const asked = t.say('guest', '/idioma')[0]!;
    expect(asked.key).toBe('language-ask');
    expect(t.say('guest', 'English')[0]).toMatchObject({ key: 'language-changed', text: t.app.translator.t('en', 'language-changed') });
    expect(t.count('people')).toBe(0);
    expect(t.say('guest', 'hola')[0]).toMatchObject({ key: 'start-guest', text: t.app.translator.t('en', 'start-guest') });
    const { code } = t.app.invites.create({ role: 'grupo_nucleo' });
    expect(t.say('guest', `/start ${code}`)[0]!.text.startsWith('Welcome!')).toBe(true);
    expect(localeOf(t, 'guest')).toBe('en');
  });

  it('answers /language the same way, and takes the locale as an argument', () => {
    t = testApp();
    expect(t.say('visitor', '/language en')[0]!.text).toBe(t.app.translator.t('en', 'language-changed'));
    expect(t.say('visitor', '/idioma es')[0]!.text).toBe(t.app.translator.t('es', 'language-changed'));
  });

  it("speaks the language Telegram reports until the person chooses, and keeps a person's own", () => {
    t = testApp();
    expect(t.say('tg-en', '/ayuda', { languageHint: 'en-US' })[0]!.text).toContain(t.app.translator.t('en', 'help-header-guest'));
    expect(t.say('tg-pt', '/ayuda', { languageHint: 'pt-BR' })[0]!.text).toContain(t.app.translator.t('es', 'help-header-guest'));
    // A choice wins over later hints.
    t.say('tg-en', '/idioma es', { languageHint: 'en-US' });
    expect(t.say('tg-en', '/ayuda', { languageHint: 'en-US' })[0]!.text).toContain(t.app.translator.t('es', 'help-header-guest'));
    // Someone who already has a person keeps their language whatever the platform says.
    t.join('ana', { role: 'poc' });
    expect(t.say('ana', '/ayuda', { languageHint: 'en' })[0]!.text).toContain(t.app.translator.t('es', 'help-header'));
  });
});

describe('language from the channel', () => {
  it('takes Spanish for an Ecuadorian WhatsApp number, and the default for others', async () => {
    h = await startWhatsAppHarness({}, { DEFAULT_LOCALE: 'en' });
    const ecuador = '593987654321@s.whatsapp.net';
    const abroad = '14155550123@s.whatsapp.net';
    await h.receive([
      { id: nextMessageId(), from: ecuador, text: '/ayuda' },
      { id: nextMessageId(), from: abroad, text: '/help' },
    ]);
    await h.deliver();
    expect(h.socket.textsTo(ecuador).at(-1)).toContain(h.app.translator.t('es', 'help-header-guest'));
    expect(h.socket.textsTo(abroad).at(-1)).toContain(h.app.translator.t('en', 'help-header-guest'));
  });
});
