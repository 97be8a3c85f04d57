/** The co-creation register and the monitor's assessments on a local government's page, with the public code to send proposals; no author's contact. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callCodeOf } from '../../../src/store/proposals.js';
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

describe("a local government's page", () => {
  it('publishes the register with the Foro’s reasons, the assessments with its answers, and the code to send proposals', async () => {
    const before = (await t.get(`/gad/${record.municipality}`)).body;
    expect(before).not.toContain('/propuesta ');
    const code = callCodeOf(t.app.db, record.municipality, { personId: null, now: t.clock.now() });
    t.clock.advance(60_000);
    const page = (await t.get(`/gad/${record.municipality}`)).body;
    expect(page).toContain('Registro de cocreación: propuestas y respuestas del Foro');
    expect(page).toContain('Presupuesto en datos abiertos (Vecina del barrio)');
    expect(page).toContain('aceptada en un compromiso 1.');
    expect(page).toContain('Es el núcleo del compromiso 1');
    expect(page).toContain('Propuestas acogidas:</strong> #');
    expect(page).toMatch(/evaluación de inicio — 1. Presupuesto participativo abierto: verificable: sí; relevante: sí; impacto potencial: moderado/);
    expect(page).toContain('Respuesta del Foro: El Foro agradece la evaluación');
    expect(page).toContain(`/propuesta ${code}`);
    expect(page).not.toContain('vecina@correo.ec');
    const english = (await t.get(`/gad/${record.municipality}?lang=en`)).body;
    expect(english).toContain('inception assessment — 1. Presupuesto participativo abierto');
    expect(english).toContain(`/proposal ${code}`);
  });
});
