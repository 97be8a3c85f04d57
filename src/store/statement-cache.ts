/**
 * Compiled statements reused by their SQL text. Drizzle's one-off queries (those not kept
 * with `prepared`) call `prepare` on every run, and compiling SQL costs more than running
 * it on an index: at national scale a third of the scheduler's sweep was compiling. A
 * statement is handed out again only when no caller is iterating it, and with its result
 * mode reset (drizzle switches statements to raw rows).
 */
import type Database from 'better-sqlite3';

/** How many distinct statements a connection keeps (the least recently used go first). */
const LIMIT = 1_000;

/** Makes `client.prepare` return the statement already compiled for the same SQL, when free. */
export function cacheStatements(client: Database.Database): void {
  const compile = client.prepare.bind(client);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).expand(false).raw(false);
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = compile(source);
    if (!cached) {
      cache.set(source, statement);
      if (cache.size > LIMIT) cache.delete(cache.keys().next().value!);
    }
    return statement;
  };
  client.prepare = prepare as Database.Database['prepare'];
}
