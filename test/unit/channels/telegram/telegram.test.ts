/** The Telegram channel end to end: the real app, the adapter polling a fake Bot API server. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramHarness, type TelegramHarness } from '../../../support/telegram-harness.js';

let harness: TelegramHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

interface Keyboard {
  inline_keyboard: { text: string; callback_data: string }[][];
}

describe('Telegram adapter with the app', () => {
  it('onboards with /start CODE, offers a choice as an inline keyboard and ignores a forged press', async () => {
    harness = await startTelegramHarness();
    const { fake, app } = harness;
    const chat = 7001;

    await harness.onboard(chat);
    expect(harness.sentKeys(chat)).toEqual(['invite-welcome']);
    expect(fake.callsOf('setMyCommands').some((call) => JSON.stringify(call.params.scope) === JSON.stringify({ type: 'chat', chat_id: chat }))).toBe(true);

    fake.sendText(chat, '/idioma');
    await fake.waitFor(() => fake.sent(chat).length === 2, 'the language question');
    const question = fake.sent(chat)[1]!;
    expect(question.params.text).toBe(app.translator.t('es', 'language-ask'));
    const buttons = (question.params.reply_markup as Keyboard).inline_keyboard;
    expect(buttons.map((row) => row.length)).toEqual([1, 1]);
    const english = buttons.flat().find((button) => button.text === 'English')!;

    fake.pressButton(chat, 'forged-choice');
    await fake.waitFor(() => fake.sent(chat).length === 3, 'the answer to the forged press');
    expect(fake.texts(chat)[2]).toBe(app.translator.t('es', 'choice-stale'));
    const locale = () => (app.db.$client.prepare('SELECT locale FROM people').get() as { locale: string }).locale;
    expect(locale()).toBe('es');

    fake.pressButton(chat, english.callback_data);
    await fake.waitFor(() => fake.sent(chat).length === 4, 'the answer to the real press');
    expect(fake.texts(chat)[3]).toBe(app.translator.t('en', 'language-changed'));
    expect(locale()).toBe('en');
    expect(fake.callsOf('answerCallbackQuery')).toHaveLength(2);
    // The chat's menu was set after onboarding and again only when its language changed.
    const chatMenus = fake.callsOf('setMyCommands').filter((call) => (call.params.scope as { chat_id?: number })?.chat_id === chat);
    expect(chatMenus).toHaveLength(2);
    expect(chatMenus[1]!.params.commands).toEqual(app.commandMenu('telegram', String(chat)).commands);
  });

  it('says once in a group that it works in private chats, and handles nothing there', async () => {
    harness = await startTelegramHarness();
    const { fake, app } = harness;
    const group = -4242;
    fake.sendText(group, '/start', { language_code: 'en' });
    fake.sendText(group, '/ayuda');
    fake.sendText(7002, '/ayuda');
    await fake.waitFor(() => fake.sent(7002).length === 1, 'the private reply');
    expect(fake.texts(group)).toEqual([app.translator.t('en', 'telegram-private-only')]);
    expect(harness.count('processed_inbound')).toBe(1);
  });

  it('delivers every message in order per chat when sends are answered 429 with retry_after', async () => {
    harness = await startTelegramHarness();
    const { fake } = harness;
    const [a, b] = [7101, 7102];
    await harness.onboard(a);
    await harness.onboard(b);
    fake.failNext('sendMessage', { error_code: 429, retry_after: 1 }, 2);
    const started = Date.now();
    for (const text of ['/ayuda', '/idioma', '/cancelar']) {
      fake.sendText(a, text);
      fake.sendText(b, text);
    }
    await fake.waitFor(() => fake.sent(a).length === 4 && fake.sent(b).length === 4, 'every reply', 6000);
    expect(fake.callsOf('sendMessage').filter((call) => call.status === 429)).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    for (const chat of [a, b]) {
      const texts = fake.texts(chat).slice(1);
      expect(texts[1]).toBe(harness.app.translator.t('es', 'language-ask'));
      expect(texts[2]).toBe(harness.app.translator.t('es', 'cancelled'));
    }
    // Every row ends marked sent (the dispatcher marks it once the platform has answered).
    const running = harness;
    await fake.waitFor(() => running.count("outbox WHERE status = 'pending'") === 0, 'every row marked sent');
  });

  it('marks a person who blocked the bot as unreachable', async () => {
    harness = await startTelegramHarness();
    const { fake } = harness;
    await harness.onboard(7201);
    fake.block(7201);
    fake.sendText(7201, '/ayuda');
    await fake.waitFor(() => harness!.count("outbox WHERE status = 'unreachable'") === 1, 'the unreachable mark');
    expect(fake.callsOf('sendMessage').at(-1)!.status).toBe(403);
  });
});
