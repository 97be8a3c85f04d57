/**
 * Security suite: people trying to read or change another local government's data, to
 * confirm another role's activity, to reuse or guess invite codes, and to reach files
 * outside the document store. Every attempt is refused, changes nothing, and leaves an
 * audit row.
 */
import { PassThrough } from 'node:stream';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../src/channels/console.js';
import type { Inbound } from '../../src/shared/messages.js';
import { completeActivity } from '../../src/flows/progress/actions.js';
import { inTransaction } from '../../src/store/db.js';
import { addDocument } from '../../src/store/documents-repo.js';
import { createGad, type Gad } from '../../src/store/gads.js';
import { markActivityDone } from '../../src/store/progress.js';
import { choiceId, testApp, type TestApp } from '../support/app.js';
import { stateSnapshot } from '../support/snapshot.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Two accepted municipalities with activity 1 done; an Autoridad and a Delegado of Cuenca; a POC. */
function twoGads(): { cuenca: Gad; loja: Gad } {
  t = testApp();
  const now = t.clock.now();
  const cuenca = createGad(t.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now });
  const loja = createGad(t.app.db, { name: 'Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  for (const gad of [cuenca, loja]) markActivityDone(t.app.db, gad.id, 1, null, now);
  t.join('autoridad', { role: 'autoridad', gadId: cuenca.id });
  t.join('delegado', { role: 'delegado', gadId: cuenca.id });
  t.join('poc', { role: 'poc' });
  return { cuenca, loja };
}

/** Audit rows of an action, optionally signed by the person behind a console address. */
function audited(action: string, address?: string): { details: string | null }[] {
  const actor = address
    ? `AND actor_person_id = (SELECT person_id FROM identities WHERE channel = 'console' AND address = '${address}')`
    : '';
  return t.app.db.$client.prepare(`SELECT details FROM audit_log WHERE action = ? ${actor}`).all(action) as { details: string | null }[];
}

/** Sends a button press carrying `id` from `address`. */
function press(address: string, id: string) {
  return t.say(address, '', { text: undefined, choiceId: id });
}

describe("another local government's data", () => {
  it("shows a Delegado only their own GAD's status, and refuses a choice taken from the POC's chat", () => {
    twoGads();
    const own = t.say('delegado', '/estado');
    expect(own[0]!.key).toBe('status-header');
    expect(own[0]!.text).toContain('Cuenca');
    expect(own[0]!.text).not.toContain('Loja');

    t.say('poc', '/estado');
    const offer = t.say('poc', 'municipal')[0]!;
    const lojaButton = choiceId(offer, /Loja/);
    const before = stateSnapshot(t.app);
    expect(press('delegado', lojaButton)[0]!.key).toBe('choice-stale');
    expect(t.inbox('delegado').some((message) => message.text.includes('Loja'))).toBe(false);
    expect(stateSnapshot(t.app)).toBe(before);
    expect(audited('choice.refused', 'delegado')).toHaveLength(1);
  });

  it("does not list or send another GAD's documents, even with the POC's button", async () => {
    const { loja } = twoGads();
    const stored = await t.app.documents.put(PDF, 'acta-loja.pdf');
    if (!stored.ok) throw new Error('PDF refused');
    addDocument(t.app.db, stored.file, { gadId: loja.id, activity: 1, product: 'oficio_interes', uploadedByPersonId: null, now: t.clock.now() });

    expect(t.say('delegado', '/documentos')[0]!.text).not.toContain('acta-loja');
    t.say('poc', '/documentos');
    t.say('poc', 'Loja');
    const listing = t.inbox('poc').at(-1)!;
    const documentButton = listing.choices![0]!.id;
    expect(press('delegado', documentButton)[0]!.key).toBe('choice-stale');
    expect(t.inbox('delegado').some((message) => message.file !== undefined)).toBe(false);
    expect(audited('document.read')).toHaveLength(0);
    expect(audited('choice.refused', 'delegado')).toHaveLength(1);
  });
});

describe("another role's activity", () => {
  it("does not let a Delegado confirm activity 2 (the Autoridad's), by command or with the Autoridad's button", () => {
    const { cuenca } = twoGads();
    expect(t.say('delegado', '/confirmar')[0]!.key).toBe('gad-none');
    expect(t.say('delegado', '/confirmar 2')[0]!.key).toBe('gad-none');
    const offer = t.say('autoridad', '/confirmar')[0]!;
    const activity2 = choiceId(offer, /^2\./);
    const before = stateSnapshot(t.app);
    expect(press('delegado', activity2)[0]!.key).toBe('choice-stale');
    expect(stateSnapshot(t.app)).toBe(before);
    const done = t.app.db.$client.prepare('SELECT count(*) AS n FROM activity_progress WHERE gad_id = ? AND activity = 2 AND done_at IS NOT NULL').get(cuenca.id) as { n: number };
    expect(done.n).toBe(0);
    expect(audited('choice.refused', 'delegado')).toHaveLength(1);
  });

  it('refuses and audits the confirmation itself when a Delegado reaches it', () => {
    const { cuenca } = twoGads();
    const turn = t.app.engine.newTurn({ channel: 'console', externalId: 'direct', address: 'delegado' }, t.clock.now());
    const before = stateSnapshot(t.app);
    const replies = inTransaction(t.app.db, () => completeActivity(turn, cuenca, 2));
    expect(replies[0]!.text).toMatchObject({ key: 'confirm-not-responsible' });
    expect(t.app.translator.render('es', replies[0]!.text)).toContain('Autoridad');
    expect(stateSnapshot(t.app)).toBe(before);
    const refused = audited('activity.refused', 'delegado');
    expect(refused).toHaveLength(1);
    expect(JSON.parse(refused[0]!.details!)).toEqual({ activity: 2, reason: 'not_responsible' });
  });
});

describe('invite codes', () => {
  it('refuses a reused code and audits it', () => {
    t = testApp();
    const { code } = t.app.invites.create({ role: 'poc' });
    t.say('ana', `/start ${code}`);
    const before = stateSnapshot(t.app);
    expect(t.say('mallory', `/start ${code}`)[0]!.key).toBe('invite-used');
    expect(stateSnapshot(t.app)).toBe(before);
    expect(audited('invite.refused').map((row) => JSON.parse(row.details!).reason)).toEqual(['used']);
  });

  it('stops a guesser after the configured failures, even with a valid code, per sender, all audited', () => {
    t = testApp({ INVITE_MAX_FAILED_ATTEMPTS: '5' });
    const { code } = t.app.invites.create({ role: 'poc' });
    for (let i = 0; i < 5; i++) expect(t.say('mallory', `ABCD EFGH JKMN PQR${i}`)[0]!.key).toBe('invite-unknown');
    const before = stateSnapshot(t.app);
    expect(t.say('mallory', `/start ${code}`)[0]!.key).toBe('invite-rate-limited');
    expect(t.say('mallory', code)[0]!.key).toBe('invite-rate-limited');
    expect(stateSnapshot(t.app)).toBe(before);
    const reasons = audited('invite.refused').map((row) => JSON.parse(row.details!).reason);
    expect(reasons).toEqual([...Array(5).fill('unknown'), 'rate_limited', 'rate_limited']);
    // Someone else is not locked out by mallory's guesses.
    expect(t.say('ana', `/start ${code}`)[0]!.key).toBe('invite-welcome');
  });
});

describe('files outside the document store', () => {
  it('stores an upload named ../../etc/passwd under its hash inside the store, with a harmless name', async () => {
    t = testApp();
    const stored = await t.app.documents.put(PDF, '../../etc/passwd');
    if (!stored.ok) throw new Error('PDF refused');
    expect(stored.file.name).not.toMatch(/[\\/]/);
    const path = t.app.documents.pathOf(stored.file.sha256);
    expect(path.startsWith(join(t.dataDir, 'documents'))).toBe(true);
    for (const crafted of ['../../etc/passwd', `../${stored.file.sha256}`, '/etc/passwd', `${stored.file.sha256.slice(0, 63)}/`]) {
      expect(() => t.app.documents.pathOf(crafted)).toThrow('not a sha256');
    }
  });

  it('refuses a console /adjuntar of ../../etc/passwd, keeps nothing and audits it', async () => {
    t = testApp();
    const input = new PassThrough();
    const output = new PassThrough();
    const adapter = createConsoleAdapter({ input, output, jsonl: true, documents: t.app.documents, onError: (error) => { throw error; } });
    const handled: Inbound[] = [];
    await adapter.start(async (inbound) => {
      handled.push(inbound);
      await t.app.receive(inbound);
    });
    const traversal = join('..', '..', '..', '..', '..', '..', 'etc', 'passwd');
    expect(resolve(traversal)).toBe('/etc/passwd');
    input.end(`@mallory: /adjuntar ${traversal}\n@mallory: /adjuntar ../../no/such/file.pdf\n`);
    await adapter.finished;
    expect(handled.map((inbound) => inbound.refusedFile?.reason)).toEqual(['type_not_allowed', 'download_failed']);
    expect(t.app.documents.list()).toEqual([]);
    expect(t.count('documents')).toBe(0);
    expect(t.inbox('mallory')).toEqual([
      expect.objectContaining({ key: 'upload-refused-type', text: expect.stringContaining('passwd') }),
      expect.objectContaining({ key: 'upload-refused-download', text: expect.stringContaining('file.pdf') }),
    ]);
    expect(audited('upload.refused').map((row) => JSON.parse(row.details!))).toEqual([
      { reason: 'type_not_allowed', name: 'passwd' },
      { reason: 'download_failed', name: 'file.pdf' },
    ]);
  });
});
