/**
 * A full disk loses nothing (issue 13, defect 10): the bot process runs with its data on a
 * 16 MB tmpfs of its own (a mount namespace); the disk is filled; a person's message is
 * neither stored nor confirmed to Telegram, and the person is told "No pude guardar su
 * mensaje…"; once space is freed the same update comes back and is answered, once.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import { tempDir } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { BotService, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
let bot: BotService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await bot?.stop('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Whether this machine lets a process mount a tmpfs in a namespace of its own. */
const tmpfsAllowed = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt']).status === 0;

/** Writes zeros into `path` until the file system is full; returns the bytes written. */
function fill(path: string): number {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  // The last blocks, one byte at a time would be slow: small writes until nothing fits.
  const tail = openSync(path, 'a');
  try {
    for (;;) written += writeSync(tail, Buffer.alloc(512));
  } catch {
    return written;
  } finally {
    closeSync(tail);
  }
}

describe('a full disk', () => {
  it('tells the person, stores nothing, confirms nothing, and answers once space is back', { timeout: 90_000 }, async () => {
    expect(tmpfsAllowed, 'a tmpfs in a mount namespace (unshare -rm) is needed for this test').toBe(true);
    fake = await FakeBotApi.start();
    dataDir = tempDir();
    bot = new BotService(telegramEnv(fake, dataDir, { LOG_LEVEL: 'info' }), {
      wrap: (command) => ['unshare', '-rm', 'sh', '-c', 'mount -t tmpfs -o size=16m,mode=0700 tmpfs "$0" && exec "$@"', dataDir!, ...command],
    });
    await bot.ready();
    const code = /@poc: ([0-9A-Z]{16})/.exec(bot.stderr)![1]!;
    const chat = 6060;
    fake.sendText(chat, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(chat).length === 1, 'the welcome', 15_000);
    // The bot's own view of its data folder (the tmpfs exists only in its namespace).
    const inside = join(`/proc/${bot.child.pid}/root`, dataDir);
    const filler = join(inside, 'filler');
    expect(fill(filler)).toBeGreaterThan(1024 * 1024);

    const t = new Translator();
    const update = fake.sendText(chat, '/ayuda');
    await fake.waitFor(() => fake!.texts(chat).includes(t.t('es', 'store-unavailable')), 'the notice that nothing was saved', 30_000);
    expect(t.t('es', 'store-unavailable')).toBe('No pude guardar su mensaje; inténtelo de nuevo en unos minutos.');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(fake.pending()).toContain(update);
    expect(fake.texts(chat).filter((text) => text === t.t('es', 'store-unavailable'))).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();

    rmSync(filler);
    await fake.waitFor(() => fake!.sent(chat).length === 3, 'the answer once space is back', 60_000);
    expect(fake.texts(chat)[2]).toContain(t.t('es', 'help-header'));
    await fake.waitFor(() => !fake!.pending().includes(update), 'the update confirmed', 15_000);
    // Answered once: the update that came back several times was stored once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fake.sent(chat)).toHaveLength(3);
    expect(bot.logs().some((line) => line.msg.startsWith('telegram update not stored'))).toBe(true);
  });
});
