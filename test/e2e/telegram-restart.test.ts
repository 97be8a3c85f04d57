/**
 * Durability of Telegram polling: the bot process is killed with SIGKILL after it received
 * a batch of updates and before it confirmed all of them (one download never completes);
 * once restarted it handles every update of the batch, none twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { captureOutput, testLogger } from '../support/logs.js';
import { SPAWN_DEFAULTS } from '../support/spawn.js';

/** The real entry point, run as the service runs it. */
const ENTRY = 'src/main.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n');

let fake: FakeBotApi | undefined;
let dataDir: string | undefined;
const children: ChildProcess[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the bot as a separate process (node with the tsx loader: one process to kill). */
function startBot(api: FakeBotApi, dir: string): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, ...SPAWN_DEFAULTS, TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATA_DIR: dir, LOG_LEVEL: 'debug', TELEGRAM_PER_CHAT_INTERVAL_MS: '10' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  captureOutput(child.stderr);
  children.push(child);
  return child;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('Telegram polling across a crash', () => {
  it('handles every update of an unconfirmed batch once after SIGKILL and restart', { timeout: 30_000 }, async () => {
    fake = await FakeBotApi.start();
    dataDir = tempDir();
    const setup = createApp(loadConfig({ DATA_DIR: dataDir }), { logger: testLogger() });
    const { code } = setup.invites.create({ role: 'poc' });
    setup.close();

    const ids = [
      fake.sendText(101, `/start ${code}`),
      fake.sendText(102, '/ayuda'),
      fake.sendText(103, '/ayuda'),
      fake.sendText(101, '/ayuda'),
    ];
    // The last update's download never answers: the bot is stuck in the middle of the batch.
    const { updateId, file } = fake.sendDocument(101, PDF, 'acta.pdf');
    fake.stallDownloads(file);
    const batch = [...ids, updateId];

    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    const scalar = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    try {
      const first = startBot(fake, dataDir);
      await fake.waitFor(() => fake!.downloads.includes(file.filePath), 'the stalled download', 15_000);
      await fake.waitFor(() => scalar('SELECT count(*) AS n FROM processed_inbound') === ids.length, 'the first updates handled');
      // Only what is stored is confirmed: the stalled upload at least is still owed.
      expect(fake.pending()).toContain(updateId);
      const killed = exited(first);
      first.kill('SIGKILL');
      await killed;

      fake.releaseDownloads(file);
      const second = startBot(fake, dataDir);
      await fake.waitFor(() => scalar('SELECT count(*) AS n FROM processed_inbound') === batch.length, 'the whole batch handled', 15_000);
      await fake.waitFor(() => scalar("SELECT count(*) AS n FROM outbox WHERE status = 'pending'") === 0, 'every reply sent', 5000);

      expect(scalar("SELECT count(*) AS n FROM audit_log WHERE action = 'invite.redeemed'")).toBe(1);
      expect(scalar("SELECT count(*) AS n FROM documents")).toBe(1);
      const replies = db.prepare('SELECT address, count(*) AS n FROM outbox GROUP BY address ORDER BY address').all();
      expect(replies).toEqual([
        { address: '101', n: 3 },
        { address: '102', n: 1 },
        { address: '103', n: 1 },
      ]);
      for (const chat of [101, 102, 103]) expect(fake.sent(chat).length).toBeGreaterThanOrEqual(chat === 101 ? 3 : 1);

      const stopped = exited(second);
      second.kill('SIGTERM');
      expect(await stopped).toBe(0);
      expect(fake.pending()).toEqual([]);
    } finally {
      db.close();
    }
  });
});
