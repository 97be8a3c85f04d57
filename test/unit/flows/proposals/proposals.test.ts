/**
 * The co-creation register through the console: the Foro's public code, a stranger's
 * proposal (refused codes change nothing), the Foro's reasoned responses (accepted into a
 * commitment, merged, not accepted), the author told in their language, and the
 * register published with the plan (JSON valid against the schema, CSV, PDF).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../../../src/domain/plan-schema.js';
import { storedPlanFiles } from '../../../../src/flows/plan/files/build.js';
import { planDocument } from '../../../../src/flows/plan/files/pdf.js';
import { planById } from '../../../../src/store/plans.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { publishPlan, recordPlan } from '../../../support/cocreation-fixture.js';
import { gadAtActivity13 } from '../../../support/plan-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

const talk = (who: string, lines: string[]): OutboxPayload[] => lines.flatMap((line) => t.say(who, line));
const keys = (replies: OutboxPayload[]) => replies.map((r) => r.key);
const proposals = () => t.app.db.$client.prepare('SELECT id, status, commitment_id, merged_into_id, response, author_contact FROM proposals ORDER BY id').all() as Record<string, unknown>[];
const fileText = (sha: string) => readFileSync(t.app.documents.pathOf(sha), 'utf8');

/** Sends a proposal as a stranger would, after the code: title, description, name, contact, confirm. */
function propose(who: string, start: string, title: string, name: string): OutboxPayload[] {
  return talk(who, [start, title, `Descripción detallada de ${title}`, name, '-', t.es('choice-confirm')]);
}

describe('the co-creation register', () => {
  it('collects proposals with a public code and gives each a reasoned response its author receives', () => {
    t = testApp();
    const gadId = gadAtActivity13(t);

    // The POCL gets the GAD's public code to share; a delegado may not open the register.
    expect(t.say('delegado', '/propuestas')[0]!.key).toBe('command-not-allowed');
    const register = t.say('pocl', '/propuestas');
    expect(register[0]!.key).toBe('proposals-register');
    const code = /\/propuesta ([2-9A-Z]{6})/.exec(register[0]!.text)![1]!;

    // A wrong code changes nothing; a stranger sends a proposal with the code, another through the Telegram link's payload.
    expect(keys(t.say('vecina', '/propuesta ZZZZZZ'))).toEqual(['proposal-code-unknown']);
    expect(t.count('proposals')).toBe(0);
    t.say('visitor', '/idioma');
    t.say('visitor', 'English');
    const sent = propose('vecina', `/propuesta ${code.toLowerCase()}`, 'Ciclovías seguras', 'María Vecina');
    expect(sent.at(-1)).toMatchObject({ key: 'proposal-sent', text: expect.stringContaining('GAD Municipal de Loja') });
    expect(propose('visitor', `/start propuesta-${code}`, 'Open budget data', '-').at(-1)!.key).toBe('proposal-sent');
    propose('vecino', `/propuesta ${code}`, 'Presupuesto abierto mensual', 'Juan');
    expect(t.inbox('pocl').filter((r) => r.key === 'proposal-received-notify')).toHaveLength(3);
    expect(t.inbox('secre').at(-1)).toMatchObject({ key: 'proposal-received-notify', text: expect.stringContaining('Presupuesto abierto mensual') });

    // Declining at the summary keeps nothing.
    talk('curioso', [`/propuesta ${code}`, 'Una idea cualquiera', 'Una descripción de la idea', '-', '-', t.es('choice-cancel')]);
    expect(t.count('proposals')).toBe(3);

    // Without a plan recorded there is nothing to accept proposals into: the Foro is told to record it first.
    expect(keys(t.say('secre', '/propuestas'))).toEqual(['proposals-register', 'proposals-need-plan']);
    const { plan, commitments } = recordPlan(t, gadId);

    // Accepted into commitment 1, with reasons: the author (English) hears it in English.
    talk('secre', ['/propuestas', t.es('proposals-action-answer'), '#2 Open budget data', t.es('proposals-outcome', { outcome: 'accepted' }), '1. Presupuesto abierto']);
    const summary = t.say('secre', 'Se acoge como hito del compromiso de presupuesto abierto');
    expect(summary[0]!.key).toBe('proposals-answer-summary');
    const answered = t.say('secre', t.es('choice-confirm'));
    expect(answered[0]).toMatchObject({ key: 'proposals-answered' });
    const told = t.inbox('visitor').at(-1)!;
    expect(told.key).toBe('proposal-answered-notify');
    expect(told.text).toContain('it was accepted into commitment 1. Presupuesto abierto');
    expect(told.text).toContain('Reasons: Se acoge como hito');

    // Merged into that proposal, and not accepted: reasons are required (too short is refused and changes nothing).
    talk('secre', [t.es('proposals-action-answer'), '#3 Presupuesto abierto mensual', t.es('proposals-outcome', { outcome: 'merged' }), '#2 Open budget data']);
    const before = JSON.stringify(proposals());
    expect(t.say('secre', 'Igual')[0]!.key).toBe('proposals-reason-hint');
    expect(JSON.stringify(proposals())).toBe(before);
    talk('secre', ['Es la misma idea que la propuesta 2', t.es('choice-confirm')]);
    expect(t.inbox('vecino').at(-1)).toMatchObject({ key: 'proposal-answered-notify', text: expect.stringContaining('se integró en la propuesta #2 Open budget data') });
    talk('secre', [t.es('proposals-action-answer'), '#1 Ciclovías seguras', t.es('proposals-outcome', { outcome: 'not_accepted' }), 'Corresponde a la competencia de tránsito, no al plan de gobierno abierto', t.es('choice-confirm')]);
    expect(t.inbox('vecina').at(-1)).toMatchObject({ key: 'proposal-answered-notify', text: expect.stringContaining('no fue aceptada') });
    expect(proposals()).toEqual([
      expect.objectContaining({ id: 1, status: 'not_accepted', commitment_id: null, response: 'Corresponde a la competencia de tránsito, no al plan de gobierno abierto' }),
      expect.objectContaining({ id: 2, status: 'accepted', commitment_id: commitments[0]!.id }),
      expect.objectContaining({ id: 3, status: 'merged', merged_into_id: 2 }),
    ]);
    expect(t.app.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'proposal.answered'").get()).toEqual({ n: 3 });

    // Published with the plan: the JSON (valid) has the register, commitment 1 lists proposal 2, the CSV and the PDF carry it; no contact.
    publishPlan(t, plan);
    const files = storedPlanFiles(t.app.db, planById(t.app.db, plan.id)!, 'plan')!;
    const data = PlanDataSchema.parse(JSON.parse(fileText(files.json.sha256)));
    expect(data.proposals.map((p) => [p.id, p.status, p.author])).toEqual([
      [1, 'not_accepted', 'María Vecina'],
      [2, 'accepted', null],
      [3, 'merged', 'Juan'],
    ]);
    expect(fileText(files.json.sha256)).not.toContain('vecina@');
    const rows = parse<Record<string, string>>(fileText(files.csv.sha256), { columns: true });
    expect(rows.map((row) => [row.commitment, row.proposals_accepted])).toEqual([
      ['Presupuesto abierto', '2'],
      ['Compras transparentes', ''],
    ]);
    const pdf = planDocument(data, 'plan', 'es', t.app.config.timeZone);
    expect(pdf).toContainEqual({ kind: 'field', label: 'Propuestas acogidas', value: '#2 Open budget data' });
    expect(pdf.some((b) => 'text' in b && b.text.startsWith('• #1 Ciclovías seguras (María Vecina): no aceptada'))).toBe(true);
  });
});
