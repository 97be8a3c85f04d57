/**
 * One process per data directory, never deaf, never confirming what it did not store
 * (issue 13, defect 3): a second bot exits 1 naming the first; a 409 Conflict from
 * getUpdates is logged and polling goes on; another connection holding the database's
 * write lock for 6 s neither crashes the bot nor loses a message, and the update stays
 * unconfirmed until it is stored.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testAppAtRealTime } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { BotService, runCli, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
const bots: BotService[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.stop('SIGKILL')));
  await fake?.close();
  fake = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>, args: string[] = []): BotService {
  const bot = new BotService(env, { args });
  bots.push(bot);
  return bot;
}

function dataDirWithInvite(): { dataDir: string; code: string } {
  const setup = testAppAtRealTime();
  dirs.push(setup.dataDir);
  const { code } = setup.app.invites.create({ role: 'poc' });
  setup.app.close();
  return { dataDir: setup.dataDir, code };
}

describe('one bot per data directory', () => {
  it('makes a second process exit 1 naming the first one, and refuses a restore while it runs', { timeout: 40_000 }, async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const first = start({ DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    await first.ready();
    const second = start({ DATA_DIR: dataDir });
    expect(await second.exited).toBe(1);
    expect(second.stderr).toMatch(new RegExp(`another process \\(pid ${first.child.pid}, bot, started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z on .+\\) is using ${dataDir}`));
    // The same database through another data directory is refused too.
    const third = start({ DATA_DIR: join(dataDir, 'other'), DATABASE_PATH: join(dataDir, 'bot.db') });
    expect(await third.exited).toBe(1);
    expect(third.stderr).toContain(`pid ${first.child.pid}`);

    const restore = runCli(['restore', join(dataDir, 'nothing.db')], { DATA_DIR: dataDir });
    expect(restore.status).toBe(1);
    expect(restore.stderr).toContain(`pid ${first.child.pid}`);
    expect(first.child.exitCode).toBeNull();
  });
});

describe('Telegram polling under conflict and a locked database', () => {
  it('logs a 409 Conflict clearly and keeps polling: a later message is answered', { timeout: 40_000 }, async () => {
    fake = await FakeBotApi.start();
    const { dataDir, code } = dataDirWithInvite();
    const conflict = { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' };
    fake.failNext('getUpdates', conflict, 2);
    const bot = start(telegramEnv(fake, dataDir));
    await bot.ready();
    await fake.waitFor(() => fake!.callsOf('getUpdates').filter((call) => call.status === 409).length === 2, 'two conflicts', 30_000);
    fake.sendText(600, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(600).length === 1, 'the welcome after the conflicts', 30_000);
    const conflicts = bot.logs().filter((line) => line.msg.includes('409 Conflict'));
    expect(conflicts.length).toBe(2);
    expect(conflicts.every((line) => line.level === 50)).toBe(true);
    expect(bot.logs().some((line) => line.msg === 'telegram polling resumed')).toBe(true);
  });

  it('waits out another connection holding the write lock: no crash, nothing lost, nothing confirmed before it is stored', { timeout: 60_000 }, async () => {
    fake = await FakeBotApi.start();
    const { dataDir, code } = dataDirWithInvite();
    const bot = start(telegramEnv(fake, dataDir));
    await bot.ready();
    fake.sendText(700, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(700).length === 1, 'the welcome', 15_000);

    // The next reply is told to wait a second; meanwhile another process takes the write lock.
    fake.failNext('sendMessage', { error_code: 429, retry_after: 1 });
    fake.sendText(700, '/ayuda');
    await fake.waitFor(() => fake!.callsOf('sendMessage').some((call) => call.status === 429), 'the 429', 15_000);
    const other = new Database(join(dataDir, 'bot.db'));
    other.exec('BEGIN IMMEDIATE');
    const held = Date.now();
    const update = fake.sendText(701, '/ayuda');
    // While the lock is held the update is not stored, so it is not confirmed.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(fake.pending()).toContain(update);
    await new Promise((resolve) => setTimeout(resolve, 6000 - (Date.now() - held)));
    other.exec('COMMIT');
    other.close();

    await fake.waitFor(() => fake!.sent(701).length === 1, 'the answer to the message sent during the lock', 30_000);
    await fake.waitFor(() => fake!.sent(700).length === 2, 'the reply that met the lock', 30_000);
    await fake.waitFor(() => !fake!.pending().includes(update), 'the update confirmed once stored', 15_000);
    expect(bot.child.exitCode).toBeNull();
    expect(await bot.stop()).toBe(0);
    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    try {
      expect(db.prepare(`SELECT count(*) AS n FROM outbox WHERE status <> 'sent'`).get()).toEqual({ n: 0 });
      // Each reply went out once: the one sent while its row could not be marked was not sent again.
      expect(fake.sent(700)).toHaveLength(2);
      expect(fake.sent(701)).toHaveLength(1);
    } finally {
      db.close();
    }
  });
});
