/**
 * The independent monitoring cycle on a fake clock: the inception reminder from the
 * plan's approval to its due date two months later (near it, and late), the
 * end-of-commitment reminder once a commitment ends; each once, none once the assessment
 * is recorded; the monitor records them from /plan, the Foro is told and answers, and
 * the plan's files are published again with them (JSON valid, CSV columns).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../../../src/domain/plan-schema.js';
import { storedPlanFiles } from '../../../../src/flows/plan/files/build.js';
import { sweep } from '../../../../src/scheduler/sweep.js';
import { endMembership, membershipsInGad } from '../../../../src/store/people.js';
import { planById } from '../../../../src/store/plans.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { testApp, type TestApp } from '../../../support/app.js';
import { publishPlan, recordPlan } from '../../../support/cocreation-fixture.js';
import { gadAtActivity13 } from '../../../support/plan-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

const talk = (who: string, lines: string[]): OutboxPayload[] => lines.flatMap((line) => t.say(who, line));
const reminders = (who: string) => t.inbox(who).filter((r) => r.key === 'assessment-reminder' || r.key === 'assessment-late-poc');
const at = (iso: string) => t.clock.set(new Date(`${iso}T15:00:00Z`));
const run = () => sweep(t.app, t.clock.now()).sendAssessmentReminders;

describe('the independent monitoring cycle', () => {
  it('reminds the monitor of the inception and end-of-commitment assessments on time, once each, until they are recorded', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gadId = gadAtActivity13(t);
    const { plan } = recordPlan(t, gadId);
    // A draft is not in the cycle yet.
    expect(run()).toBe(0);
    publishPlan(t, plan); // approved on 2026-11-24: the inception assessment is due by 24 January 2027.

    // Right after approval the monitor is told the inception assessment is open, with its due date; once.
    expect(run()).toBe(1);
    expect(reminders('monitor')).toEqual([expect.objectContaining({ text: expect.stringMatching(/Queda abierto el plazo de la evaluación de inicio.*24 de enero de 2027/s) })]);
    expect(reminders('monitor')[0]!.choices?.map((c) => c.label)).toEqual([t.es('plan-open')]);
    expect(run()).toBe(0);

    // The first commitment ends on 15 December: its end-of-commitment assessment is due by 15 January.
    at('2026-12-15');
    expect(run()).toBe(0);
    at('2026-12-16');
    expect(run()).toBe(1);
    expect(reminders('monitor').at(-1)!.text).toMatch(/evaluación de fin del compromiso «Presupuesto abierto».*15 de enero de 2027/s);

    // Two weeks before each due date, a reminder; the day after the due date, the monitor and the POC hear it is late.
    at('2027-01-01');
    expect(run()).toBe(1);
    expect(reminders('monitor').at(-1)!.text).toContain('Se acerca el plazo de la evaluación de fin');
    at('2027-01-10');
    expect(run()).toBe(1);
    expect(reminders('monitor').at(-1)!.text).toContain('Se acerca el plazo de la evaluación de inicio');
    at('2027-01-16');
    expect(run()).toBe(2);
    expect(reminders('monitor').at(-1)!.text).toContain('Venció el plazo de la evaluación de fin');
    expect(reminders('poc').at(-1)).toMatchObject({ key: 'assessment-late-poc', text: expect.stringContaining('«Presupuesto abierto»') });
    expect(run()).toBe(0);

    // The monitor records the inception assessment (each commitment, then the co-creation and repository) and the ended commitment's.
    const yes = t.es('plan-yes');
    talk('monitor', ['/plan', t.es('plan-action-assess-inception'), 'Presupuesto abierto', yes, yes, 'moderado', 'Hitos claros']);
    talk('monitor', ['/plan', t.es('plan-action-assess-inception'), 'Compras transparentes', yes, t.es('plan-no'), 'menor', '-']);
    const saved = talk('monitor', ['/plan', t.es('plan-action-assess-inception-plan'), 'cumple en parte', 'cumple', 'Faltó difundir la convocatoria']);
    expect(saved.at(-1)).toMatchObject({ key: 'assess-saved', text: expect.stringContaining('proceso de cocreación y repositorio público') });
    expect(t.inbox('presi').at(-1)!.key).toBe('assess-notify');
    // Only ended commitments are offered for the end-of-commitment assessment.
    const offered = talk('monitor', ['/plan', t.es('plan-action-assess-end')]).at(-1)!;
    expect(offered.choices!.map((c) => c.label)).toContain('Presupuesto abierto');
    expect(offered.choices!.map((c) => c.label)).not.toContain('Compras transparentes');
    talk('monitor', ['Presupuesto abierto', 'sustancial', 'significativo', 'Abrió el presupuesto a la ciudadanía']);

    // Nothing more is due until the second commitment ends; then its reminder comes.
    at('2027-02-01');
    expect(run()).toBe(0);
    at('2027-07-01');
    expect(run()).toBe(1);
    expect(reminders('monitor').at(-1)!.text).toContain('«Compras transparentes»');

    // The Foro answers an assessment; the monitor hears it; the published files carry the assessments and the answer.
    const answer = talk('presi', ['/plan', t.es('plan-action-answer-assessment')]).at(-1)!;
    expect(answer.key).toBe('assess-answer-which');
    talk('presi', ['evaluación de fin de compromiso: Presupuesto abierto', 'El Foro acoge la evaluación y publicará el presupuesto cada mes']);
    expect(t.inbox('presi').at(-1)!.key).toBe('assess-answer-confirm');
    t.say('presi', t.es('choice-yes', { action: 'record' }));
    expect(t.inbox('monitor').at(-1)).toMatchObject({ key: 'assess-answered-notify', text: expect.stringContaining('publicará el presupuesto') });
    const files = storedPlanFiles(t.app.db, planById(t.app.db, plan.id)!, 'plan')!;
    const data = PlanDataSchema.parse(JSON.parse(readFileSync(t.app.documents.pathOf(files.json.sha256), 'utf8')));
    expect(data.assessments.map((a) => [a.kind, a.commitmentId === null ? 'plan' : a.commitmentId, a.foroResponse !== null])).toEqual([
      ['inception', data.commitments[0]!.id, false],
      ['inception', data.commitments[1]!.id, false],
      ['inception', 'plan', false],
      ['commitment_end', data.commitments[0]!.id, true],
    ]);
    expect(data.assessments[2]).toMatchObject({ coCreation: 'partly', repository: 'met' });
    const rows = parse<Record<string, string>>(readFileSync(t.app.documents.pathOf(files.csv.sha256)), { columns: true });
    expect(rows[0]).toMatchObject({ inception_verifiable: 'true', inception_potential_impact: 'moderado', inception_co_creation: 'partly', end_completion: 'sustancial', end_result: 'significativo' });
    expect(rows[1]).toMatchObject({ inception_relevant: 'false', end_result: '' });
  });

  it('tells the POC to designate a monitor when the GAD has none', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const gadId = gadAtActivity13(t);
    const monitor = membershipsInGad(t.app.db, gadId).find((row) => row.role === 'monitor')!;
    endMembership(t.app.db, monitor.id, { personId: null, reason: 'Fin del convenio', now: t.clock.now() });
    const { plan } = recordPlan(t, gadId);
    publishPlan(t, plan);
    expect(run()).toBe(1);
    expect(t.inbox('poc').at(-1)).toMatchObject({ key: 'assessment-no-monitor', text: expect.stringContaining('24 de enero de 2027') });
    expect(run()).toBe(0);
  });
});
