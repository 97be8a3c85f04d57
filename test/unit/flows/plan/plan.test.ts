/**
 * The action plan in process (FakeClock): recording with refusals that change nothing,
 * approval and publication (PDF, JSON valid against the schema, CSV readable), public
 * link, milestone reminders from the sweep, progress with evidence, closure, the
 * monitor's archive (every document matching its SHA-256) and evaluation.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../../../src/domain/plan-schema.js';
import { sweep } from '../../../../src/scheduler/sweep.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { stateSnapshot } from '../../../support/snapshot.js';
import { commitmentAnswers, gadAtActivity13, heldSession, milestoneAnswers, planDecisionLines } from '../../../support/plan-fixture.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
let t: TestApp;
afterEach(() => t.cleanup());

/** Says each line in turn; returns every reply. */
function talk(who: string, lines: string[]): OutboxPayload[] {
  return lines.flatMap((line) => t.say(who, line));
}
const last = (replies: OutboxPayload[]) => replies.map((r) => r.text).join('\n');
const keys = (replies: OutboxPayload[]) => replies.map((r) => r.key);
const planTables = () => JSON.stringify(['plans', 'commitments', 'milestones'].map((table) => t.app.db.$client.prepare(`SELECT * FROM ${table}`).all())) + stateSnapshot(t.app);
const fileBytes = (sha: string) => readFileSync(t.app.documents.pathOf(sha));

describe('the local action plan', () => {
  it('is recorded, refused when invalid, approved, published, followed, closed and evaluated', async () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    heldSession(t, gadAtActivity13(t));
    talk('pocl', ['/plan', t.es('plan-action-record'), '01/11/2026', '31/12/2027']);
    talk('pocl', commitmentAnswers('Presupuesto abierto', ['delegado']));

    // A commitment without milestones, a milestone without due date or outside the period: refused, nothing changes.
    const refused = t.say('pocl', t.es('plan-more-review'));
    expect(keys(refused)).toEqual(['plan-refused-no-milestones', 'plan-more-ask']);
    expect(last(refused)).toContain('Presupuesto abierto');
    t.say('pocl', t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }));
    t.say('pocl', 'Portal de presupuesto publicado');
    t.say('pocl', '01/11/2026');
    const before = planTables();
    expect(keys(t.say('pocl', 'no sé'))).toEqual(['plan-refused-no-due-date']);
    const outside = t.say('pocl', '2028-01-15');
    expect(keys(outside)).toEqual(['plan-refused-outside-period']);
    expect(last(outside)).toContain('01/11/2026 – 31/12/2027');
    expect(planTables()).toBe(before);
    expect(keys(t.say('pocl', '28/11/2026'))).toEqual(['plan-milestone-added', 'plan-more-ask']);
    talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), ...milestoneAnswers('Informe trimestral', '01/11/2026', '20/11/2026')]);
    talk('pocl', [t.es('plan-more-commitment'), ...commitmentAnswers('Compras transparentes', [t.es('plan-responsible-invite'), 'Ana Pérez'])]);
    talk('pocl', [t.es('plan-more-milestone', { commitment: 'Compras transparentes' }), ...milestoneAnswers('Datos de compras en CSV', '2027-01-01', '2027-06-30')]);
    const review = talk('pocl', [t.es('plan-more-review')]);
    expect(keys(review)).toEqual(['plan-draft-summary']);
    expect(last(review)).toContain('Portal de presupuesto publicado: 01/11/2026 → 28/11/2026');
    const saved = talk('pocl', [t.es('choice-confirm')]);
    expect(saved[0]!.key).toBe('plan-saved-for-approval');
    const code = /([0-9A-Z]{16})/.exec(saved.map((r) => r.text).join('\n'))![1]!;
    expect(t.count('plans')).toBe(1);
    expect(t.count('milestones')).toBe(3);
    expect(t.inbox('presi').at(-1)!.key).toBe('plan-approval-request');
    // The commitment owner joins as such (not as a Foro member) and gives her real name once.
    const welcome = t.say('ana', `/start ${code}`)[0]!;
    expect(welcome.text).toContain('Responsable de compromiso de GAD Municipal de Loja — compromiso «Compras transparentes» — para Ana Pérez');
    talk('ana', ['Ing. Rosa Ana Pérez', 'Directora Financiera', 'GAD Municipal de Loja']);
    expect(t.app.db.$client.prepare("SELECT role FROM memberships m JOIN identities i ON i.person_id = m.person_id WHERE i.address = 'ana'").all()).toEqual([{ role: 'responsable' }]);
    expect(t.say('ana', '/confirmar')[0]!.key).toBe('command-not-allowed');
    expect(t.say('ana', '/subir')[0]!.key).toBe('command-not-allowed');
    expect(t.say('ana', '/foro')[0]!.text).not.toContain('Ing. Rosa Ana Pérez');

    // The Foro approves it in a session with quorum; the Presidencia approves after seeing what will be published: PDF, JSON and CSV; the POC is told about activity 13.
    expect(talk('secre', planDecisionLines((key, args) => t.es(key, args))).at(-1)!.key).toBe('decisions-recorded');
    const asked = talk('presi', ['/plan', t.es('plan-action-approve')]);
    expect(asked.at(-1)!.key).toBe('plan-approve-ask');
    expect(t.count('documents')).toBe(0);
    const published = talk('presi', [t.es('choice-yes', { action: 'approve' })]);
    const [pdf, json, csv] = published.slice(-3).map((r) => r.file!);
    expect(fileBytes(pdf!.sha256).subarray(0, 5).toString()).toBe('%PDF-');
    const data = PlanDataSchema.parse(JSON.parse(fileBytes(json!.sha256).toString('utf8')));
    expect(data.commitments.map((c) => c.responsiblePerson)).toEqual(['delegado', 'Ing. Rosa Ana Pérez']);
    const rows = parse<Record<string, string>>(fileBytes(csv!.sha256), { columns: true });
    expect(rows.map((row) => row.deliverable)).toEqual(['Informe trimestral', 'Portal de presupuesto publicado', 'Datos de compras en CSV']);
    expect(t.inbox('poc').at(-1)!.key).toBe('plan-activity-13-notify');
    const token = /\/plan (\S+)/.exec(published.at(-3)!.text)![1]!;
    // Anyone with the link gets one message with the PDF, and the open data when asking for it.
    expect(t.say('stranger', `/plan ${token}`)).toEqual([expect.objectContaining({ key: 'plan-public', file: expect.objectContaining({ mime: 'application/pdf' }) })]);
    expect(t.say('stranger', `/plan ${token} datos`).map((r) => r.file?.mime)).toEqual(['application/json', 'text/csv']);
    // The same through a Telegram deep link's payload.
    expect(t.say('passerby', `/start plan-${token}`).map((r) => r.file?.mime)).toEqual(['application/pdf']);

    // Reminders: one due in 4 days, one overdue (which the Foro's two members are also told of); the same sweep again sends nothing more.
    const counts = sweep(t.app, t.clock.now());
    expect(counts.sendMilestoneReminders).toBe(4);
    expect(t.inbox('secre').filter((r) => r.key === 'milestone-late-foro')).toEqual([expect.objectContaining({ text: expect.stringContaining('Informe trimestral') })]);
    expect(sweep(t.app, t.clock.now()).sendMilestoneReminders).toBe(0);
    const reminder = (key: string) => t.inbox('delegado').filter((r) => r.key === key);
    expect(reminder('milestone-due-reminder')).toEqual([expect.objectContaining({ text: expect.stringContaining('28 de noviembre de 2026') })]);
    expect(reminder('milestone-overdue-reminder')).toEqual([expect.objectContaining({ text: expect.stringContaining('20 de noviembre de 2026') })]);
    // The monthly digest does not land on top of the publication: it waits a week, then goes out once.
    expect(counts.sendPlanDigests).toBe(0);
    t.clock.advance(7 * 86_400_000);
    expect(sweep(t.app, t.clock.now()).sendPlanDigests).toBeGreaterThan(0);
    expect(t.inbox('presi').at(-1)!.key).toBe('plan-digest');
    expect(sweep(t.app, t.clock.now()).sendPlanDigests).toBe(0);

    // Progress on the overdue milestone asks for the delay's reason and takes evidence.
    talk('delegado', ['/plan', t.es('plan-action-progress'), 'Informe trimestral (20/11/2026)', 'sustancial', 'Borrador listo']);
    expect(t.inbox('delegado').at(-1)!.key).toBe('plan-progress-delay-ask');
    t.say('delegado', 'Faltó la firma del director');
    const stored = await t.app.documents.put(PDF, 'evidencia.pdf');
    if (!stored.ok) throw new Error('not stored');
    const received = t.say('delegado', '', { file: stored.file });
    expect(keys(received)).toEqual(['plan-evidence-received']);
    expect(received[0]!.choices?.map((c) => c.label)).toEqual([t.es('plan-evidence-done')]);
    expect(last(received)).toContain('evidencia.pdf');
    const progressSaved = t.say('delegado', t.es('plan-evidence-done'));
    expect(progressSaved).toEqual([expect.objectContaining({ key: 'plan-progress-saved', text: expect.stringContaining('sustancial') })]);
    expect(t.inbox('pocl').at(-1)).toMatchObject({ key: 'plan-progress-notify', text: expect.stringContaining('Borrador listo') });
    expect(last(t.say('pocl', '/plan'))).toContain('Informe trimestral (20/11/2026): sustancial ⚠️');

    // Closing needs activity 14 (implementation) confirmed, which needs 13; then a question names the unfinished milestones.
    expect(keys(talk('secre', ['/plan', t.es('plan-action-close')]))).toContain('plan-close-blocked');
    const yes = t.es('choice-yes', { action: 'confirm' });
    talk('poc', ['/confirmar', 'GAD', 'GAD Municipal de Loja (Loja)', '13. Realizar el acompañamiento y asistencia técnica para Cocreación del Plan de Acción', yes]);
    talk('secre', ['/confirmar', '14. Coordinar la implementación del Plan de Acción', yes]);
    const question = talk('secre', ['/plan', t.es('plan-action-close')]).at(-1)!;
    expect(question.key).toBe('plan-close-ask');
    expect(question.text).toContain('Informe trimestral (20/11/2026): sustancial');
    expect(question.text).toContain('Datos de compras en CSV');
    const closed = talk('secre', [t.es('choice-yes', { action: 'close' })]);
    expect(keys(closed)).toContain('plan-closed-record');
    expect(keys(closed)).not.toContain('confirm-done');
    expect(t.detail('secre', '/estado')[0]!.text).toMatch(/🟡 15\. /);
    const report = PlanDataSchema.parse(JSON.parse(fileBytes(closed.find((r) => r.file?.mime === 'application/json')!.file!.sha256).toString('utf8')));
    expect(report.plan.status).toBe('closed');
    expect(report.commitments[0]!.milestones[0]!.evidence[0]!.sha256).toBe(stored.file.sha256);
    expect(t.inbox('poc').at(-1)!.key).toBe('plan-report-notify');
    // A citizen with the link now gets the accountability report alone, in one message.
    expect(t.say('stranger', `/plan ${token}`)).toEqual([expect.objectContaining({ key: 'plan-report-public', file: expect.objectContaining({ mime: 'application/pdf' }) })]);

    // The monitor's archive is built in the background, after the closing transaction; every document matches its recorded SHA-256.
    expect(t.inbox('monitor').some((r) => r.file?.mime === 'application/zip')).toBe(false);
    expect(await t.app.builder.runPending()).toBe(1);
    const archive = t.inbox('monitor').at(-1)!;
    expect(archive.key).toBe('plan-package-notify');
    expect(archive.file!.mime).toBe('application/zip');
    const entries = unzipSync(fileBytes(archive.file!.sha256));
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as { files: { name: string; sha256: string; documentId: number | null }[] };
    const documents = manifest.files.filter((f) => f.documentId !== null);
    expect(documents.length).toBeGreaterThanOrEqual(7);
    for (const f of manifest.files) {
      const digest = createHash('sha256').update(entries[f.name]!).digest('hex');
      expect(digest).toBe(f.sha256);
      if (f.documentId !== null) {
        const row = t.app.db.$client.prepare('SELECT sha256 FROM documents WHERE id = ?').get(f.documentId) as { sha256: string };
        expect(digest).toBe(row.sha256);
      }
    }

    // Built once: asked again a day later, the package (and its report) is the same bytes.
    t.clock.advance(86_400_000);
    talk('monitor', ['/plan', t.es('plan-action-package')]);
    expect(await t.app.builder.runPending()).toBe(1);
    expect(t.inbox('monitor').at(-1)!.file!.sha256).toBe(archive.file!.sha256);

    // The monitor evaluates; the Foro sees it. Activity 15 waits for every commitment's evaluation.
    const evaluated = talk('monitor', ['/plan', t.es('plan-action-evaluate'), 'Presupuesto abierto', t.es('plan-yes'), t.es('plan-yes'), 'moderado', 'significativo', 'Buen avance']);
    expect(evaluated.at(-1)).toMatchObject({ key: 'plan-evaluated', text: expect.stringContaining('significativo') });
    expect(t.inbox('presi').at(-1)).toMatchObject({ key: 'plan-evaluated-notify', text: expect.stringContaining('significativo') });
    expect(last(t.say('presi', '/plan'))).toContain('★ significativo');
    const early = talk('secre', ['/confirmar', '15. Realizar el cierre del Plan y rendición de cuentas']);
    expect(early.at(-1)!.key).toBe('confirm-missing');
    expect(early.at(-1)!.text).toContain('1 compromisos sin evaluar');
    talk('monitor', ['/plan', t.es('plan-action-evaluate'), 'Compras transparentes', t.es('plan-yes'), t.es('plan-no'), 'menor', 'marginal', '-']);
    expect(t.inbox('secre').at(-1)!.key).toBe('plan-evaluation-complete-notify');
    expect(talk('secre', ['/confirmar', '15. Realizar el cierre del Plan y rendición de cuentas', yes]).at(-1)!.key).toBe('confirm-done');
    expect(t.detail('secre', '/estado')[0]!.text).toMatch(/✅ 15\. /);
  });
});
