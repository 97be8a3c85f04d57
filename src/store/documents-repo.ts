import { and, eq, isNull, max, sql } from 'drizzle-orm';
import type { StoredFile } from '../channels/types.js';
import type { Db } from './db.js';
import { documents } from './schema.js';

/** A document row. */
export type DocumentRow = typeof documents.$inferSelect;

/** The product id of an upload not yet filed under an activity. */
export const UNFILED_PRODUCT = 'sin_clasificar';

/**
 * Records an uploaded file as the next version of a product of a local government's
 * activity; earlier versions are kept.
 */
export function addDocument(
  db: Db,
  file: StoredFile,
  where: { gadId: number | null; activity: number | null; product: string; uploadedByPersonId: number | null; now: Date },
): DocumentRow {
  // Without a GAD (a POC's unfiled upload), versions are counted per uploader.
  const gadCondition =
    where.gadId !== null
      ? eq(documents.gadId, where.gadId)
      : and(isNull(documents.gadId), where.uploadedByPersonId === null ? isNull(documents.uploadedByPersonId) : eq(documents.uploadedByPersonId, where.uploadedByPersonId));
  const latest = db
    .select({ version: max(documents.version) })
    .from(documents)
    .where(and(gadCondition, eq(documents.product, where.product)))
    .get();
  return db
    .insert(documents)
    .values({
      gadId: where.gadId,
      activity: where.activity,
      product: where.product,
      version: (latest?.version ?? 0) + 1,
      fileName: file.name,
      mime: file.mime,
      size: file.size,
      sha256: file.sha256,
      uploadedByPersonId: where.uploadedByPersonId,
      createdAt: where.now,
    })
    .returning()
    .get();
}

/** Whether any document row refers to the stored file. */
export function isFileReferenced(db: Db, sha256: string): boolean {
  return db.select({ one: sql`1` }).from(documents).where(eq(documents.sha256, sha256)).get() !== undefined;
}

/** Every file hash the documents table refers to. */
export function referencedFiles(db: Db): Set<string> {
  return new Set(db.selectDistinct({ sha256: documents.sha256 }).from(documents).all().map((row) => row.sha256));
}
