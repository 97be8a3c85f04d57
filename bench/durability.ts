/**
 * What durable receipts cost (issue 13, defect 7): the same inbound mix, uploads included,
 * through two bots on copies of the national database, one with SQLite's
 * `synchronous=NORMAL` (the default: the WAL is synced once before anyone is told) and one
 * with `synchronous=FULL` (every commit synced on its own). Files live on the temporary
 * folder's disk, so each fsync is a real one.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { benchInbound, createMixInvites } from './inbound.js';
import type { Mix } from './mix.js';
import { round } from './stats.js';

/** Inbound throughput and latency under each setting, and how many times slower FULL is. */
export async function benchDurability(root: string, databasePath: string, mix: Mix, gadIds: readonly number[], warmup: number) {
  const run = async (mode: 'NORMAL' | 'FULL') => {
    const copy = join(root, `durability-${mode}.db`);
    copyFileSync(databasePath, copy);
    const env = { DATA_DIR: join(root, `durability-${mode}`), DATABASE_PATH: copy, SQLITE_SYNCHRONOUS: mode, LOG_LEVEL: 'silent' };
    const app = createApp(loadConfig(env), { logger: pino({ level: 'silent' }) });
    try {
      return await benchInbound(app, mix, createMixInvites(app, mix, gadIds), warmup);
    } finally {
      app.close();
    }
  };
  const normal = await run('NORMAL');
  const full = await run('FULL');
  return { normal, full, full_slowdown: round(normal.updates_per_s / full.updates_per_s, 2) };
}
