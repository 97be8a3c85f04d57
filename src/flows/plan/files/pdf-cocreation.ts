/**
 * The co-creation register and the independent monitor's assessments as blocks of the
 * plan's PDF (files/pdf.ts draws them): under each commitment the proposals behind it,
 * and after the commitments every proposal with the Foro's reasoned response, then each
 * assessment with the Foro's answer.
 */
import { ASSESSMENT_KIND_NAMES, PROPOSAL_STATUS_NAMES, STANDARD_NAMES } from '../../../domain/cocreation.js';
import { nameIn } from '../../../domain/labels.js';
import { COMPLETION_NAMES, IMPACT_NAMES, RESULT_NAMES } from '../../../domain/plan.js';
import type { AssessmentData, PlanData } from '../../../domain/plan-schema.js';
import { m, sharedTranslator, type Locale, type MessageArgs } from '../../../shared/i18n.js';

/** The blocks this part adds, a subset of pdf.ts's PdfBlock (named here so that pdf.ts alone imports the other). */
type PdfBlock = { kind: 'heading'; text: string } | { kind: 'field'; label: string; value: string } | { kind: 'item' | 'note'; text: string; indent: number };

/** A message of the document in `locale`. */
const say = (locale: Locale, key: string, args?: MessageArgs) => sharedTranslator().render(locale, m(key, args));

/** The proposals accepted into a commitment, as one field (none: no block). */
export function commitmentProposalsBlocks(data: PlanData, commitmentId: number, locale: Locale): PdfBlock[] {
  const behind = data.proposals.filter((p) => p.commitmentId === commitmentId);
  if (behind.length === 0) return [];
  return [{ kind: 'field', label: say(locale, 'pdf-proposals-behind'), value: behind.map((p) => `#${p.id} ${p.title}`).join('; ') }];
}

/** One assessment as a line of text: its kind, what it is about, its findings (the PDF and the portal show it). */
export function assessmentLine(data: PlanData, a: AssessmentData, locale: Locale): string {
  const commitment = data.commitments.findIndex((c) => c.id === a.commitmentId);
  const subject = commitment >= 0 ? `${commitment + 1}. ${data.commitments[commitment]!.title}` : say(locale, 'pdf-assessment-plan');
  const yesNo = (value: boolean | null) => (value === null ? '—' : say(locale, value ? 'pdf-yes' : 'pdf-no'));
  const parts =
    a.kind === 'commitment_end'
      ? [`${say(locale, 'pdf-assessment-completion')}: ${nameIn(COMPLETION_NAMES, a.completion)[locale]}`, `${say(locale, 'pdf-result')}: ${nameIn(RESULT_NAMES, a.result)[locale]}`]
      : a.commitmentId === null
        ? [`${say(locale, 'pdf-assessment-cocreation')}: ${nameIn(STANDARD_NAMES, a.coCreation)[locale]}`, `${say(locale, 'pdf-assessment-repository')}: ${nameIn(STANDARD_NAMES, a.repository)[locale]}`]
        : [`${say(locale, 'pdf-verifiable')}: ${yesNo(a.verifiable)}`, `${say(locale, 'pdf-relevant')}: ${yesNo(a.relevant)}`, `${say(locale, 'pdf-impact')}: ${nameIn(IMPACT_NAMES, a.potentialImpact)[locale]}`];
  return `${nameIn(ASSESSMENT_KIND_NAMES, a.kind)[locale]} — ${subject}: ${parts.join('; ')}`;
}

/** The register of proposals and the assessments, after the commitments (nothing when there are none). */
export function registerBlocks(data: PlanData, locale: Locale): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  if (data.proposals.length > 0) {
    blocks.push({ kind: 'heading', text: say(locale, 'pdf-register') });
    for (const p of data.proposals) {
      blocks.push({ kind: 'item', indent: 0, text: `• #${p.id} ${p.title}${p.author ? ` (${p.author})` : ''}: ${nameIn(PROPOSAL_STATUS_NAMES, p.status)[locale]}` });
      if (p.response) blocks.push({ kind: 'note', indent: 16, text: p.response });
    }
  }
  if (data.assessments.length > 0) {
    blocks.push({ kind: 'heading', text: say(locale, 'pdf-assessments') });
    for (const a of data.assessments) {
      blocks.push({ kind: 'item', indent: 0, text: `• ${assessmentLine(data, a, locale)}` });
      if (a.notes) blocks.push({ kind: 'note', indent: 16, text: a.notes });
      if (a.foroResponse) blocks.push({ kind: 'note', indent: 16, text: `${say(locale, 'pdf-foro-answer')}: ${a.foroResponse}` });
    }
  }
  return blocks;
}
