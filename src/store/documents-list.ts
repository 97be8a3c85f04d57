import { and, asc, desc, eq, ne, notInArray } from 'drizzle-orm';
import type { Db } from './db.js';
import type { DocumentRow } from './documents-repo.js';
import { documents, people } from './schema.js';

/** A document with its uploader's name, for listings. */
export interface ListedDocument {
  id: number;
  activity: number | null;
  product: string;
  version: number;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: Date;
  uploader: string | null;
}

/** A GAD's documents, newest first (calendar files left out). */
export function documentsOfGad(db: Db, gadId: number, limit: number): ListedDocument[] {
  return db
    .select({
      id: documents.id,
      activity: documents.activity,
      product: documents.product,
      version: documents.version,
      fileName: documents.fileName,
      mime: documents.mime,
      size: documents.size,
      sha256: documents.sha256,
      createdAt: documents.createdAt,
      uploader: people.displayName,
    })
    .from(documents)
    .leftJoin(people, eq(people.id, documents.uploadedByPersonId))
    .where(and(eq(documents.gadId, gadId), ne(documents.product, 'calendario')))
    .orderBy(desc(documents.id))
    .limit(limit)
    .all();
}

/** A GAD's documents except those of some products, oldest first (what an evaluation package copies). */
export function documentsOfGadExcept(db: Db, gadId: number, products: readonly string[]): DocumentRow[] {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.gadId, gadId), notInArray(documents.product, [...products])))
    .orderBy(asc(documents.id))
    .all();
}

/** The latest document of a GAD with that product and file name (a generated file, as last stored). */
export function latestNamedDocument(db: Db, gadId: number, product: string, fileName: string): DocumentRow | undefined {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.gadId, gadId), eq(documents.product, product), eq(documents.fileName, fileName)))
    .orderBy(desc(documents.id))
    .get();
}
