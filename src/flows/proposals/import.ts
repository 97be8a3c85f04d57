/**
 * Proposals imported from a participation platform's CSV export
 * (`npm run cli -- proposals import --gad ID FILE`): Decidim's proposals export (columns
 * `id`, `title/<locale>` or `title`, `body/<locale>` or `body`, `reference`, …: nested
 * values flattened with "/") and CONSUL's admin export (columns named in the site's
 * language: `ID`, `Title`/`Título`, `Author` (an e-mail, not imported), `Summary`/`Resumen`,
 * …). Each row becomes a pending proposal of the GAD; a row already imported (same
 * platform and id) is skipped, so importing the same file again adds nothing. Authors'
 * names and e-mails are not imported: the platform holds them, and the bot cannot tell
 * them the response.
 */
import { parse } from 'csv-parse/sync';
import type { ProposalSource } from '../../domain/cocreation.js';
import { foldText } from '../../shared/text.js';
import type { Db } from '../../store/db.js';
import { audit } from '../../store/audit.js';
import { addProposal } from '../../store/proposals.js';

/** What an import did. */
export interface ImportReport {
  source: ProposalSource;
  added: number;
  skipped: number;
  /** Rows without an id, a title or a text, by their line in the file (header: line 1). */
  invalid: number[];
}

/** A file that is no proposals export. */
export class ImportFormatError extends Error {}

/** Column names each platform uses, folded (lower case, no accents); Decidim's translated ones end in /<locale>. */
const COLUMNS = {
  id: ['id'],
  title: ['title', 'titulo'],
  text: ['body', 'summary', 'resumen', 'description', 'descripcion'],
};

/** The column among `headers` that holds `field`, preferring Spanish, then any language. */
function columnOf(headers: readonly string[], field: keyof typeof COLUMNS): string | undefined {
  const names = COLUMNS[field];
  const folded = headers.map((h) => foldText(h));
  const exact = headers.find((_, i) => names.includes(folded[i]!));
  if (exact) return exact;
  const translated = headers.filter((_, i) => names.some((name) => folded[i]!.startsWith(`${name}/`) && !folded[i]!.includes('machine_translations')));
  return translated.find((h) => h.endsWith('/es')) ?? translated[0];
}

/** Text without HTML tags (Decidim and CONSUL keep rich text), whitespace collapsed. */
function plain(value: string | undefined): string {
  return (value ?? '').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Imports a CSV export's proposals as pending proposals of a GAD. */
export function importProposals(db: Db, gadId: number, csv: string | Buffer, now: Date): ImportReport {
  let rows: Record<string, string>[];
  try {
    rows = parse<Record<string, string>>(csv, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, delimiter: [',', ';'] });
  } catch (error) {
    throw new ImportFormatError(`the file is not a readable CSV: ${(error as Error).message}`);
  }
  const headers = Object.keys(rows[0] ?? {});
  const id = columnOf(headers, 'id');
  const title = columnOf(headers, 'title');
  const text = columnOf(headers, 'text');
  if (!id || !title || !text) throw new ImportFormatError('no proposals export: expected Decidim (id, title, body) or CONSUL (ID, Title, Summary) columns');
  // Decidim flattens nested values with "/" and names its references; CONSUL's headers are plain words.
  const source: ProposalSource = headers.some((h) => h.includes('/') || h === 'reference') ? 'decidim' : 'consul';
  const report: ImportReport = { source, added: 0, skipped: 0, invalid: [] };
  rows.forEach((row, index) => {
    const externalId = plain(row[id]);
    const values = { title: plain(row[title]).slice(0, 150), description: plain(row[text]).slice(0, 2000) };
    if (!externalId || !values.title || !values.description) return void report.invalid.push(index + 2);
    const added = addProposal(db, { gadId, source, externalId, ...values, authorName: null, authorContact: null, authorPersonId: null, consentAt: null }, now);
    if (added) report.added++;
    else report.skipped++;
  });
  audit(db, now, {}, 'proposals.imported', gadId, { source, added: report.added, skipped: report.skipped, invalid: report.invalid.length });
  return report;
}
