/**
 * grammY's `StorageAdapter` over a better-sqlite3 table: what the conversations plugin
 * baseline persists its replay state in. The maintained `@grammyjs/storage-*` packages
 * cover other stores (and a libSQL one), none better-sqlite3, hence these few lines.
 */
import type Database from 'better-sqlite3';
import type { StorageAdapter } from 'grammy';

/** Keeps JSON values by key in one SQLite table. */
export class SqliteStorage<T> implements StorageAdapter<T> {
  private readonly select: Database.Statement<[string], { value: string }>;
  private readonly upsert: Database.Statement<[string, string]>;
  private readonly remove: Database.Statement<[string]>;

  constructor(client: Database.Database, table = 'grammy_storage') {
    client.exec(`CREATE TABLE IF NOT EXISTS ${table} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
    this.select = client.prepare(`SELECT value FROM ${table} WHERE key = ?`);
    this.upsert = client.prepare(`INSERT INTO ${table} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
    this.remove = client.prepare(`DELETE FROM ${table} WHERE key = ?`);
  }

  read(key: string): T | undefined {
    const row = this.select.get(key);
    return row ? (JSON.parse(row.value) as T) : undefined;
  }

  write(key: string, value: T): void {
    this.upsert.run(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.remove.run(key);
  }
}
