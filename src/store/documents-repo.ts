import { and, eq, max, sql } from 'drizzle-orm';
import type { StoredFile } from '../shared/messages.js';
import type { Db } from './db.js';
import { prepared } from './prepared.js';
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
  const latest = prepared(db, 'latestVersion', () =>
    db
      .select({ version: max(documents.version) })
      .from(documents)
      .where(
        and(
          sql`${documents.gadId} IS ${sql.placeholder('gadId')}`,
          eq(documents.product, sql.placeholder('product')),
          sql`(${documents.gadId} IS NOT NULL OR ${documents.uploadedByPersonId} IS ${sql.placeholder('uploader')})`,
        ),
      )
      .prepare(),
  ).get({ gadId: where.gadId, product: where.product, uploader: where.uploadedByPersonId });
  return prepared(db, 'addDocument', () =>
    db
      .insert(documents)
      .values({
        gadId: sql.placeholder('gadId'),
        activity: sql.placeholder('activity'),
        product: sql.placeholder('product'),
        version: sql.placeholder('version'),
        fileName: sql.placeholder('fileName'),
        mime: sql.placeholder('mime'),
        size: sql.placeholder('size'),
        sha256: sql.placeholder('sha256'),
        uploadedByPersonId: sql.placeholder('uploadedByPersonId'),
        createdAt: sql.placeholder('createdAt'),
      })
      .returning()
      .prepare(),
  ).get({
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
  });
}

/** Every file hash the documents table refers to. */
export function referencedFiles(db: Db): Set<string> {
  return new Set(db.selectDistinct({ sha256: documents.sha256 }).from(documents).all().map((row) => row.sha256));
}
