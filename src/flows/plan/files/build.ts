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

/** The instant the files describe: the plan's publication, or its closing for the report (`now` while it is still open). */
export function filesAsOf(plan: Plan, kind: PlanFileKind, now: Date): Date {
  return (kind === 'plan' ? (plan.publishedAt ?? plan.approvedAt) : plan.closedAt) ?? now;
}

/** The open data of a plan (with the sessions held, for the report). */
function dataFor(deps: PlanFileDeps, plan: Plan, kind: PlanFileKind, now: Date): PlanData {
  return PlanDataSchema.parse(planData(deps.db, plan, { asOf: filesAsOf(plan, kind, now), timeZone: deps.timeZone, sessions: kind === 'report' }));
}

/** The bytes of the three files, named; the same data gives the same bytes (the PDF's dates come from the data). */
export function planFileBytes(deps: PlanFileDeps, plan: Plan, kind: PlanFileKind, now: Date): { name: string; mime: string; product: string; bytes: Uint8Array }[] {
  const data = dataFor(deps, plan, kind, now);
  const { stem, name } = KINDS[kind];
  const base = `${name}-${plan.gadId}-${plan.id}`;
  return [
    { name: `${base}.pdf`, mime: 'application/pdf', product: `${stem}_pdf`, bytes: planPdf(data, kind, deps.locale) },
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

/** The stored files of a plan or report, as last generated (undefined before they are). */
export function storedPlanFiles(db: Db, plan: Plan, kind: PlanFileKind): PlanFiles | undefined {
  const { stem, name } = KINDS[kind];
  const find = (ext: string) => latestNamedDocument(db, plan.gadId, `${stem}_${ext}`, `${name}-${plan.gadId}-${plan.id}.${ext}`);
  const [pdf, json, csv] = [find('pdf'), find('json'), find('csv')];
  return pdf && json && csv ? { pdf, json, csv } : undefined;
}
