import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { GREMIO_BY_LEVEL, type GadLevel } from '../domain/territory.js';
import { normalizeName } from '../shared/text.js';
import { among } from './among.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
import { gads } from './schema.js';

/** A local government row. */
export type Gad = typeof gads.$inferSelect;

/** What a list of local governments shows of each: who it is and where (the desk, the portal, the open data). */
export type GadListing = Pick<Gad, 'id' | 'name' | 'level' | 'province' | 'canton' | 'gremio'>;

/** How a GAD entered the process. */
export type GadEntry = 'interest' | 'prioritization';

/** Where a GAD stands with the POC. */
export type GadStatus = 'interest_pending' | 'info_requested' | 'accepted' | 'declined';

/** What identifies a GAD regardless of how people spell it: level, province, canton, name (normalized, look-alike letters folded). */
export function naturalKey(level: GadLevel, province: string, canton: string | null, name: string): string {
  return [level, province, canton ?? '', name].map(normalizeName).join('|');
}

/** The local government with that id. */
export function gadById(db: Db, id: number): Gad | undefined {
  return prepared(db, 'gadById', () => db.select().from(gads).where(eq(gads.id, sql.placeholder('id'))).prepare()).get({ id });
}

/** The GADs of a level in a province, oldest first (those a new registration is checked against). */
export function gadsOfLevelIn(db: Db, level: GadLevel, province: string): Gad[] {
  return db.select().from(gads).where(and(eq(gads.level, level), eq(gads.province, province))).orderBy(asc(gads.id)).all();
}

/** The GAD already registered under the same natural key, if any. */
export function findGad(db: Db, level: GadLevel, province: string, canton: string | null, name: string): Gad | undefined {
  return db.select().from(gads).where(eq(gads.naturalKey, naturalKey(level, province, canton, name))).get();
}

/** Registers a GAD; its gremio follows from its level. */
export function createGad(
  db: Db,
  input: {
    name: string;
    level: GadLevel;
    province: string;
    canton: string | null;
    entry: GadEntry;
    status: GadStatus;
    details?: Record<string, string>;
    now: Date;
  },
): Gad {
  return db
    .insert(gads)
    .values({
      name: input.name,
      level: input.level,
      province: input.province,
      canton: input.canton,
      gremio: GREMIO_BY_LEVEL[input.level],
      entry: input.entry,
      status: input.status,
      naturalKey: naturalKey(input.level, input.province, input.canton, input.name),
      details: input.details ?? null,
      createdAt: input.now,
    })
    .returning()
    .get();
}

/** Changes a GAD's status (and merges details, e.g. the POC's reason). */
export function updateGad(db: Db, id: number, changes: { status?: GadStatus; details?: Record<string, string> }): void {
  db.update(gads).set(changes).where(eq(gads.id, id)).run();
}

/** GADs in some statuses, oldest first. */
export function gadsWithStatus(db: Db, statuses: readonly GadStatus[]): Gad[] {
  return db.select().from(gads).where(inArray(gads.status, [...statuses])).orderBy(asc(gads.createdAt)).all();
}

/** Accepted GADs whose name, canton or province has every word typed (accents and case ignored). */
export function searchGads(db: Db, text: string, limit: number): Gad[] {
  const words = normalizeName(text).split(' ').filter((word) => word.length > 0);
  if (words.length === 0) return [];
  return db
    .select()
    .from(gads)
    .where(and(eq(gads.status, 'accepted'), ...words.map((word) => like(gads.naturalKey, `%${word}%`))))
    .orderBy(asc(gads.name))
    .limit(limit)
    .all();
}

/** The accepted GADs (of every GAD, or among `gadIds`) that have a POCL (those who get the weekly digest). */
export function acceptedGadsWithPocl(db: Db, gadIds?: readonly number[]): number[] {
  const ofGads = gadIds ? sql`AND ${among(sql.raw('m.gad_id'), gadIds)}` : sql``;
  const rows = db.all<{ gadId: number }>(sql`
    SELECT DISTINCT m.gad_id AS gadId FROM memberships m JOIN gads g ON g.id = m.gad_id
    WHERE m.role = 'pocl' AND m.ended_at IS NULL AND g.status = 'accepted' ${ofGads}`);
  return rows.map((row) => row.gadId);
}
