/**
 * The evaluation package of a plan, for the independent monitor and for archives: the
 * accountability report (PDF, JSON, CSV), every document of the local government, and a
 * manifest with each file's SHA-256 (and, for documents, its recorded row), as one zip.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { documentsOfGadExcept } from '../../../store/documents-list.js';
import { CALENDAR_PRODUCT } from '../../../store/sessions.js';
import type { Plan } from '../../../store/plans.js';
import { filesAsOf, planFileBytes, storedPlanFiles, type PlanFileDeps } from './build.js';

/** The product id of stored evaluation packages (left out of later packages). */
export const PACKAGE_PRODUCT = 'paquete_evaluacion';

/** One file of the package. */
export interface PackageEntry {
  name: string;
  bytes: Uint8Array;
}

/** One line of the manifest. */
export interface ManifestLine {
  name: string;
  size: number;
  sha256: string;
  /** The documents row the file is a copy of (documents only). */
  documentId: number | null;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The accountability report's files: those stored when the plan closed (built once, never
 * rebuilt), or, for a plan still open, built now.
 */
function reportEntries(deps: PlanFileDeps, plan: Plan, now: Date): PackageEntry[] {
  const stored = plan.status === 'closed' ? storedPlanFiles(deps.db, plan, 'report') : undefined;
  if (!stored) return planFileBytes(deps, plan, 'report', now).map(({ name, bytes }) => ({ name, bytes }));
  return [stored.pdf, stored.json, stored.csv].map((row) => ({ name: row.fileName, bytes: readFileSync(deps.documents.pathOf(row.sha256)) }));
}

/**
 * The files of a plan's package, manifest.json last. Nothing in it depends on when it is
 * built: the report is the stored one, and the manifest is dated by the data (the plan's
 * closing, or its newest document), so an unchanged GAD gives the same bytes every time.
 */
export function packageEntries(deps: PlanFileDeps, plan: Plan, now: Date): PackageEntry[] {
  const entries: (PackageEntry & { documentId: number | null })[] = reportEntries(deps, plan, now).map((file) => ({ ...file, documentId: null }));
  let asOf = filesAsOf(plan, 'report', now).getTime();
  for (const row of documentsOfGadExcept(deps.db, plan.gadId, [CALENDAR_PRODUCT, PACKAGE_PRODUCT])) {
    const name = `documentos/${row.id}-${row.activity ?? 0}-${row.product}-v${row.version}-${row.fileName.replace(/[^\w.-]+/g, '_')}`;
    entries.push({ name, bytes: readFileSync(deps.documents.pathOf(row.sha256)), documentId: row.id });
    asOf = Math.max(asOf, row.createdAt.getTime());
  }
  const manifest: ManifestLine[] = entries.map((entry) => ({ name: entry.name, size: entry.bytes.byteLength, sha256: sha(entry.bytes), documentId: entry.documentId }));
  const generatedAt = new Date(asOf).toISOString();
  const manifestBytes = Buffer.from(`${JSON.stringify({ gadId: plan.gadId, planId: plan.id, generatedAt, files: manifest }, null, 2)}\n`);
  return [...entries.map(({ name, bytes }) => ({ name, bytes })), { name: 'manifest.json', bytes: manifestBytes }];
}

/** The entries as one zip archive. */
export function zipPackage(entries: readonly PackageEntry[]): Uint8Array {
  return zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.bytes])), { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
