/**
 * Secrets never reach a log line (issue 13, defect 2). A bot process on the Telegram
 * channel meets every kind of failure that logs an error — network errors on getUpdates,
 * answerCallbackQuery, setMyCommands, deleteWebhook, sendMessage, getFile and the final
 * confirmation at stop, a 409 Conflict, a webhook that cannot be set — and all it writes,
 * stdout and stderr, is searched for the token, its secret half (alone or URL-encoded)
 * and the webhook secret.
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/shared/logger.js';
import { addSecret } from '../../src/shared/secrets.js';
import { testAppAtRealTime } from '../support/app.js';
import { FakeBotApi, FAKE_TOKEN } from '../support/fake-bot-api.js';
import { leakingLines, TEST_SECRETS, TEST_WEBHOOK_SECRET } from '../support/logs.js';
import { BotService, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
let bot: BotService | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await bot?.stop('SIGKILL');
  await fake?.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Every form of the secrets a leak could take. */
const FORMS = [...TEST_SECRETS, FAKE_TOKEN, encodeURIComponent(FAKE_TOKEN)];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

function dataDirWithInvite(): { dataDir: string; code: string } {
  const setup = testAppAtRealTime();
  dirs.push(setup.dataDir);
  const { code } = setup.app.invites.create({ role: 'poc' });
  setup.app.close();
  return { dataDir: setup.dataDir, code };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('secrets in the logs', () => {
  it('keeps the bot token out of every line while every Bot API call it makes fails once', { timeout: 60_000 }, async () => {
    fake = await FakeBotApi.start();
    const { dataDir, code } = dataDirWithInvite();
    fake.failNext('setMyCommands', 'network', 3);
    fake.failNext('deleteWebhook', 'network');
    fake.failNext('getUpdates', 'network');
    fake.failNext('getUpdates', { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, 1, 1);
    bot = new BotService(telegramEnv(fake, dataDir));
    await bot.ready();
    await bot.waitForLog('409 Conflict');

    const chat = 4242;
    fake.failNext('sendMessage', 'network');
    fake.sendText(chat, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(chat).length === 1, 'the welcome after a failed send', 15_000);
    fake.failNext('answerCallbackQuery', 'network');
    fake.pressButton(chat, 'stale-button');
    await fake.waitFor(() => fake!.sent(chat).length === 2, 'the answer to the press', 15_000);
    fake.failNext('getFile', 'network');
    fake.sendDocument(chat, PDF, 'acta.pdf');
    await fake.waitFor(() => fake!.sent(chat).length === 3, 'the refused download', 15_000);
    fake.failNext('getUpdates', 'network', 5);
    expect(await bot.stop('SIGTERM')).toBe(0);

    // Each failure was really met and logged...
    const messages = bot.logs().map((line) => line.msg);
    for (const expected of ['telegram setMyCommands failed', 'telegram deleteWebhook failed', 'telegram getUpdates failed; retrying', 'answerCallbackQuery failed', 'send failed; will retry', 'telegram download failed', 'telegram could not confirm the stored updates; they will be delivered again']) {
      expect(messages, expected).toContain(expected);
    }
    // ...with the error's details, URL included, but never the token.
    expect(bot.stderr).toContain('[redacted]');
    expect(leakingLines([bot.stdout, ...bot.stderr.split('\n')], FORMS)).toEqual([]);
  });

  it('keeps the token and the webhook secret out of the log when the webhook cannot be set', { timeout: 30_000 }, async () => {
    fake = await FakeBotApi.start();
    const { dataDir } = dataDirWithInvite();
    fake.failNext('setWebhook', 'network');
    const port = await freePort();
    bot = new BotService(
      telegramEnv(fake, dataDir, { TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, TELEGRAM_WEBHOOK_PORT: String(port) }),
    );
    expect(await bot.exited).toBe(1);
    expect(bot.logs().some((line) => line.msg === 'channel could not start')).toBe(true);
    expect(leakingLines([bot.stdout, ...bot.stderr.split('\n')], FORMS)).toEqual([]);
  });

  it('redacts a registered secret from nested errors, URLs and encodings in any line', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line) => void lines.push(line) });
    const token = '987654:ZYXWVUTSRQPONMLKJIHGFEDCBA_secret';
    addSecret(token);
    const cause = new Error(`request to http://127.0.0.1/bot${token}/getMe failed, reason: socket hang up`);
    logger.warn({ err: Object.assign(new Error('Network request failed'), { error: cause, url: `https://x/bot${encodeURIComponent(token)}/x` }) }, 'failed');
    logger.info({ nested: { deeper: [`…${token.split(':')[1]}…`] } }, 'nested');
    expect(lines).toHaveLength(2);
    expect(leakingLines(lines, [token, token.split(':')[1]!, encodeURIComponent(token)])).toEqual([]);
    expect(lines[0]).toContain('/bot[redacted]/getMe');
  });

  it('the suite-wide check finds a line holding a test secret', () => {
    expect(leakingLines(['{"msg":"ok"}', `{"msg":"GET /bot${FAKE_TOKEN}/getMe"}`])).toHaveLength(1);
  });
});
