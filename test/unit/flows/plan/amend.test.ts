/**
 * Amending a published plan and following it as OGP reports it, in process on the
 * console channel (FakeClock): an amendment (a commitment withdrawn with its reason, a
 * milestone re-dated, a commitment added) changes nothing until the Presidencia approves
 * it, then is published as version 2 with its change log while version 1 stays
 * downloadable; progress reported before keeps pointing at its commitment; each
 * commitment's status history with dates; the Foro told once of a late milestone; the
 * JSON (against its schema) and CSV carrying versions and statuses.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../../../src/domain/plan-schema.js';
import { sweep } from '../../../../src/scheduler/sweep.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import type { OutboxPayload } from '../../../../src/store/schema.js';
import { openDataFiles } from '../../../../src/web/open-data/package.js';
import { tempDir, testApp, type TestApp } from '../../../support/app.js';
import { stateSnapshot } from '../../../support/snapshot.js';
import { commitmentAnswers, gadAtActivity13, heldSession, milestoneAnswers, planDecisionLines } from '../../../support/plan-fixture.js';
import { webTest } from '../../../support/web.js';

const DAY = 86_400_000;
let t: TestApp;
afterEach(() => t.cleanup());

const talk = (who: string, lines: string[]): OutboxPayload[] => lines.flatMap((line) => t.say(who, line));
const text = (replies: OutboxPayload[]) => replies.map((r) => r.text).join('\n');
const keys = (replies: OutboxPayload[]) => replies.map((r) => r.key);
const fileBytes = (sha: string) => readFileSync(t.app.documents.pathOf(sha));
const jsonOf = (reply: OutboxPayload | undefined) => PlanDataSchema.parse(JSON.parse(fileBytes(reply!.file!.sha256).toString('utf8')));
const csvOf = (reply: OutboxPayload | undefined) => parse<Record<string, string>>(fileBytes(reply!.file!.sha256), { columns: true });
const planTables = () =>
  JSON.stringify(['plans', 'commitments', 'milestones', 'commitment_statuses'].map((table) => t.app.db.$client.prepare(`SELECT * FROM ${table}`).all())) + stateSnapshot(t.app);

/** The Secretaría records that the Foro, in session with quorum, approved what awaits approval (the plan or its amendment). */
function foroApproves(): void {
  expect(talk('secre', planDecisionLines((key, args) => t.es(key, args))).at(-1)!.key).toBe('decisions-recorded');
}

/** Records a plan (two commitments, three milestones) as the POCL and has the Presidencia publish it; returns the public token and the published files. */
function publishedPlan(): { token: string; published: OutboxPayload[] } {
  heldSession(t, gadAtActivity13(t));
  talk('pocl', ['/plan', t.es('plan-action-record'), '01/11/2026', '31/12/2027', ...commitmentAnswers('Presupuesto abierto', ['delegado'])]);
  talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), ...milestoneAnswers('Portal de presupuesto publicado', '01/11/2026', '28/11/2026')]);
  talk('pocl', [t.es('plan-more-milestone', { commitment: 'Presupuesto abierto' }), ...milestoneAnswers('Informe trimestral', '01/11/2026', '20/11/2026')]);
  talk('pocl', [t.es('plan-more-commitment'), ...commitmentAnswers('Compras transparentes', ['secre'])]);
  talk('pocl', [t.es('plan-more-milestone', { commitment: 'Compras transparentes' }), ...milestoneAnswers('Datos de compras en CSV', '2027-01-01', '2027-06-30')]);
  expect(keys(talk('pocl', [t.es('plan-more-review'), t.es('choice-confirm')]))).toContain('plan-saved-for-approval');
  foroApproves();
  const published = talk('presi', ['/plan', t.es('plan-action-approve'), t.es('choice-yes', { action: 'approve' })]).slice(-3);
  expect(published[0]!.key).toBe('plan-published');
  return { token: /\/plan (\S+)/.exec(published[0]!.text)![1]!, published };
}

/** The POCL gathers an amendment: withdraws "Compras transparentes", re-dates "Informe trimestral", adds "Datos abiertos" (for Luis Andrade, to invite); returns the replies of the last step. */
function gatherAmendment(): OutboxPayload[] {
  const menu = talk('pocl', ['/plan', t.es('plan-action-amend')]);
  expect(menu.at(-1)!.key).toBe('plan-amend-menu');
  talk('pocl', [t.es('plan-amend-withdraw'), 'Compras transparentes', 'El SERCOP ya publica estos datos']);
  // A new date outside the plan's period is refused with the reason, and changes nothing.
  const outside = talk('pocl', [t.es('plan-amend-redate'), 'Informe trimestral (20/11/2026)', '15/01/2028']);
  expect(keys(outside).at(-1)).toBe('plan-amend-date-outside');
  talk('pocl', ['15/12/2026']);
  talk('pocl', [t.es('plan-amend-add'), ...commitmentAnswers('Datos abiertos', [t.es('plan-responsible-invite'), 'Luis Andrade']), ...milestoneAnswers('Catálogo de datos', '01/12/2026', '31/03/2027')]);
  const summary = t.inbox('pocl').at(-1)!;
  expect(summary.key).toBe('plan-amend-menu-changes');
  expect(summary.text).toContain('Datos abiertos');
  return talk('pocl', [t.es('plan-amend-finish'), 'Ajustes acordados en la sesión del Foro']);
}

describe('amending a published plan', () => {
  it('publishes the amendment as version 2 with its change log once approved, and keeps version 1 downloadable', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    const { token, published } = publishedPlan();
    const [v1pdf, v1json] = published;
    // A progress report before the amendment, on the commitment that stays.
    talk('delegado', ['/plan', t.es('plan-action-progress'), 'Portal de presupuesto publicado (28/11/2026)', 'completo', 'Portal en línea', t.es('plan-evidence-done')]);
    const commitmentId = jsonOf(v1json).commitments[0]!.id;

    // Only the plan's managers are offered to amend it.
    expect(t.say('delegado', '/plan').flatMap((r) => r.choices ?? []).map((c) => c.label)).not.toContain(t.es('plan-action-amend'));
    t.say('delegado', t.es('choice-done'));

    t.clock.advance(DAY);
    const before = planTables();
    const review = gatherAmendment();
    expect(review.at(-1)!.key).toBe('plan-amend-review');
    expect(review.at(-1)!.text).toContain('El SERCOP ya publica estos datos');
    expect(review.at(-1)!.text).toContain('15/12/2026');
    // "No" at the review changes nothing.
    expect(keys(t.say('pocl', t.es('choice-no')))).toEqual(['plan-nothing-changed']);
    expect(planTables()).toBe(before);

    gatherAmendment();
    const saved = t.say('pocl', t.es('choice-yes', { action: 'record' }));
    expect(keys(saved)).toEqual(['plan-amend-saved']);
    expect(t.inbox('presi').at(-1)!.key).toBe('plan-amend-approval-request');
    // Nothing in the plan changed yet: the amendment waits for the Presidencia.
    expect(t.app.db.$client.prepare('SELECT version FROM plans').get()).toEqual({ version: 1 });
    expect(t.count('commitments')).toBe(2);
    // A second amendment cannot start while one awaits approval.
    expect(t.say('pocl', '/plan').flatMap((r) => r.choices ?? []).map((c) => c.label)).not.toContain(t.es('plan-action-amend'));
    t.say('pocl', t.es('choice-done'));

    // Like the plan, its amendment needs the Foro's approval in session first.
    expect(talk('presi', ['/plan', t.es('plan-action-approve')]).at(-1)!.key).toBe('plan-decision-missing');
    foroApproves();
    const asked = talk('presi', ['/plan', t.es('plan-action-approve')]).at(-1)!;
    expect(asked.key).toBe('plan-amend-approve-ask');
    expect(asked.text).toContain('Ajustes acordados en la sesión del Foro');
    expect(asked.text).toContain('Datos abiertos');
    const amended = t.say('presi', t.es('choice-yes', { action: 'approve' }));
    expect(keys(amended).slice(0, 3)).toEqual(['plan-amended', 'plan-open-data', 'plan-open-data']);
    const [v2pdf, v2json, v2csv] = amended;
    expect(v2pdf!.file!.name).toMatch(/-v2\.pdf$/);
    expect(v2pdf!.file!.sha256).not.toBe(v1pdf!.file!.sha256);
    expect(t.inbox('secre').at(-1)).toMatchObject({ key: 'plan-amended-notify', text: expect.stringContaining('El SERCOP ya publica estos datos') });
    // The new commitment's responsible person is invited: the code goes to the POCL, who recorded the amendment.
    expect(t.inbox('pocl').slice(-2).map((r) => r.key)).toEqual(['plan-invite-responsible', 'invite-code']);
    expect(t.inbox('pocl').at(-2)!.text).toContain('Luis Andrade');

    // The open data of version 2: its change log, the withdrawal with its reason, the same commitment ids, the report still on its commitment.
    const data = jsonOf(v2json);
    expect(data.plan.version).toBe(2);
    expect(data.versions.map((v) => [v.version, v.reason, v.changes.map((c) => c.kind)])).toEqual([
      [1, null, []],
      [2, 'Ajustes acordados en la sesión del Foro', ['withdraw_commitment', 'redate_milestone', 'add_commitment']],
    ]);
    const [kept, withdrawn, added] = data.commitments;
    expect(kept!.id).toBe(commitmentId);
    expect(kept!.milestones.find((ms) => ms.deliverable === 'Portal de presupuesto publicado')!.reports.map((r) => r.text)).toEqual(['Portal en línea']);
    expect(kept!.milestones.find((ms) => ms.deliverable === 'Informe trimestral')!.dueDate).toBe('2026-12-15');
    expect(withdrawn).toMatchObject({ title: 'Compras transparentes', status: 'retirado', withdrawn: { reason: 'El SERCOP ya publica estos datos' } });
    expect(added).toMatchObject({ title: 'Datos abiertos', sinceVersion: 2, status: 'no_iniciado' });
    expect(data.versions[1]!.changes.find((c) => c.kind === 'add_commitment')!.commitmentId).toBe(added!.id);
    const rows = csvOf(v2csv);
    expect(new Set(rows.map((row) => row.plan_version))).toEqual(new Set(['2']));
    expect(rows.find((row) => row.commitment === 'Compras transparentes')).toMatchObject({ commitment_status: 'retirado', withdrawn_reason: 'El SERCOP ya publica estos datos' });
    expect(rows.find((row) => row.commitment === 'Datos abiertos')).toMatchObject({ commitment_since_version: '2', commitment_status: 'no_iniciado' });

    // Anyone with the link gets version 2, is told of the earlier one, and still gets version 1 as published, byte for byte.
    expect(keys(t.say('stranger', `/plan ${token}`))).toEqual(['plan-public', 'plan-public-versions']);
    const first = t.say('stranger', `/plan ${token} v1`);
    expect(first).toEqual([expect.objectContaining({ key: 'plan-version-public', file: expect.objectContaining({ sha256: v1pdf!.file!.sha256 }) })]);
    const firstData = t.say('stranger', `/plan ${token} v1 datos`);
    expect(firstData.map((r) => r.file?.sha256)).toEqual([v1json!.file!.sha256, published[2]!.file!.sha256]);
    expect(jsonOf(firstData[0]).plan.version).toBe(1);
    expect(keys(t.say('stranger', `/plan ${token} v3`))).toEqual(['plan-version-unknown']);

    // The withdrawn commitment takes no more progress reports.
    const reportable = talk('pocl', ['/plan', t.es('plan-action-progress')]).at(-1)!;
    expect(reportable.choices!.map((c) => c.label).join('\n')).not.toContain('Datos de compras en CSV');
    t.say('pocl', '/cancelar');
    // Closing lists the unfinished milestones of the commitments in force only.
    const { gad_id: gadId } = t.app.db.$client.prepare('SELECT gad_id FROM plans').get() as { gad_id: number };
    markActivityDone(t.app.db, gadId, 14, null, t.clock.now());
    const closing = talk('pocl', ['/plan', t.es('plan-action-close')]).at(-1)!;
    expect(closing.key).toBe('plan-close-ask');
    expect(closing.text).toContain('Informe trimestral');
    expect(closing.text).not.toContain('Datos de compras en CSV');
  });

  it('lets the approving office discard a pending amendment after asking, so another can be recorded', () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    publishedPlan();
    gatherAmendment();
    expect(keys(t.say('pocl', t.es('choice-yes', { action: 'record' })))).toEqual(['plan-amend-saved']);
    const discard = t.es('plan-action-discard-amendment');
    // Only the plan's managers and its approving office are offered it.
    expect(t.say('delegado', '/plan').flatMap((r) => r.choices ?? []).map((c) => c.label)).not.toContain(discard);
    t.say('delegado', t.es('choice-done'));

    const planRows = () => JSON.stringify(['plans', 'commitments', 'milestones'].map((table) => t.app.db.$client.prepare(`SELECT * FROM ${table}`).all()));
    const before = planRows();
    const asked = talk('presi', ['/plan', discard]).at(-1)!;
    expect(asked.key).toBe('plan-amend-discard-ask');
    expect(asked.text).toContain('Ajustes acordados en la sesión del Foro');
    expect(keys(t.say('presi', t.es('choice-no')))).toEqual(['plan-nothing-changed']);
    expect(t.count('plan_amendments')).toBe(1);

    talk('presi', ['/plan', discard]);
    expect(keys(t.say('presi', t.es('choice-yes', { action: 'discard' })))).toEqual(['plan-amend-discarded']);
    expect(t.inbox('pocl').at(-1)!.key).toBe('plan-amend-discarded-notify');
    expect(t.count('plan_amendments')).toBe(0);
    expect(planRows()).toBe(before);
    const audited = t.app.db.$client.prepare(`SELECT details FROM audit_log WHERE action = 'plan.amendment_discarded'`).get() as { details: string };
    expect(audited.details).toContain('El SERCOP ya publica estos datos');
    // The way is open for the next amendment.
    expect(t.say('pocl', '/plan').flatMap((r) => r.choices ?? []).map((c) => c.label)).toContain(t.es('plan-action-amend'));
  });

  it("keeps each commitment's status history with dates and tells the Foro once of a late milestone", () => {
    t = testApp({ REMINDER_WINDOW: '00:00-24:00' });
    publishedPlan();
    // Published on 24/11/2026: "Informe trimestral" was due on 20/11 with no report, so "Presupuesto abierto" has no evidence available.
    const history = () => text(talk('secre', ['/plan', t.es('plan-action-history')]));
    expect(history()).toContain('Presupuesto abierto — sin evidencia disponible · 0 %');

    t.clock.advance(2 * DAY);
    talk('delegado', ['/plan', t.es('plan-action-progress'), 'Portal de presupuesto publicado (28/11/2026)', 'completo', 'Portal en línea', t.es('plan-evidence-done')]);
    const shown = history();
    expect(shown).toContain('Presupuesto abierto — sustancial · 50 %');
    expect(shown).toContain('24/11/2026: sin evidencia disponible');
    expect(shown).toContain('26/11/2026: sustancial');
    expect(shown).toContain('Compras transparentes — no iniciado · 0 %');
    expect(shown).toContain('33 %');

    // The Foro hears once that "Informe trimestral" is late: not again on the next sweep, nor a week later.
    const lateNotices = (who: string) => t.inbox(who).filter((r) => r.key === 'milestone-late-foro');
    sweep(t.app, t.clock.now());
    sweep(t.app, t.clock.now());
    t.clock.advance(8 * DAY);
    sweep(t.app, t.clock.now());
    for (const member of ['presi', 'secre']) expect(lateNotices(member)).toEqual([expect.objectContaining({ text: expect.stringContaining('Informe trimestral') })]);
    expect(lateNotices('delegado')).toEqual([]);

    // The published file holds the statuses as of its publication, dated, valid against the published schema.
    const [json, csv] = t.say('stranger', `/plan ${publicToken()} datos`);
    const data = jsonOf(json);
    expect(data.commitments.map((c) => [c.status, c.statusHistory.map((s) => [s.status, s.date])])).toEqual([
      ['sin_evidencia', [['sin_evidencia', '2026-11-24T15:00:00.000Z']]],
      ['no_iniciado', [['no_iniciado', '2026-11-24T15:00:00.000Z']]],
    ]);
    expect(csvOf(csv).map((row) => [row.commitment_status, row.commitment_status_since])[0]).toEqual(['sin_evidencia', '2026-11-24T15:00:00.000Z']);
  });
});

describe('an amended plan on the web portal', () => {
  it("lists the versions with their change log and files, and each commitment's status with its history", async () => {
    const web = await webTest({ REMINDER_WINDOW: '00:00-24:00' });
    t = web;
    const { published } = publishedPlan();
    t.clock.advance(DAY);
    gatherAmendment();
    t.say('pocl', t.es('choice-yes', { action: 'record' }));
    foroApproves();
    talk('presi', ['/plan', t.es('plan-action-approve'), t.es('choice-yes', { action: 'approve' })]);
    const gadId = (t.app.db.$client.prepare('SELECT gad_id AS id FROM plans').get() as { id: number }).id;
    const page = (await web.get(`/gad/${gadId}`)).body;
    expect(page).toContain(t.es('web-plan-versions'));
    expect(page).toContain('Ajustes acordados en la sesión del Foro');
    expect(page).toContain('con este motivo: El SERCOP ya publica estos datos');
    expect(page).toMatch(/plan-de-accion-\d+-\d+-v2\.pdf/);
    expect(page).toContain(t.es('web-plan-milestones-done', { percent: 0 }));
    expect(page).toContain('retirado');
    expect(page).toContain('24/11/2026: sin evidencia disponible');
    // Version 1's PDF, as first published, is still linked and served.
    const v1 = published[0]!.file!;
    const link = new RegExp(`documentos/(\\d+)" download>${v1.name.replace(/\./g, '\\.')}<`).exec(page);
    const served = await web.get(`/gad/${gadId}/documentos/${link![1]}`);
    await web.server.close();
    expect(served.status).toBe(200);
    expect(served.raw).toEqual(fileBytes(v1.sha256));

    // The national open data: a valid Data Package with the versions and the status history; version 2's JSON valid against the published JSON Schema.
    const dir = tempDir();
    for (const file of openDataFiles(t.app.db, 'http://localhost:8080', t.clock.now())) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.body);
    }
    const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    const table = async (name: string) => (await pkg.resources.find((r) => r.name === name)!.read({ keyed: true, relations: true })) as Record<string, unknown>[];
    const versions = await table('versiones');
    expect(versions.map((v) => [v.version, v.reason])).toEqual([
      [1, null],
      [2, 'Ajustes acordados en la sesión del Foro'],
    ]);
    expect(versions[1]!.withdrawals).toBe('Compras transparentes: El SERCOP ya publica estos datos');
    // "Presupuesto abierto" had no evidence with "Informe trimestral" overdue; re-dated, it is not started again.
    expect((await table('estados_compromisos')).map((row) => [(row.commitment_id as { title: string }).title, row.status])).toEqual([
      ['Presupuesto abierto', 'sin_evidencia'],
      ['Compras transparentes', 'no_iniciado'],
      ['Presupuesto abierto', 'no_iniciado'],
      ['Compras transparentes', 'retirado'],
      ['Datos abiertos', 'no_iniciado'],
    ]);
    const validator = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(validator);
    const validate = validator.compile(JSON.parse(readFileSync(join(dir, 'esquema/plan.schema.json'), 'utf8')));
    const v2 = JSON.parse(fileBytes(amendedJson(page)).toString('utf8')) as { versions: unknown[]; commitments: object[] };
    expect(validate(v2), JSON.stringify(validate.errors)).toBe(true);
    expect(v2.versions).toHaveLength(2);
    expect(validate({ ...v2, commitments: v2.commitments.map((c) => ({ ...c, status: 'abandonado' })) })).toBe(false);
  });
});

/** The SHA-256 of version 2's JSON, from its link on the page. */
function amendedJson(page: string): string {
  const name = /download>(plan-de-accion-\d+-\d+-v2\.json)</.exec(page)![1]!;
  return (t.app.db.$client.prepare('SELECT sha256 FROM documents WHERE file_name = ?').get(name) as { sha256: string }).sha256;
}

/** The public token of the (only) plan. */
function publicToken(): string {
  return (t.app.db.$client.prepare('SELECT public_token AS token FROM plans').get() as { token: string }).token;
}
