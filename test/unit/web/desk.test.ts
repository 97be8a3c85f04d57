import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../src/store/gads.js';
import { createLoginToken } from '../../../src/store/web-sessions.js';
import { testApp } from '../../support/app.js';
import { publicRecordFixture, type PublicRecord } from '../../support/public-record-fixture.js';
import { webTest, type WebTest } from '../../support/web.js';

let t: WebTest;
let record: PublicRecord;

beforeEach(async () => {
  t = await webTest({ WEB_BASE_URL: 'https://portal.example.ec' });
  record = await publicRecordFixture(t);
});
afterEach(async () => {
  await t.server.close();
  t.cleanup();
});

/** Sends /web as `who` and returns the code in the link the bot replied with. */
function askForLink(who: string): string {
  const [reply] = t.say(who, '/web');
  const match = /https:\/\/portal\.example\.ec\/panel\/entrar\?codigo=([\w-]+)/.exec(reply?.text ?? '');
  if (!match) throw new Error(`no link in ${JSON.stringify(reply)}`);
  return match[1]!;
}

/** Posts the sign-in form with a code; returns the response. */
function signIn(code: string) {
  return t.server.inject({ method: 'POST', url: '/panel/entrar', payload: `codigo=${code}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
}

/** Signs `who` in through /web and returns the session cookie header. */
async function sessionOf(who: string): Promise<string> {
  const response = await signIn(askForLink(who));
  expect(response.statusCode).toBe(303);
  return String(response.headers['set-cookie']).split(';')[0]!;
}

describe('the national desk', () => {
  it('opens with the one-time link /web sends, once, with a strict session cookie', async () => {
    const code = askForLink('poc');
    const page = await t.get(`/panel/entrar?codigo=${code}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<form method="post" action="/panel/entrar">');
    // Opening the page (a chat's link preview does) does not use the link up.
    const response = await signIn(code);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/panel');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/panel_sesion=[\w-]{40,}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);

    const desk = await t.get('/panel', { cookie: cookie.split(';')[0]! });
    expect(desk.status).toBe(200);
    expect(desk.body).toContain('GAD Municipal de Loja');
    expect(desk.body).toContain('GAD Municipal Pendiente de Zapotillo');
    expect(desk.body).toContain('Sesión de poc');

    expect((await signIn(code)).statusCode).toBe(410);
    expect((await t.get(`/panel/entrar?codigo=${code}`)).body).toContain('Este enlace ya no es válido');
  });

  it('refuses a link after ten minutes and a made-up code', async () => {
    const code = askForLink('poc');
    t.clock.advance(10 * 60_000 + 1);
    expect((await signIn(code)).statusCode).toBe(410);
    expect((await signIn('x'.repeat(43))).statusCode).toBe(410);
  });

  it('gives no desk to someone without a national role', async () => {
    expect(t.say('pocl', '/web')[0]?.key).toBe('command-not-allowed');
    const personId = (t.app.db.$client.prepare("SELECT person_id AS id FROM identities WHERE address = 'pocl'").get() as { id: number }).id;
    const forged = createLoginToken(t.app.db, personId, { now: t.clock.now(), ttlMs: 600_000 });
    expect((await signIn(forged)).statusCode).toBe(410);
    const anonymous = await t.get('/panel');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toContain('escriba /web al bot');
    expect((await t.get('/panel/gobiernos.csv')).status).toBe(401);
  });

  it('shows a gremio contact only the local governments of its level', async () => {
    t.join('ame', { role: 'gremio', gremio: 'AME' });
    const cookie = await sessionOf('ame');
    const desk = await t.get('/panel', { cookie });
    expect(desk.body).toContain('GAD Municipal de Loja');
    expect(desk.body).not.toContain('Vilcabamba');
    expect((await t.get(`/panel/gad/${record.parish}`, { cookie })).status).toBe(404);
    expect((await t.get(`/panel/gad/${record.municipality}`, { cookie })).status).toBe(200);
  });

  it('drills down to one government, exports CSV and serves its documents to the desk only', async () => {
    const cookie = await sessionOf('poc');
    const detail = await t.get(`/panel/gad/${record.municipality}`, { cookie });
    expect(detail.body).toContain('presi');
    expect(detail.body).toContain('diagnostico.pdf');
    const csv = await t.get('/panel/gobiernos.csv', { cookie });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toBe('id,name,level,province,status,stage,open,openSince,stalled,responsible');
    expect(csv.body).toContain('GAD Parroquial de Vilcabamba');
    createGad(t.app.db, { name: '=HYPERLINK("http://evil")', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
    expect((await t.get('/panel/gobiernos.csv', { cookie })).body).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect((await t.get(`/panel/gad/${record.municipality}/actividades.csv`, { cookie })).body).toContain('done');
    const privateDoc = await t.get(`/panel/gad/${record.municipality}/documentos/${record.privateDocumentId}`, { cookie });
    expect(privateDoc.status).toBe(200);
    expect(privateDoc.headers['cache-control']).toContain('no-store');
  });

  it('marks what is stalled and since when', async () => {
    t.clock.advance(15 * 86_400_000);
    const cookie = await sessionOf('poc');
    const desk = await t.get('/panel?demorados=1', { cookie });
    expect(desk.body).toContain('class=stalled');
    expect(desk.body).toContain('GAD Parroquial de Vilcabamba');
  });

  it('signs out only with the CSRF token of the session', async () => {
    const cookie = await sessionOf('poc');
    const form = (csrf: string) => t.server.inject({ method: 'POST', url: '/panel/salir', payload: `csrf=${csrf}`, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
    expect((await form('wrong')).statusCode).toBe(403);
    expect((await t.get('/panel', { cookie })).status).toBe(200);
    const csrf = /name="csrf" value="([\w-]+)"/.exec((await t.get('/panel', { cookie })).body)![1]!;
    const out = await form(csrf);
    expect(out.statusCode).toBe(303);
    expect((await t.get('/panel', { cookie })).status).toBe(401);
  });

  it('tells the POC when the portal is turned off (WEB_PORT=0)', () => {
    const off = testApp({ WEB_PORT: '0' });
    off.join('poc', { role: 'poc' });
    const [reply] = off.say('poc', '/web');
    expect(reply?.key).toBe('web-login-disabled');
    expect(off.count('web_login_tokens')).toBe(0);
    off.cleanup();
  });
});
