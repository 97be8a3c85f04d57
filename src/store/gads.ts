import { eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { gads } from './schema.js';

/** A local government row. */
export type Gad = typeof gads.$inferSelect;

/** The local government with that id. */
export function gadById(db: Db, id: number): Gad | undefined {
  return db.select().from(gads).where(eq(gads.id, id)).get();
}
