import { sql, type SQLWrapper } from 'drizzle-orm';

/** An SQL condition: `column` is one of `ids`, bound as one JSON parameter however many there are. */
export function among(column: SQLWrapper, ids: readonly number[]) {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}
