import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db } from './db.js';
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
