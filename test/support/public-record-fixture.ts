/**
 * A public record to look at on the web: a municipality with a published plan (progress
 * and evidence), a held Foro session with its acta and one to come, a rural parish early in
 * the process, and what must never be public (a pending GAD, a contact in the actor map,
 * an unpublished activity product).
 */
import { createSession, recordMinutes, attachToSession } from '../../src/store/sessions.js';
import { addDocument } from '../../src/store/documents-repo.js';
import { addForoEntity } from '../../src/store/foro.js';
import { createGad } from '../../src/store/gads.js';
import { recordProgress } from '../../src/store/plan-progress.js';
import { createPlan, milestonesOf, setPlanStatus } from '../../src/store/plans.js';
import { markActivityDone } from '../../src/store/progress.js';
import { storePlanFiles } from '../../src/flows/plan/files/build.js';
import { answerAssessment, recordAssessment } from '../../src/store/assessments.js';
import { addProposal, answerProposal } from '../../src/store/proposals.js';
import type { TestApp } from './app.js';
import { gadAtActivity13 } from './plan-fixture.js';

/** A tiny but real PDF (file-type sniffs it as application/pdf). */
export function pdfBytes(label: string): Uint8Array {
  return Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\n% ${label}\ntrailer <<>>\n%%EOF\n`);
}

/** What the fixture built. */
export interface PublicRecord {
  municipality: number;
  parish: number;
  pending: number;
  planId: number;
  actaId: number;
  evidenceId: number;
  privateDocumentId: number;
  heldSessionId: number;
  /** Strings that must appear on no public page and in no open-data file. */
  secrets: string[];
}

/** Builds the record on a test app (clock at its default instant). */
export async function publicRecordFixture(t: TestApp): Promise<PublicRecord> {
  const db = t.app.db;
  const now = t.clock.now();
  const municipality = gadAtActivity13(t);
  addForoEntity(db, { gadId: municipality, name: 'Fundación Ciudadana', sector: 'sociedad_civil', contact: 'maria@correo.ec 0991234567', interest: 'Participación', createdByPersonId: null, now });

  const { plan, commitments } = createPlan(
    db,
    municipality,
    {
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      commitments: [
        {
          title: 'Presupuesto participativo abierto',
          problem: 'La ciudadanía no conoce el presupuesto',
          objective: 'Publicar y discutir el presupuesto',
          expectedResults: 'Presupuesto publicado en datos abiertos',
          pillars: ['transparencia', 'participacion'],
          responsibleEntity: 'Dirección Financiera',
          responsiblePersonId: null,
          responsibleName: 'Responsable',
          counterparts: ['Universidad Nacional de Loja'],
          milestones: [
            { deliverable: 'Presupuesto publicado', startDate: '2026-02-01', dueDate: '2026-06-30' },
            { deliverable: 'Tres asambleas barriales', startDate: '2026-07-01', dueDate: '2026-12-15' },
          ],
        },
      ],
    },
    { personId: null, now },
  );
  setPlanStatus(db, plan.id, 'approved', now);
  setPlanStatus(db, plan.id, 'published', now);
  markActivityDone(db, municipality, 13, null, now);
  const [first] = milestonesOf(db, [commitments[0]!.id]);
  const evidence = await t.app.documents.put(pdfBytes('evidencia'), 'presupuesto.pdf');
  if (!evidence.ok) throw new Error('evidence refused');
  const [evidenceRow] = recordProgress(db, municipality, { milestoneId: first!.id, completion: 'sustancial', text: 'Presupuesto publicado en el sitio', delayReason: null, evidence: [evidence.file] }, { personId: null, now });
  // The co-creation register (a proposal accepted, its author's contact kept private) and the monitor's inception assessment, answered by the Foro.
  const proposal = addProposal(db, { gadId: municipality, source: 'bot', externalId: null, title: 'Presupuesto en datos abiertos', description: 'Publicar cada mes el presupuesto', authorName: 'Vecina del barrio', authorContact: 'vecina@correo.ec', authorPersonId: null, consentAt: now }, now)!;
  answerProposal(db, proposal.id, { outcome: 'accepted', planId: plan.id, commitmentId: commitments[0]!.id, mergedIntoId: null, response: 'Es el núcleo del compromiso 1' }, { personId: null, now });
  const inception = recordAssessment(db, plan.id, { kind: 'inception', commitmentId: commitments[0]!.id, verifiable: true, relevant: true, potentialImpact: 'moderado', notes: 'Hitos verificables' }, { personId: null, now });
  answerAssessment(db, inception.id, 'El Foro agradece la evaluación', { personId: null, now });
  storePlanFiles({ db, documents: t.app.documents, timeZone: t.app.config.timeZone, locale: 'es' }, { ...plan, status: 'published' }, 'plan', now);

  const held = createSession(db, { gadId: municipality, startsAt: new Date(now.getTime() - 7 * 86_400_000), place: 'Salón del Concejo', link: 'https://meet.example.ec/secreto-foro', agenda: 'Avance del plan', createdByPersonId: null }, now);
  const actaFile = await t.app.documents.put(pdfBytes('acta'), 'acta-foro.pdf');
  if (!actaFile.ok) throw new Error('acta refused');
  const acta = addDocument(db, actaFile.file, { gadId: municipality, activity: null, product: 'acta_sesion', uploadedByPersonId: null, now });
  attachToSession(db, acta.id, held.id);
  recordMinutes(db, held.id, [], new Set(), now);
  createSession(db, { gadId: municipality, startsAt: new Date(now.getTime() + 7 * 86_400_000), place: 'Salón del Concejo', link: 'https://meet.example.ec/secreto-foro', agenda: 'Rendición de cuentas', createdByPersonId: null }, now);

  const diagnosis = await t.app.documents.put(pdfBytes('diagnostico interno'), 'diagnostico.pdf');
  if (!diagnosis.ok) throw new Error('diagnosis refused');
  const privateDocument = addDocument(db, diagnosis.file, { gadId: municipality, activity: 6, product: 'diagnostico', uploadedByPersonId: null, now });

  const parish = createGad(db, { name: 'GAD Parroquial de Vilcabamba', level: 'parroquial', province: 'Loja', canton: 'Loja', entry: 'prioritization', status: 'accepted', now }).id;
  markActivityDone(db, parish, 1, null, now);
  const pending = createGad(db, { name: 'GAD Municipal Pendiente de Zapotillo', level: 'municipal', province: 'Loja', canton: 'Zapotillo', entry: 'interest', status: 'interest_pending', details: { contact: 'alcalde@zapotillo.ec' }, now }).id;
  const { code } = t.app.invites.create({ role: 'autoridad', gadId: parish });

  return {
    municipality,
    parish,
    pending,
    planId: plan.id,
    actaId: acta.id,
    evidenceId: evidenceRow!.id,
    privateDocumentId: privateDocument.id,
    heldSessionId: held.id,
    secrets: ['vecina@correo.ec', 'maria@correo.ec', '0991234567', 'alcalde@zapotillo.ec', 'Pendiente de Zapotillo', 'secreto-foro', code],
  };
}
