/** Telegram webhook mode: the secret token is checked on every request. */
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramHarness, type TelegramHarness } from '../../../support/telegram-harness.js';

let harness: TelegramHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const SECRET = 'webhook-secret-0123456789';
const URL_PATH = '/telegram/hook';

describe('Telegram webhook mode', () => {
  it('rejects an update without the secret token and handles one with it', async () => {
    harness = await startTelegramHarness({
      adapter: { webhook: { url: `https://bot.example.org${URL_PATH}`, secret: SECRET, port: 0, host: '127.0.0.1' } },
    });
    const { fake, adapter } = harness;
    expect(fake.callsOf('setWebhook')[0]!.params).toMatchObject({ url: `https://bot.example.org${URL_PATH}`, secret_token: SECRET });
    const endpoint = `http://127.0.0.1:${adapter.webhookPort()}${URL_PATH}`;
    const post = (update: unknown, headers: Record<string, string> = {}) =>
      fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });

    const forged = await post({ ...fake.message(9001, { text: '/ayuda' }), update_id: 1 });
    expect(forged.status).toBe(401);
    const wrong = await post({ ...fake.message(9001, { text: '/ayuda' }), update_id: 2 }, { 'X-Telegram-Bot-Api-Secret-Token': 'not-the-secret-000' });
    expect(wrong.status).toBe(401);
    expect(harness.count('processed_inbound')).toBe(0);

    const genuine = await post({ ...fake.message(9001, { text: '/ayuda' }), update_id: 3 }, { 'X-Telegram-Bot-Api-Secret-Token': SECRET });
    expect(genuine.status).toBe(200);
    expect(harness.count('processed_inbound')).toBe(1);
    await fake.waitFor(() => fake.sent(9001).length === 1, 'the reply');
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });
});
