/**
 * A plan (or its accountability report) as a PDF a person reads on a phone: A5 pages,
 * one commitment after another, milestones with their completion, evidence with its
 * SHA-256, the monitor's evaluation, and for the report the Foro sessions held.
 * Built synchronously with pdfkit (its stream is read in paused mode).
 */
import type PDFKit from 'pdfkit';
import { nameIn, type Bilingual } from '../../../domain/labels.js';
import { COMPLETION_NAMES, IMPACT_NAMES, RESULT_NAMES } from '../../../domain/plan.js';
import type { PlanData } from '../../../domain/plan-schema.js';
import { PILLARS } from '../../../domain/pillars.js';
import { m, sharedTranslator, type Locale, type MessageRef } from '../../../shared/i18n.js';
import { lazyRequire } from '../../../shared/lazy-require.js';

const pdfkit = lazyRequire<typeof PDFKit>('pdfkit');

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
} satisfies Record<string, MessageRef>;

/** Renders the plan (kind "plan") or its accountability report (kind "report") as PDF bytes. */
export function planPdf(data: PlanData, kind: 'plan' | 'report', locale: Locale): Buffer {
  const translator = sharedTranslator();
  const say = (label: keyof typeof LABELS) => translator.render(locale, LABELS[label]);
  const PDFDocument = pdfkit();
  // The creation date comes from the data (pdfkit would take the clock's), so the same data gives the same bytes.
  const created = new Date(data.generatedAt);
  const doc = new PDFDocument({ size: 'A5', margin: 36, info: { Title: `${say(kind)} — ${data.gad.name}`, CreationDate: created, ModDate: created } });
  const field = (label: keyof typeof LABELS, value: string) => doc.font('Helvetica-Bold').text(`${say(label)}: `, { continued: true }).font('Helvetica').text(value);

  doc.font('Helvetica-Bold').fontSize(15).text(say(kind)).fontSize(12).text(data.gad.name).moveDown(0.3);
  doc.fontSize(9);
  field('period', `${data.plan.periodStart} — ${data.plan.periodEnd}`);
  field('status', data.plan.status);
  data.commitments.forEach((c, index) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(`${index + 1}. ${c.title}`).fontSize(9);
    field('problem', c.problem);
    field('objective', c.objective);
    field('results', c.expectedResults);
    field('pillars', c.pillars.map((id) => nameIn(pillarNames, id)[locale]).join('; '));
    field('responsible', [c.responsibleEntity, c.responsiblePerson].filter(Boolean).join(' — '));
    field('counterparts', c.counterparts.join('; ') || '—');
    doc.font('Helvetica-Bold').text(`${say('milestones')}:`).font('Helvetica');
    for (const ms of c.milestones) {
      doc.text(`• ${ms.deliverable} (${ms.startDate} → ${ms.dueDate}): ${nameIn(COMPLETION_NAMES, ms.completion)[locale]}`, { indent: 8 });
      const last = ms.reports.at(-1);
      if (last) doc.text(`  ${last.text}${last.delayReason ? ` — ${last.delayReason}` : ''}`, { indent: 16 });
      for (const file of ms.evidence) doc.fontSize(7).text(`${say('evidence')}: ${file.fileName} · SHA-256 ${file.sha256}`, { indent: 16 }).fontSize(9);
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
  if (data.sessions) {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(say('sessions')).fontSize(9).font('Helvetica');
    for (const s of data.sessions) {
      const acta = s.minutes ? ` · ${say('minutes')} SHA-256 ${s.minutes.sha256}` : '';
      doc.text(`• ${s.startsAt.slice(0, 10)} · ${s.status} · ${say('attended')} ${s.attended}/${s.invited}${acta}`);
    }
  }
  doc.moveDown(1).fontSize(7).text(`${say('data')} · ${data.schema} · ${data.generatedAt}`);
  doc.end();
  const chunks: Buffer[] = [];
  for (let chunk = doc.read() as Buffer | null; chunk !== null; chunk = doc.read() as Buffer | null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const pillarNames: Record<string, Bilingual> = Object.fromEntries(PILLARS.map((p) => [p.id, { es: p.name, en: p.nameEn }]));
