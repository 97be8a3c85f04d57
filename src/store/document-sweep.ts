/**
 * Keeping the document store and the database in agreement without ever deleting a file.
 * A file no row refers to (left by a crash between write and commit, or newer than a
 * restored database) is moved to quarantine and reported; a quarantined file a row refers
 * to again (the newer database is back) returns to the store. When the database refers to
 * no file at all while the store holds some, nothing is moved: that database is new or
 * not the one these files belong to, and the operator must look.
 */
import type { Db } from './db.js';
import { referencedFiles } from './documents-repo.js';
import type { DocumentStore, StoredEntry } from './documents.js';

/** What a sweep found and did. */
export interface SweepReport {
  /** Files moved to quarantine (their SHA-256). */
  quarantined: string[];
  /** Half-written temporary files of a crash, removed (never documents). */
  discarded: number;
  /** Quarantined files moved back because a row refers to them. */
  released: string[];
  /** Files referenced by rows and found nowhere (not in the store, not in quarantine). */
  missing: string[];
  /** Set when nothing was moved because the database refers to no file at all. */
  untouched: boolean;
}

/** The store's files no row refers to, its half-written leftovers, and its quarantine. */
export interface OrphanReport {
  unreferenced: StoredEntry[];
  leftovers: StoredEntry[];
  quarantined: (StoredEntry & { referenced: boolean })[];
}

/** Lists what no row refers to, moving nothing. */
export function orphanReport(db: Db, documents: DocumentStore): OrphanReport {
  const referenced = referencedFiles(db);
  return {
    unreferenced: documents.entries().filter((entry) => !referenced.has(entry.name)),
    leftovers: documents.leftovers(),
    quarantined: documents.quarantined().map((entry) => ({ ...entry, referenced: referenced.has(entry.name) })),
  };
}

/**
 * Moves unreferenced files to quarantine, brings back referenced ones, and removes the
 * half-written temporary files a crash left (a build of hundreds of MB, say).
 */
export function sweepDocuments(db: Db, documents: DocumentStore): SweepReport {
  const referenced = referencedFiles(db);
  const released = [...referenced].filter((sha) => !documents.has(sha) && documents.release(sha));
  const missing = [...referenced].filter((sha) => !documents.has(sha));
  const leftovers = documents.leftovers();
  for (const entry of leftovers) documents.discardLeftover(entry);
  const stored = documents.entries();
  if (referenced.size === 0 && stored.length > 0) return { quarantined: [], discarded: leftovers.length, released, missing, untouched: true };
  const quarantined = stored.filter((entry) => !referenced.has(entry.name)).map((entry) => entry.name);
  for (const sha256 of quarantined) documents.quarantine(sha256);
  return { quarantined, discarded: leftovers.length, released, missing, untouched: false };
}
