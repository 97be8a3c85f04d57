import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { projectPath } from '../shared/project-root.js';
import * as schema from './schema.js';
import { cacheStatements } from './statement-cache.js';
import { syncPath } from './durable.js';

/** The drizzle handle over the bot's SQLite database. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Where the generated migrations live. */
const MIGRATIONS_FOLDER = projectPath('drizzle');

/** How a database is opened. */
export interface OpenOptions {
  /**
   * How long one statement waits for another connection's write lock before failing with
   * SQLITE_BUSY. The bot keeps it short (the wait blocks its event loop) and retries
   * without blocking; one-shot commands wait longer.
   */
  busyTimeoutMs?: number;
  /**
   * SQLite's `synchronous`: NORMAL (the default) lets commits reach the disk in groups,
   * made durable by `syncCommitted()` before anything is told to anyone; FULL syncs every
   * commit (`npm run bench` measures the difference: the README's durable-receipts row).
   */
  synchronous?: 'NORMAL' | 'FULL';
}

/**
 * Opens (creating if needed) the database at `path` in WAL mode and applies every pending
 * migration. The file and its WAL are readable by the bot's user only. Use ":memory:" for
 * a throw-away database.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const client = new Database(path);
  if (path !== ':memory:') restrictToOwner(path);
  client.pragma('journal_mode = WAL');
  client.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  client.pragma('foreign_keys = ON');
  client.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
  // An 8 MB page cache (the hot pages of the indexes every message uses fit in it; 32 MB
  // only made the process grow with the size of the data), and checkpoints every 4,000 pages instead of 1,000: fewer, larger
  // checkpoints halve the p99 latency of inbound messages at national scale.
  client.pragma('cache_size = -8000');
  client.pragma('wal_autocheckpoint = 4000');
  cacheStatements(client);
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  if (path !== ':memory:') restrictToOwner(path);
  return db;
}

/** Mode 0600 for the database and its WAL and shared-memory files (SQLite creates those with the database's mode). */
function restrictToOwner(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

const syncedChanges = new WeakMap<Db, number>();
const changeCounters = new WeakMap<Db, Database.Statement>();

/**
 * Makes every transaction committed so far durable: fsyncs the write-ahead log if this
 * connection wrote anything since the last call (a group commit). Called before the bot
 * tells anyone what it stored — before an outbox message leaves, before an update is
 * confirmed to a platform — so nothing a person was told can be lost to a power cut,
 * without paying an fsync for every message.
 */
export function syncCommitted(db: Db): void {
  const client = db.$client;
  if (client.memory || !client.open) return;
  let counter = changeCounters.get(db);
  if (!counter) changeCounters.set(db, (counter = client.prepare('SELECT total_changes() AS n')));
  const changes = (counter.get() as { n: number }).n;
  if (syncedChanges.get(db) === changes) return;
  const wal = `${client.name}-wal`;
  if (existsSync(wal)) syncPath(wal);
  syncedChanges.set(db, changes);
}

/**
 * Runs `work` in one synchronous transaction: all of it is written or none. `work` must
 * not await anything (better-sqlite3 transactions are synchronous).
 */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.$client.transaction(work).immediate();
}

/** Whether the database answers a trivial query (for /healthz). */
export function pingDatabase(db: Db): boolean {
  try {
    db.$client.prepare('SELECT 1').get();
    return true;
  } catch {
    return false;
  }
}
