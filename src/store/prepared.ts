import type { Db } from './db.js';

const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query built and compiled once per database, then reused: drizzle builds its SQL and
 * better-sqlite3 prepares it only the first time. For the queries every message runs.
 */
export function prepared<T>(db: Db, key: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, unknown>()));
  let query = cache.get(key) as T | undefined;
  if (query === undefined) cache.set(key, (query = build()));
  return query;
}
