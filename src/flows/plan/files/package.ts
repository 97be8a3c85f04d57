/**
 * The evaluation package of a plan, for the independent monitor and for archives: the
 * accountability report (PDF, JSON, CSV), every document of the local government, and a
 * manifest with each file's SHA-256 (and, for documents, its recorded row), as one zip.
 *
 * Nothing in a package depends on when it is built: the report is the one stored when the
 * plan closed, the manifest is dated by the data (the plan's closing, or its newest
 * document) and every entry has a fixed time, so an unchanged GAD gives the same bytes to
 * the monitor and to `cli export`, every time.
 *
 * The zip is streamed: documents are read from disk in chunks and stored as they are
 * (PDFs and photos are compressed already), so memory stays small and the event loop is
 * never held long, however many hundreds of megabytes the package weighs.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, readFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';
import { documentsOfGadExcept } from '../../../store/documents-list.js';
import { CALENDAR_PRODUCT } from '../../../store/sessions.js';
import type { Plan } from '../../../store/plans.js';
import { filesAsOf, planFileBytes, storedPlanFiles, type PlanFileDeps } from './build.js';

/** The product id of stored evaluation packages (left out of later packages). */
export const PACKAGE_PRODUCT = 'paquete_evaluacion';

/** One line of the manifest. */
export interface ManifestLine {
  name: string;
  size: number;
  sha256: string;
  /** The documents row the file is a copy of (documents only). */
  documentId: number | null;
}

/** What a package holds: the report's files (built in memory, small) and the stored documents (on disk). */
export interface PackageContents {
  generated: { name: string; bytes: Uint8Array }[];
  documents: { name: string; path: string; documentId: number }[];
  /** The instant the package describes, written in its manifest. */
  asOf: Date;
}

/** A fixed time for every entry, so the same contents make the same zip. */
const MTIME = new Date('2000-01-01T00:00:00Z');
const READ_CHUNK_BYTES = 256 * 1024;

/** The name of a plan's package file. */
export function packageName(plan: Plan): string {
  return `paquete-evaluacion-${plan.gadId}-${plan.id}.zip`;
}

/**
 * The accountability report's files: those stored when the plan closed (built once, never
 * rebuilt), or, for a plan still open, built now.
 */
function reportFiles(deps: PlanFileDeps, plan: Plan, now: Date): { name: string; bytes: Uint8Array }[] {
  const stored = plan.status === 'closed' ? storedPlanFiles(deps.db, plan, 'report') : undefined;
  if (!stored) return planFileBytes(deps, plan, 'report', now).map(({ name, bytes }) => ({ name, bytes }));
  return [stored.pdf, stored.json, stored.csv].map((row) => ({ name: row.fileName, bytes: readFileSync(deps.documents.pathOf(row.sha256)) }));
}

/** The report's files and the documents a plan's package holds, with their names inside it. */
export function packageContents(deps: PlanFileDeps, plan: Plan, now: Date): PackageContents {
  const rows = documentsOfGadExcept(deps.db, plan.gadId, [CALENDAR_PRODUCT, PACKAGE_PRODUCT]);
  const newest = Math.max(filesAsOf(deps.db, plan, 'report', now).getTime(), ...rows.map((row) => row.createdAt.getTime()));
  return {
    generated: reportFiles(deps, plan, now),
    documents: rows.map((row) => ({
      name: `documentos/${row.id}-${row.activity ?? 0}-${row.product}-v${row.version}-${row.fileName.replace(/[^\w.-]+/g, '_')}`,
      path: deps.documents.pathOf(row.sha256),
      documentId: row.id,
    })),
    asOf: new Date(newest),
  };
}

/** The manifest.json of a package whose files are `lines`, dated by the data (`asOf`). */
export function manifestBytes(plan: Plan, asOf: Date, lines: readonly ManifestLine[]): Uint8Array {
  return Buffer.from(`${JSON.stringify({ gadId: plan.gadId, planId: plan.id, generatedAt: asOf.toISOString(), files: lines }, null, 2)}\n`);
}

/** Streams a plan's package as a zip into `out` (not ended); resolves with its manifest's lines. */
export async function writePackage(
  deps: PlanFileDeps,
  plan: Plan,
  now: Date,
  out: Writable,
  contents: PackageContents = packageContents(deps, plan, now),
): Promise<ManifestLine[]> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  /** Writes what the zip produced so far, waiting whenever `out` is full. */
  const flush = async () => {
    for (const chunk of ready.splice(0)) if (!out.write(chunk)) await once(out, 'drain');
    if (failure) throw failure;
  };
  const entry = <T extends ZipInputFile>(file: T) => {
    file.mtime = MTIME;
    zip.add(file);
    return file;
  };

  const lines: ManifestLine[] = [];
  for (const file of contents.generated) {
    entry(new ZipDeflate(file.name, { level: 6 })).push(file.bytes, true);
    lines.push({ name: file.name, size: file.bytes.byteLength, sha256: sha256Of(file.bytes), documentId: null });
    await flush();
  }
  for (const document of contents.documents) {
    const stored = entry(new ZipPassThrough(document.name));
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(document.path, { highWaterMark: READ_CHUNK_BYTES })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
      stored.push(chunk as Buffer);
      await flush();
    }
    stored.push(new Uint8Array(0), true);
    lines.push({ name: document.name, size, sha256: hash.digest('hex'), documentId: document.documentId });
    await flush();
  }
  entry(new ZipDeflate('manifest.json', { level: 6 })).push(manifestBytes(plan, contents.asOf, lines), true);
  zip.end();
  await flush();
  return lines;
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
