/**
 * The files a plan is published as (activity 13) and its accountability report is
 * compiled into (activity 15): a PDF, the open data as JSON (checked against the
 * published schema before it is written) and as CSV, kept as generated documents.
 */
import { PlanDataSchema, type PlanData } from '../../../domain/plan-schema.js';
import type { Locale } from '../../../shared/i18n.js';
import type { Db } from '../../../store/db.js';
import { latestNamedDocument } from '../../../store/documents-list.js';
import type { DocumentRow } from '../../../store/documents-repo.js';
import type { DocumentStore } from '../../../store/documents.js';
import { storeGeneratedFile } from '../../../store/generated-files.js';
import type { Plan } from '../../../store/plans.js';
import { publishedAmendments } from '../../../store/plan-amendments.js';
import { planCsv } from './csv.js';
import { planData } from './data.js';
import { planPdf } from './pdf.js';

/** The published plan, or the accountability report. */
export type PlanFileKind = 'plan' | 'report';

/** The three files of a plan or report. */
export interface PlanFiles {
  pdf: DocumentRow;
  json: DocumentRow;
  csv: DocumentRow;
}

/** What building the files needs. */
export interface PlanFileDeps {
  db: Db;
  documents: DocumentStore;
  timeZone: string;
  locale: Locale;
}

/** Per kind: the activity the files belong to and the stem of their product ids and names. */
const KINDS = {
  plan: { activity: 13, stem: 'plan_accion', name: 'plan-de-accion' },
  report: { activity: 15, stem: 'rendicion_cuentas', name: 'rendicion-de-cuentas' },
} as const;

/**
 * The instant the files describe: the publication of the plan's version in force (its
 * first publication, or its last amendment's), or its closing for the report (`now`
 * while it is still open).
 */
export function filesAsOf(db: Db, plan: Plan, kind: PlanFileKind, now: Date): Date {
  if (kind === 'report') return plan.closedAt ?? now;
  const amended = plan.version > 1 ? publishedAmendments(db, plan.id).find((a) => a.version === plan.version)?.publishedAt : undefined;
  return amended ?? plan.publishedAt ?? plan.approvedAt ?? now;
}

/** The file name (without extension) of a plan's files; a version after the first is named in it, so each version's files stay apart. */
function baseName(plan: Plan, kind: PlanFileKind, version: number): string {
  const base = `${KINDS[kind].name}-${plan.gadId}-${plan.id}`;
  return kind === 'plan' && version > 1 ? `${base}-v${version}` : base;
}

/** The open data of a plan (with the sessions held, for the report). */
function dataFor(deps: PlanFileDeps, plan: Plan, kind: PlanFileKind, now: Date): PlanData {
  return PlanDataSchema.parse(planData(deps.db, plan, { asOf: filesAsOf(deps.db, plan, kind, now), timeZone: deps.timeZone, sessions: kind === 'report' }));
}

/** The bytes of the three files, named; the same data gives the same bytes (the PDF's dates come from the data). */
export function planFileBytes(deps: PlanFileDeps, plan: Plan, kind: PlanFileKind, now: Date): { name: string; mime: string; product: string; bytes: Uint8Array }[] {
  const data = dataFor(deps, plan, kind, now);
  const { stem } = KINDS[kind];
  const base = baseName(plan, kind, plan.version);
  return [
    { name: `${base}.pdf`, mime: 'application/pdf', product: `${stem}_pdf`, bytes: planPdf(data, kind, deps.locale, deps.timeZone) },
    { name: `${base}.json`, mime: 'application/json', product: `${stem}_json`, bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
    { name: `${base}.csv`, mime: 'text/csv', product: `${stem}_csv`, bytes: Buffer.from(planCsv(data), 'utf8') },
  ];
}

/** Builds and stores the files of a plan or of its report; returns their rows. */
export function storePlanFiles(deps: PlanFileDeps, plan: Plan, kind: PlanFileKind, now: Date): PlanFiles {
  const [pdf, json, csv] = planFileBytes(deps, plan, kind, now).map((file) =>
    storeGeneratedFile(deps.db, deps.documents, file.bytes, { gadId: plan.gadId, activity: KINDS[kind].activity, product: file.product, name: file.name, mime: file.mime, now }),
  );
  return { pdf: pdf!, json: json!, csv: csv! };
}

/** A stored file as a reply's attachment. */
export function attachment(row: DocumentRow): { sha256: string; name: string; mime: string } {
  return { sha256: row.sha256, name: row.fileName, mime: row.mime };
}

/** The stored files of a plan (of its version in force, or of an earlier `version`) or report, as last generated (undefined before they are). */
export function storedPlanFiles(db: Db, plan: Plan, kind: PlanFileKind, version: number = plan.version): PlanFiles | undefined {
  const { stem } = KINDS[kind];
  const base = baseName(plan, kind, version);
  const find = (ext: string) => latestNamedDocument(db, plan.gadId, `${stem}_${ext}`, `${base}.${ext}`);
  const [pdf, json, csv] = [find('pdf'), find('json'), find('csv')];
  return pdf && json && csv ? { pdf, json, csv } : undefined;
}
