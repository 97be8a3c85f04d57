/** Requests for files built in the background (see engine/builds.ts) and their outcome. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './db.js';
import { fileBuilds } from './schema.js';

/** A build request row. */
export type FileBuildRow = typeof fileBuilds.$inferSelect;

/** Asks for a file to be built by the builder `kind`; returns the request's id. */
export function requestBuild(db: Db, kind: string, args: Record<string, unknown>, now: Date): number {
  return db.insert(fileBuilds).values({ kind, args, createdAt: now }).returning({ id: fileBuilds.id }).get().id;
}

/** Builds still to do, oldest first. */
export function pendingBuilds(db: Db): FileBuildRow[] {
  return db.select().from(fileBuilds).where(eq(fileBuilds.status, 'pending')).orderBy(asc(fileBuilds.id)).all();
}

/** Records a finished build and its document (only if it was still pending); returns whether it was. */
export function finishBuild(db: Db, id: number, documentId: number, now: Date): boolean {
  return (
    db
      .update(fileBuilds)
      .set({ status: 'done', documentId, finishedAt: now })
      .where(and(eq(fileBuilds.id, id), eq(fileBuilds.status, 'pending')))
      .run().changes === 1
  );
}

/** Records a failed attempt; with `final`, the build is given up on. */
export function recordBuildFailure(db: Db, id: number, attempts: number, error: string, final: boolean, now: Date): void {
  db.update(fileBuilds)
    .set({ attempts, lastError: error.slice(0, 500), ...(final ? { status: 'failed', finishedAt: now } : {}) })
    .where(eq(fileBuilds.id, id))
    .run();
}
