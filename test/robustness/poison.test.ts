/**
 * A message the platform refuses for good does not block the chat (issue 13, defect 5):
 * the row is marked failed with its reason, the next message goes, `cli outbox --failed`
 * lists it, /panorama counts it, and `--retry` queues it again once the cause is fixed.
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import { testAppAtRealTime } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { BotService, runCli, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
let bot: BotService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await bot?.stop('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('a message refused for good', () => {
  it('is marked failed with its reason, the next one goes, and operators see and retry it', { timeout: 60_000 }, async () => {
    fake = await FakeBotApi.start();
    const setup = testAppAtRealTime();
    dataDir = setup.dataDir;
    const { code } = setup.app.invites.create({ role: 'poc' });
    setup.app.close();
    bot = new BotService(telegramEnv(fake, dataDir));
    await bot.ready();
    const chat = 5150;
    fake.sendText(chat, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(chat).length === 1, 'the welcome', 15_000);

    fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: message is too long' });
    fake.sendText(chat, '/ayuda');
    await fake.waitFor(() => fake!.callsOf('sendMessage').some((call) => call.status === 400), 'the refusal', 15_000);
    fake.sendText(chat, '/idioma');
    const t = new Translator();
    await fake.waitFor(() => fake!.texts(chat).includes(t.t('es', 'language-ask')), 'the next message', 15_000);
    expect(fake.callsOf('sendMessage').filter((call) => call.status === 400)).toHaveLength(1);

    const failed = runCli(['outbox', '--failed', '--json'], { DATA_DIR: dataDir });
    expect(failed.status).toBe(0);
    const report = JSON.parse(failed.stdout) as { total: number; rows: { reason: string; address: string; attempts: number }[] };
    expect(report.total).toBe(1);
    expect(report.rows[0]).toMatchObject({ address: String(chat), reason: '400 Bad Request: message is too long', attempts: 1 });
    expect(runCli(['outbox', '--failed'], { DATA_DIR: dataDir }).stdout).toContain('400 Bad Request: message is too long');

    fake.sendText(chat, '/cancelar');
    fake.sendText(chat, '/panorama');
    const notice = t.t('es', 'panorama-failed-messages', { count: 1 });
    await fake.waitFor(() => fake!.texts(chat).includes(notice), 'the failure in /panorama', 15_000);

    const sentBefore = fake.sent(chat).length;
    expect(JSON.parse(runCli(['outbox', '--failed', '--retry', '--json'], { DATA_DIR: dataDir }).stdout)).toEqual({ queued: 1 });
    await fake.waitFor(() => fake!.sent(chat).length === sentBefore + 1, 'the retried message', 15_000);
    expect(JSON.parse(runCli(['outbox', '--failed', '--json'], { DATA_DIR: dataDir }).stdout)).toMatchObject({ total: 0 });
  });
});
