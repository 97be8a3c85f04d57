import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createGad } from '../../../src/store/gads.js';
import { markActivityDone } from '../../../src/store/progress.js';
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

describe('the public portal', () => {
  it('shows the national overview in Spanish with a chart drawn on the server and no script', async () => {
    const page = await t.get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('2 gobiernos locales siguen las 15 actividades');
    expect(page.body).toMatch(/<svg role="img" aria-label="Gráfico de barras/);
    expect(page.body).not.toMatch(/<script/i);
    expect(page.body).toContain('GAD Municipal de Loja');
    expect(Buffer.byteLength(page.body)).toBeLessThan(100 * 1024);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'none'");
  });

  it('switches to English and remembers it', async () => {
    const english = await t.get('/?lang=en');
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Find a local government');
    const cookie = String(english.headers['set-cookie']).split(';')[0]!;
    expect((await t.get('/gad/' + record.municipality, { cookie })).body).toContain('The 15 activities');
  });

  it('finds a municipality by name without accents and lists only governments in the process', async () => {
    const results = async (query: string) => /<ul class="results">([\s\S]*?)<\/ul>/.exec((await t.get(`/?${query}`)).body)?.[1] ?? '';
    const found = await results('q=loja');
    expect(found).toContain(`href="/gad/${record.municipality}"`);
    expect(found).toContain(`href="/gad/${record.parish}"`);
    expect(found).not.toContain('Pendiente de Zapotillo');
    expect(await results('q=VILCABAMBA')).not.toContain(`href="/gad/${record.municipality}"`);
    expect((await t.get('/?q=zapotillo')).body).toContain('Ningún gobierno local en el proceso coincide');
    const parishes = await results('provincia=Loja&nivel=parroquial');
    expect(parishes).toContain(`href="/gad/${record.parish}"`);
    expect(parishes).not.toContain(`href="/gad/${record.municipality}"`);
  });

  it("shows a municipality's activities, Foro, sessions and published plan, with stable document links", async () => {
    const page = await t.get(`/gad/${record.municipality}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('13 de 15 actividades cumplidas');
    expect(page.body).toContain('Universidad');
    expect(page.body).toContain('Presidencia');
    expect(page.body).toContain('Presupuesto participativo abierto');
    expect(page.body).toContain('Tres asambleas barriales');
    expect(page.body).toContain('Presupuesto publicado en el sitio');
    expect(page.body).toContain(`/gad/${record.municipality}/documentos/${record.actaId}`);
    expect(page.body).toContain(`/gad/${record.municipality}/documentos/${record.evidenceId}`);
    expect(page.body).toMatch(/plan-de-accion-\d+-\d+\.pdf/);
    expect(Buffer.byteLength(page.body)).toBeLessThan(100 * 1024);
    for (const secret of record.secrets) expect(page.body).not.toContain(secret);
  });

  it('serves the acta, the evidence and the plan PDF, and nothing that is not public', async () => {
    const acta = await t.get(`/gad/${record.municipality}/documentos/${record.actaId}`);
    expect(acta.status).toBe(200);
    expect(acta.headers['content-type']).toBe('application/pdf');
    expect(acta.headers['content-disposition']).toContain('acta-foro.pdf');
    expect(acta.raw.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await t.get(`/gad/${record.municipality}/documentos/${record.evidenceId}`)).status).toBe(200);
    const pdfId = /documentos\/(\d+)" download>plan-de-accion-[\d-]+\.pdf/.exec((await t.get(`/gad/${record.municipality}`)).body)![1];
    expect((await t.get(`/gad/${record.municipality}/documentos/${pdfId}`)).raw.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await t.get(`/gad/${record.municipality}/documentos/${record.privateDocumentId}`)).status).toBe(404);
    expect((await t.get(`/gad/${record.parish}/documentos/${record.actaId}`)).status).toBe(404);
    expect((await t.get(`/gad/${record.pending}`)).status).toBe(404);
    expect((await t.get('/gad/abc')).status).toBe(404);
    expect((await t.get('/gad/99999')).body).toContain('no existe o no es pública');
  });

  it('offers the Foro sessions as a calendar feed without the meeting link', async () => {
    const feed = await t.get(`/gad/${record.municipality}/calendario.ics`);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(feed.body));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.location)).toEqual(['Salón del Concejo', 'Salón del Concejo']);
    expect(feed.body).not.toContain('secreto-foro');
  });

  it('escapes what people typed', async () => {
    const gad = createGad(t.app.db, { name: '<script>alert(1)</script> "Quilanga"', level: 'municipal', province: 'Loja', canton: 'Quilanga', entry: 'interest', status: 'accepted', now: t.clock.now() });
    const page = await t.get(`/gad/${gad.id}`);
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.body).not.toContain('<script>alert(1)');
    expect((await t.get('/?q=%3Cscript%3E')).body).not.toContain('<script>');
  });

  it('shows a change within ten seconds (pages are rendered at most once per ten seconds)', async () => {
    const before = await t.get(`/gad/${record.parish}`);
    expect(before.body).toContain('1 de 15 actividades cumplidas');
    markActivityDone(t.app.db, record.parish, 2, null, t.clock.now());
    expect((await t.get(`/gad/${record.parish}`)).body).toContain('1 de 15 actividades cumplidas');
    t.clock.advance(10_001);
    expect((await t.get(`/gad/${record.parish}`)).body).toContain('2 de 15 actividades cumplidas');
  });
});
