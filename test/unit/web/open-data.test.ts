import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordDecision } from '../../../src/store/sessions-decisions.js';
import { createTraining } from '../../../src/store/trainings.js';
import { openDataFiles } from '../../../src/web/open-data/package.js';
import { tempDir } from '../../support/app.js';
import { publicRecordFixture, type PublicRecord } from '../../support/public-record-fixture.js';
import { webTest, type WebTest } from '../../support/web.js';

let t: WebTest;
let record: PublicRecord;

beforeEach(async () => {
  t = await webTest();
  record = await publicRecordFixture(t);
});
afterEach(async () => {
  await t.server.close();
  t.cleanup();
});

/** Writes the open data to a folder, as `cli open-data` does, and returns the folder. */
function writeOpenData(): string {
  const dir = tempDir();
  for (const file of openDataFiles(t.app.db, 'http://localhost:8080', t.clock.now())) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.body);
  }
  return dir;
}

function ajv() {
  const validator = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(validator);
  return validator;
}

describe('the national open data', () => {
  it('is a valid Frictionless tabular Data Package whose rows fit their Table Schemas and keys', async () => {
    // The Foro approved the plan in its held session, with quorum and two endorsements; the POC gave activity 4's training.
    const now = t.clock.now();
    recordDecision(t.app.db, {
      sessionId: record.heldSessionId,
      gadId: record.municipality,
      subject: 'plan',
      planId: record.planId,
      motion: 'Aprobar el Plan de Acción local',
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 1,
      present: 4,
      seats: 4,
      quorum: true,
      outcome: 'approved',
      endorsements: ['Universidad Nacional de Loja', 'Fundación Ciudadanía'],
      recordedByPersonId: null,
    }, now);
    createTraining(t.app.db, { gadId: record.municipality, activity: 4, topic: 'Sensibilización en gobierno abierto', startsAt: new Date(now.getTime() - 86_400_000), durationMinutes: 90, place: 'Sala de capacitación', link: null, createdByPersonId: null }, now);
    const dir = writeOpenData();
    const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: true });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual(['gads', 'compromisos', 'hitos', 'avances', 'sesiones', 'propuestas', 'evaluaciones_independientes', 'versiones', 'estados_compromisos', 'decisiones', 'capacitaciones']);
    const rows = Object.fromEntries(await Promise.all(pkg.resources.map(async (r) => [r.name, await r.read({ keyed: true, relations: true })] as const)));
    expect(rows.gads).toHaveLength(2);
    expect(rows.compromisos).toHaveLength(1);
    expect(rows.hitos).toHaveLength(2);
    expect(rows.avances).toHaveLength(1);
    expect(rows.sesiones).toHaveLength(2);
    // The co-creation register and the monitor's assessments, with the Foro's answers; the author's contact stays out.
    expect(rows.propuestas).toEqual([expect.objectContaining({ status: 'accepted', author_name: 'Vecina del barrio', response: 'Es el núcleo del compromiso 1' })]);
    expect(rows.evaluaciones_independientes).toEqual([expect.objectContaining({ kind: 'inception', verifiable: true, potential_impact: 'moderado', response: 'El Foro agradece la evaluación' })]);
    expect(rows.decisiones).toEqual([
      expect.objectContaining({ subject: 'plan', votes_for: 3, quorum: true, outcome: 'approved', endorsements: 'Universidad Nacional de Loja; Fundación Ciudadanía' }),
    ]);
    expect(rows.capacitaciones).toEqual([expect.objectContaining({ activity: 4, topic: 'Sensibilización en gobierno abierto', duration_minutes: 90, invited: 0 })]);
    expect(rows.versiones).toEqual([expect.objectContaining({ version_id: expect.stringMatching(/^\d+-1$/), version: 1 })]);
    const gad = (rows.gads as Record<string, unknown>[]).find((row) => row.gad_id === record.municipality)!;
    expect(gad.stage).toBe(13);
    expect(gad.activity_13_done_at).toBeInstanceOf(Date);
    expect((rows.sesiones as Record<string, unknown>[]).some((row) => row.acta_document_id === record.actaId)).toBe(true);
  });

  it('publishes JSON Schemas from the zod schemas, and the JSON files validate against them', async () => {
    const dir = writeOpenData();
    const gadsSchema = JSON.parse(readFileSync(join(dir, 'esquema/gads.schema.json'), 'utf8'));
    const validateGads = ajv().compile(gadsSchema);
    expect(validateGads(JSON.parse(readFileSync(join(dir, 'gads.json'), 'utf8'))), JSON.stringify(validateGads.errors)).toBe(true);

    const planSchema = JSON.parse(readFileSync(join(dir, 'esquema/plan.schema.json'), 'utf8'));
    expect(planSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validatePlan = ajv().compile(planSchema);
    const page = (await t.get(`/gad/${record.municipality}`)).body;
    const jsonId = /documentos\/(\d+)" download>plan-de-accion-[\d-]+\.json/.exec(page)![1];
    const published = JSON.parse((await t.get(`/gad/${record.municipality}/documentos/${jsonId}`)).body);
    expect(validatePlan(published), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(published.proposals).toEqual([expect.objectContaining({ status: 'accepted', commitmentId: published.commitments[0].id, author: 'Vecina del barrio' })]);
    expect(published.assessments).toEqual([expect.objectContaining({ kind: 'inception', potentialImpact: 'moderado', foroResponse: 'El Foro agradece la evaluación' })]);
    expect(validatePlan({ ...published, proposals: [{ ...published.proposals[0], status: 'maybe' }] })).toBe(false);
    expect(validatePlan({ ...published, commitments: [] })).toBe(false);
  });

  it('serves the same files under /datos/ and holds no personal contact, invite code or unpublished data', async () => {
    const index = await t.get('/datos/');
    expect(index.status).toBe(200);
    for (const path of ['gads.csv', 'gads.json', 'compromisos.csv', 'hitos.csv', 'avances.csv', 'sesiones.csv', 'propuestas.csv', 'evaluaciones_independientes.csv', 'datapackage.json', 'esquema/plan.schema.json']) {
      expect(index.body).toContain(`href="/datos/${path}"`);
      const file = await t.get(`/datos/${path}`);
      expect(file.status, path).toBe(200);
      for (const secret of record.secrets) expect(file.body, `${path} holds ${secret}`).not.toContain(secret);
      for (const name of ['presi', 'secre']) expect(file.body).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
    expect((await t.get('/datos/gads.csv')).headers['content-type']).toMatch(/text\/csv/);
    expect((await t.get('/datos/../package.json')).status).toBe(404);
  });
});
