/** The interest journey (route a) over Telegram: buttons for choices, notifications to exactly POC, Grupo Núcleo and AME. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramHarness, type TelegramHarness } from '../../../support/telegram-harness.js';

let h: TelegramHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

describe('interest over Telegram', () => {
  it('registers a municipality through buttons and notifies POC, Grupo Núcleo and AME only', { timeout: 30_000 }, async () => {
    h = await startTelegramHarness();
    const { fake, app } = h;
    const [poc, gn, ame, congope, requester] = [11, 12, 13, 14, 15];
    const join = async (chat: number, grant: Parameters<typeof app.invites.create>[0]) => {
      fake.sendText(chat, `/start ${app.invites.create(grant).code}`);
      await fake.waitFor(() => h!.sentKeys(chat).includes('invite-welcome'), `welcome of ${chat}`);
    };
    await join(poc, { role: 'poc' });
    await join(gn, { role: 'grupo_nucleo' });
    await join(ame, { role: 'gremio', gremio: 'AME' });
    await join(congope, { role: 'gremio', gremio: 'CONGOPE' });

    /** Waits for the n-th message to the requester and returns its keyboard, if any. */
    const question = async (n: number) => {
      await fake.waitFor(() => fake.sent(requester).length >= n, `question ${n}`);
      return fake.sent(requester)[n - 1]!.params.reply_markup as Keyboard | undefined;
    };
    const press = async (n: number, label: string) => {
      const button = (await question(n))!.inline_keyboard.flat().find((b) => b.text === label);
      expect(button, label).toBeDefined();
      fake.pressButton(requester, button!.callback_data);
    };
    const type = async (n: number, text: string) => {
      await question(n);
      fake.sendText(requester, text);
    };

    fake.sendText(requester, '/interes');
    await press(1, 'municipal');
    await press(2, 'Tungurahua');
    await type(3, 'Ambato');
    await type(4, 'GAD Municipal de Ambato');
    await type(5, 'Diana Caiza');
    await type(6, 'Alcaldesa');
    await type(7, '+593 99 123 4567');
    await type(8, 'Queremos cocrear un plan de gobierno abierto');
    await press(9, app.translator.t('es', 'choice-confirm'));
    await fake.waitFor(() => h!.sentKeys(requester).includes('interest-registered'), 'the receipt');
    expect(fake.texts(requester).at(-1)).toContain('GAD Municipal de Ambato');

    // The POC's notice carries the button that opens the review; the others' tell them the POC reviews it.
    const notified = [poc, gn, ame, congope].filter((chat) => h!.sentKeys(chat).some((key) => key === 'interest-notify' || key === 'interest-notify-review'));
    expect(notified).toEqual([poc, gn, ame]);
    const review = fake.sent(poc).at(-1)!.params.reply_markup as Keyboard;
    expect(review.inline_keyboard.flat().map((button) => button.text)).toEqual([app.translator.t('es', 'review-open')]);
    expect(fake.texts(poc).some((text) => text.includes('Diana Caiza'))).toBe(true);
    const progress = app.db.$client.prepare('SELECT activity FROM activity_progress WHERE done_at IS NOT NULL ORDER BY activity').all();
    expect(progress).toEqual([{ activity: 1 }, { activity: 3 }]);
  });
});
