/**
 * The plan's PDF: every word in the reader's language (status, dates written out), no
 * heading without content, a font embedded that has every glyph the text uses, and the
 * same bytes for the same data.
 */
import { openSync, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { PLAN_STATUS_NAMES } from '../../../../src/domain/plan.js';
import { PLAN_DATA_SCHEMA_ID, PlanDataSchema, type PlanData } from '../../../../src/domain/plan-schema.js';
import { PDF_FONTS, planDocument, planPdf, type PdfBlock } from '../../../../src/flows/plan/files/pdf.js';
import { Translator } from '../../../../src/shared/i18n.js';

const ZONE = 'America/Guayaquil';
const translator = new Translator();

/** A closed plan with one commitment, two milestones (one with evidence), an evaluation and, for the report, sessions. */
function planData(sessions?: PlanData['sessions']): PlanData {
  const sha = 'a'.repeat(64);
  return PlanDataSchema.parse({
    schema: PLAN_DATA_SCHEMA_ID,
    generatedAt: '2027-01-05T15:00:00.000Z',
    gad: { id: 1, name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja' },
    plan: { id: 1, periodStart: '2026-12-08', periodEnd: '2027-12-31', status: 'closed', approvedAt: null, publishedAt: null, closedAt: '2027-01-05T15:00:00.000Z', version: 1, milestonesDonePercent: 50 },
    versions: [{ version: 1, publishedAt: null, reason: null, changes: [] }],
    commitments: [
      {
        id: 1,
        title: 'Presupuesto abierto “participativo”',
        problem: 'La ciudadanía no conoce el presupuesto; año tras año, señal débil.',
        objective: 'Publicar el presupuesto',
        expectedResults: 'Portal en línea',
        pillars: ['transparencia'],
        responsibleEntity: 'Dirección Financiera',
        responsiblePerson: 'Ana Muñoz',
        counterparts: [],
        milestones: [
          {
            id: 1,
            deliverable: 'Portal publicado',
            startDate: '2026-12-08',
            dueDate: '2027-01-31',
            completion: 'completo',
            reports: [{ date: '2027-01-02T15:00:00.000Z', completion: 'completo', text: 'Listo', delayReason: null }],
            evidence: [{ documentId: 9, fileName: 'evidencia.pdf', mime: 'application/pdf', size: 10, sha256: sha, uploadedAt: '2027-01-02T15:00:00.000Z' }],
          },
          { id: 2, deliverable: 'Informe', startDate: '2027-02-01', dueDate: '2027-03-01', completion: 'no_iniciado', reports: [], evidence: [] },
        ],
        evaluation: { verifiable: true, relevant: false, potentialImpact: 'moderado', result: 'significativo', notes: null, date: '2027-01-05T15:00:00.000Z' },
        sinceVersion: 1,
        withdrawn: null,
        status: 'sustancial',
        statusHistory: [{ status: 'sustancial', date: '2027-01-02T15:00:00.000Z' }],
        milestonesDonePercent: 50,
      },
    ],
    ...(sessions ? { sessions } : {}),
  });
}

const texts = (blocks: PdfBlock[]) => blocks.map((block) => (block.kind === 'field' ? `${block.label}: ${block.value}` : block.text));

describe('the plan as a PDF', () => {
  it('is written in Spanish: status words, dates as "8 de diciembre de 2026", nothing in English', () => {
    const lines = texts(planDocument(planData(), 'plan', 'es', ZONE));
    expect(lines).toContain(`${translator.t('es', 'pdf-status')}: ${PLAN_STATUS_NAMES.closed.es}`);
    expect(lines).toContain(`${translator.t('es', 'pdf-period')}: 8 de diciembre de 2026 — 31 de diciembre de 2027`);
    expect(lines.some((line) => line.includes('(8 de diciembre de 2026 → 31 de enero de 2027)'))).toBe(true);
    expect(lines.at(-1)).toContain('5 de enero de 2027');
    const all = lines.join('\n');
    expect(all).not.toMatch(/\b(closed|published|draft|held|scheduled)\b/);
    expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('is written in English for an English reader', () => {
    const lines = texts(planDocument(planData(), 'plan', 'en', ZONE));
    expect(lines).toContain(`${translator.t('en', 'pdf-period')}: 8 December 2026 — 31 December 2027`);
    expect(lines).toContain(`${translator.t('en', 'pdf-status')}: ${PLAN_STATUS_NAMES.closed.en}`);
  });

  it('leaves out a heading or a field with nothing under it', () => {
    const sessionsHeading = translator.t('es', 'pdf-sessions');
    expect(texts(planDocument(planData([]), 'report', 'es', ZONE))).not.toContain(sessionsHeading);
    expect(texts(planDocument(planData(), 'plan', 'es', ZONE)).some((line) => line.startsWith(translator.t('es', 'pdf-counterparts')))).toBe(false);
    const held = [{ id: 1, startsAt: '2026-12-15T15:00:00.000Z', status: 'held', invited: 8, attended: 6, minutes: null }];
    const report = texts(planDocument(planData(held), 'report', 'es', ZONE));
    expect(report).toContain(sessionsHeading);
    expect(report.join('\n')).toContain(`15 de diciembre de 2026 · ${translator.t('es', 'pdf-session-status', { status: 'held' })}`);
  });

  it('embeds DejaVu Sans, which has a glyph for every character the document uses', () => {
    const fonts: Font[] = [PDF_FONTS.regular, PDF_FONTS.bold].map((path) => openSync(path) as Font);
    const held = [{ id: 1, startsAt: '2026-12-15T15:00:00.000Z', status: 'held', invited: 8, attended: 6, minutes: null }];
    for (const locale of ['es', 'en'] as const) {
      const characters = new Set([...texts(planDocument(planData(held), 'report', locale, ZONE)).join('')]);
      for (const font of fonts) {
        const missing = [...characters].filter((c) => c.trim() && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
        expect(missing, `${locale} ${font.postscriptName}`).toEqual([]);
      }
    }
    const pdf = planPdf(planData(), 'plan', 'es', ZONE).toString('latin1');
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(pdf).toContain('/FontFile2');
    expect(pdf).not.toContain('Helvetica');
  });

  it('gives the same bytes for the same data, whenever it is built', async () => {
    const first = planPdf(planData(), 'plan', 'es', ZONE);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(planPdf(planData(), 'plan', 'es', ZONE).equals(first)).toBe(true);
    const later = { ...planData(), generatedAt: '2027-01-06T15:00:00.000Z' };
    expect(planPdf(later, 'plan', 'es', ZONE).equals(first)).toBe(false);
  });
});
