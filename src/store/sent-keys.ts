/**
 * Dedupe keys of the outbox, read as "already done" marks. A reminder to a group is
 * queued under `<prefix><personId>` in one transaction, so one index probe on the prefix
 * tells whether the whole group was handled, before anything is computed or rendered.
 */
import type { Db } from './db.js';

const statements = new WeakMap<object, { get(low: string, high: string): unknown }>();

/** Whether any outbox row has a dedupe key starting with `prefix` (which must end in ":"). */
export function queuedWithPrefix(db: Db, prefix: string): boolean {
  let statement = statements.get(db.$client);
  if (!statement) {
    statement = db.$client.prepare('SELECT 1 FROM outbox WHERE dedupe_key >= ? AND dedupe_key < ? LIMIT 1');
    statements.set(db.$client, statement);
  }
  // ";" follows ":" in code order, so [prefix, prefix with ";" for its last ":") is the prefix's range.
  return statement.get(prefix, `${prefix.slice(0, -1)};`) !== undefined;
}
