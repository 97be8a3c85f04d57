/**
 * A plan (or its accountability report) as a PDF a person reads on a phone: A5 pages,
 * one commitment after another, milestones with their completion, evidence with its
 * SHA-256, each commitment's status as OGP reports it (and its withdrawal), the
 * monitor's evaluation, the versions' change log, and for the report the Foro sessions held.
 *
 * The document is first laid out as plain blocks in the reader's language (every word
 * from the locales or the Guía's names, dates written out, empty parts left out), then
 * drawn with pdfkit in DejaVu Sans, embedded, which has every glyph the text uses
 * (→, ñ, tildes, quotes). The same data gives the same bytes: the document's dates
 * come from the data, not the clock. Built synchronously (pdfkit's stream is read in
 * paused mode).
 */
import { createRequire } from 'node:module';
import type * as Fontkit from 'fontkit';
import type PDFKit from 'pdfkit';
import { nameIn, type Bilingual } from '../../../domain/labels.js';
import { COMPLETION_NAMES, IMPACT_NAMES, PLAN_STATUS_NAMES, RESULT_NAMES } from '../../../domain/plan.js';
import { COMMITMENT_STATUS_NAMES } from '../../../domain/commitment-status.js';
import { changeDataMessage } from '../change-log.js';
import type { PlanData } from '../../../domain/plan-schema.js';
import { PILLARS } from '../../../domain/pillars.js';
import { m, sharedTranslator, type Locale, type MessageRef } from '../../../shared/i18n.js';
import { lazyRequire } from '../../../shared/lazy-require.js';
import { formatLongInstantDate, formatLongIsoDate } from '../../../shared/zoned-time.js';
import { commitmentProposalsBlocks, registerBlocks } from './pdf-cocreation.js';

const pdfkit = lazyRequire<typeof PDFKit>('pdfkit');
const fontkit = lazyRequire<typeof Fontkit>('fontkit');
const require = createRequire(import.meta.url);

/** The embedded fonts: DejaVu Sans (Bitstream Vera licence), from the dejavu-fonts-ttf package. */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** A font as pdfkit takes it: since 0.20 a parsed fontkit font too, which its types do not say yet. */
type FontSource = PDFKit.Mixins.PDFFontSource;
let parsedFonts: { regular: FontSource; bold: FontSource } | undefined;

/**
 * The fonts, parsed once for every document: shaping each word with DejaVu's OpenType
 * tables is what a PDF costs, and a font that has done it before does it several times
 * faster. pdfkit subsets them per document, so sharing them changes no byte.
 */
function fonts(): { regular: FontSource; bold: FontSource } {
  const open = (path: string) => fontkit().openSync(path) as unknown as FontSource;
  return (parsedFonts ??= { regular: open(PDF_FONTS.regular), bold: open(PDF_FONTS.bold) });
}

/** One part of the document, in reading order. */
export type PdfBlock =
  | { kind: 'title' | 'subtitle' | 'heading' | 'label'; text: string }
  | { kind: 'field'; label: string; value: string }
  | { kind: 'item' | 'note' | 'fine'; text: string; indent: number }
  | { kind: 'footer'; text: string };

const pillarNames: Record<string, Bilingual> = Object.fromEntries(PILLARS.map((p) => [p.id, { es: p.name, en: p.nameEn }]));

/** Headings and labels of the document (in locales/, as every sentence people read). */
const LABELS = {
  plan: m('pdf-plan'),
  report: m('pdf-report'),
  period: m('pdf-period'),
  status: m('pdf-status'),
  problem: m('pdf-problem'),
  objective: m('pdf-objective'),
  results: m('pdf-results'),
  pillars: m('pdf-pillars'),
  responsible: m('pdf-responsible'),
  counterparts: m('pdf-counterparts'),
  milestones: m('pdf-milestones'),
  evidence: m('pdf-evidence'),
  evaluation: m('pdf-evaluation'),
  verifiable: m('pdf-verifiable'),
  relevant: m('pdf-relevant'),
  impact: m('pdf-impact'),
  result: m('pdf-result'),
  sessions: m('pdf-sessions'),
  attended: m('pdf-attended'),
  minutes: m('pdf-minutes'),
  yes: m('pdf-yes'),
  no: m('pdf-no'),
  data: m('pdf-data'),
  version: m('pdf-version'),
  commitmentStatus: m('pdf-commitment-status'),
  withdrawn: m('pdf-withdrawn'),
  versions: m('pdf-versions'),
} satisfies Record<string, MessageRef>;

/** The plan or report as blocks of text in `locale`; dates of instants are read in `timeZone`. */
export function planDocument(data: PlanData, kind: 'plan' | 'report', locale: Locale, timeZone: string): PdfBlock[] {
  const translator = sharedTranslator();
  const say = (label: keyof typeof LABELS) => translator.render(locale, LABELS[label]);
  const date = (iso: string) => formatLongIsoDate(iso)[locale];
  const day = (instant: string) => formatLongInstantDate(new Date(instant), timeZone)[locale];
  const blocks: PdfBlock[] = [];
  /** A labelled value; left out when there is no value. */
  const field = (label: keyof typeof LABELS, value: string | null | undefined) => {
    if (value?.trim()) blocks.push({ kind: 'field', label: say(label), value });
  };

  blocks.push({ kind: 'title', text: say(kind) }, { kind: 'subtitle', text: data.gad.name });
  field('period', `${date(data.plan.periodStart)} — ${date(data.plan.periodEnd)}`);
  field('status', nameIn(PLAN_STATUS_NAMES, data.plan.status)[locale]);
  if (data.plan.version > 1) field('version', String(data.plan.version));
  data.commitments.forEach((c, index) => {
    blocks.push({ kind: 'heading', text: `${index + 1}. ${c.title}` });
    field('problem', c.problem);
    field('objective', c.objective);
    field('results', c.expectedResults);
    field('pillars', c.pillars.map((id) => nameIn(pillarNames, id)[locale]).join('; '));
    field('responsible', [c.responsibleEntity, c.responsiblePerson].filter(Boolean).join(' — '));
    field('counterparts', c.counterparts.join('; '));
    field('commitmentStatus', `${nameIn(COMMITMENT_STATUS_NAMES, c.status)[locale]} · ${c.milestonesDonePercent} %`);
    field('withdrawn', c.withdrawn?.reason);
    blocks.push(...commitmentProposalsBlocks(data, c.id, locale));
    if (c.milestones.length > 0) blocks.push({ kind: 'label', text: say('milestones') });
    for (const ms of c.milestones) {
      blocks.push({ kind: 'item', indent: 8, text: `• ${ms.deliverable} (${date(ms.startDate)} → ${date(ms.dueDate)}): ${nameIn(COMPLETION_NAMES, ms.completion)[locale]}` });
      const last = ms.reports.at(-1);
      if (last) blocks.push({ kind: 'note', indent: 16, text: last.delayReason ? `${last.text} — ${last.delayReason}` : last.text });
      for (const file of ms.evidence) blocks.push({ kind: 'fine', indent: 16, text: `${say('evidence')}: ${file.fileName} · SHA-256 ${file.sha256}` });
    }
    if (c.evaluation) {
      const e = c.evaluation;
      const yesNo = (value: boolean) => say(value ? 'yes' : 'no');
      field(
        'evaluation',
        `${say('verifiable')}: ${yesNo(e.verifiable)}; ${say('relevant')}: ${yesNo(e.relevant)}; ${say('impact')}: ${nameIn(IMPACT_NAMES, e.potentialImpact)[locale]}; ${say('result')}: ${nameIn(RESULT_NAMES, e.result)[locale]}`,
      );
    }
  });
  if (data.versions.length > 1) {
    blocks.push({ kind: 'heading', text: say('versions') });
    for (const v of data.versions.slice(1)) {
      blocks.push({ kind: 'item', indent: 0, text: `${say('version')} ${v.version}${v.publishedAt ? ` · ${day(v.publishedAt)}` : ''}: ${v.reason ?? ''}` });
      for (const change of v.changes) blocks.push({ kind: 'note', indent: 8, text: `• ${translator.render(locale, changeDataMessage(change))}` });
    }
  }
  blocks.push(...registerBlocks(data, locale));
  if (data.sessions?.length) {
    blocks.push({ kind: 'heading', text: say('sessions') });
    for (const s of data.sessions) {
      const acta = s.minutes ? ` · ${say('minutes')} SHA-256 ${s.minutes.sha256}` : '';
      blocks.push({ kind: 'item', indent: 0, text: `• ${day(s.startsAt)} · ${translator.render(locale, m('pdf-session-status', { status: s.status }))} · ${say('attended')} ${s.attended}/${s.invited}${acta}` });
    }
  }
  blocks.push({ kind: 'footer', text: `${say('data')} · ${data.schema} · ${day(data.generatedAt)}` });
  return blocks;
}

/** Renders the plan (kind "plan") or its accountability report (kind "report") as PDF bytes. */
export function planPdf(data: PlanData, kind: 'plan' | 'report', locale: Locale, timeZone: string): Buffer {
  const blocks = planDocument(data, kind, locale, timeZone);
  const PDFDocument = pdfkit();
  const generated = new Date(data.generatedAt);
  const doc = new PDFDocument({
    size: 'A5',
    margin: 36,
    font: fonts().regular as string,
    info: { Title: `${sharedTranslator().render(locale, LABELS[kind])} — ${data.gad.name}`, CreationDate: generated, ModDate: generated },
  });
  doc.registerFont('regular', fonts().regular).registerFont('bold', fonts().bold);
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        doc.font('bold').fontSize(15).text(block.text);
        break;
      case 'subtitle':
        doc.font('bold').fontSize(12).text(block.text).moveDown(0.3);
        break;
      case 'heading':
        doc.moveDown(0.8).font('bold').fontSize(11).text(block.text);
        break;
      case 'label':
        doc.font('bold').fontSize(9).text(`${block.text}:`);
        break;
      case 'field':
        doc.font('bold').fontSize(9).text(`${block.label}: `, { continued: true }).font('regular').text(block.value);
        break;
      case 'item':
      case 'note':
        doc.font('regular').fontSize(9).text(block.text, { indent: block.indent });
        break;
      case 'fine':
        doc.font('regular').fontSize(7).text(block.text, { indent: block.indent });
        break;
      case 'footer':
        doc.moveDown(1).font('regular').fontSize(7).text(block.text);
        break;
    }
  }
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}
