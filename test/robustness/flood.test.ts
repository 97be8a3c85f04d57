/**
 * One sender flooding the bot does not stall everyone else (issue 13, defect 4). A bot
 * process on Telegram, against a fake Bot API that enforces Telegram's limits (30
 * messages/s, 1/s per chat), receives 600 messages from one stranger, then 600 from one
 * registered person; five other people write meanwhile and are answered within seconds.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { testAppAtRealTime } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { othersWait } from '../support/others-wait.js';
import { BotService, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
let bot: BotService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await bot?.stop('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const FLOOD = 600;
const OTHERS = [8101, 8102, 8103, 8104, 8105];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('a flood from one sender', () => {
  it('answers everyone else promptly while one stranger, then one registered person, send 600 messages', { timeout: 120_000 }, async () => {
    fake = await FakeBotApi.start({ rateLimit: { globalPerSecond: 30, perChatIntervalMs: 1000 } });
    const setup = testAppAtRealTime();
    dataDir = setup.dataDir;
    const { code } = setup.app.invites.create({ role: 'poc' });
    setup.app.close();
    bot = new BotService(telegramEnv(fake, dataDir, { TELEGRAM_PER_CHAT_INTERVAL_MS: '1000', TELEGRAM_GLOBAL_PER_SECOND: '30', LOG_LEVEL: 'info' }));
    await bot.ready();

    const stranger = 9000;
    for (let i = 0; i < FLOOD; i++) fake.sendText(stranger, `mensaje ${i}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const strangerWaits = await othersWait(fake, OTHERS);

    const poc = 9100;
    fake.sendText(poc, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(poc).length === 1, 'the welcome', 15_000);
    for (let i = 0; i < FLOOD; i++) fake.sendText(poc, '/ayuda');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const registeredWaits = await othersWait(fake, OTHERS);

    expect(median(strangerWaits), `waits: ${strangerWaits.join(', ')} ms`).toBeLessThan(2000);
    expect(median(registeredWaits), `waits: ${registeredWaits.join(', ')} ms`).toBeLessThan(2000);
    expect(Math.max(...strangerWaits, ...registeredWaits)).toBeLessThan(5000);
    expect(fake.rateLimited).toBe(0);

    await fake.waitFor(() => fake!.pending().length === 0, 'every update confirmed', 30_000);
    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    try {
      const rows = (address: number) => (db.prepare('SELECT count(*) AS n FROM outbox WHERE address = ?').get(String(address)) as { n: number }).n;
      // The stranger got 20 answers and one notice; nothing more was queued for them.
      expect(rows(stranger)).toBe(21);
      expect(db.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'sender.limited'`).get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT count(*) AS n FROM processed_inbound').get()).toEqual({ n: 2 * FLOOD + 1 + 2 * OTHERS.length });
      // The registered person's 600 answers wait their turn, at that chat's own pace.
      expect(rows(poc)).toBe(FLOOD + 1);
    } finally {
      db.close();
    }
  });
});
