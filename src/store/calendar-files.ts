/**
 * Calendar files (.ics) of Foro sessions: generated files (see generated-files.ts) of
 * product "calendario", bound to their session.
 */
import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import type { DocumentRow } from './documents-repo.js';
import type { DocumentStore } from './documents.js';
import { storeGeneratedFile } from './generated-files.js';
import { documents } from './schema.js';
import { attachToSession, CALENDAR_PRODUCT } from './sessions.js';

/** The MIME type of calendar files. */
export const CALENDAR_MIME = 'text/calendar';

/** How many versions of a session's calendar file are stored. */
export function calendarVersions(db: Db, sessionId: number): number {
  return db
    .select({ n: count() })
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), eq(documents.product, CALENDAR_PRODUCT)))
    .get()!.n;
}

/** The stored calendar file of a session with exactly this content, if any. */
export function findCalendarFile(db: Db, sessionId: number, content: string): DocumentRow | undefined {
  const sha256 = createHash('sha256').update(content, 'utf8').digest('hex');
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.sessionId, sessionId), eq(documents.product, CALENDAR_PRODUCT), eq(documents.sha256, sha256)))
    .get();
}

/** Writes an .ics for a session (once per content) and records it; returns its row. */
export function storeCalendarFile(
  db: Db,
  store: DocumentStore,
  content: string,
  where: { gadId: number; sessionId: number; name: string; now: Date },
): DocumentRow {
  const what = { gadId: where.gadId, activity: null, product: CALENDAR_PRODUCT, name: where.name, mime: CALENDAR_MIME, now: where.now };
  const row = storeGeneratedFile(db, store, Buffer.from(content, 'utf8'), what);
  attachToSession(db, row.id, where.sessionId);
  return { ...row, sessionId: where.sessionId };
}
