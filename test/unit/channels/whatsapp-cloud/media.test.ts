/** Documents and photos over the Cloud API: downloads checked for size before and during, uploads of the bot's files once. */
import { afterEach, describe, expect, it } from 'vitest';
import { createGad } from '../../../../src/store/gads.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ALCALDE = '593991112233';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The Autoridad of Cuenca on WhatsApp, at the file question of /subir for the delegation letter. */
async function uploading(env: Record<string, string> = {}): Promise<CloudHarness> {
  const harness = await startCloudHarness({ env });
  const gad = createGad(harness.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: harness.clock.now() });
  const { code } = harness.app.invites.create({ role: 'autoridad', gadId: gad.id });
  await harness.fake.say(ALCALDE, code);
  await harness.deliver();
  await harness.fake.say(ALCALDE, '/subir');
  await harness.deliver();
  await harness.fake.choose(ALCALDE, '2 · Oficio de delegación');
  await harness.deliver();
  return harness;
}

describe('files a person sends', () => {
  it('downloads a document with the bearer token and files it as a new version', async () => {
    h = await uploading();
    expect(await h.fake.sendFile(ALCALDE, PDF, { name: 'oficio.pdf', mime: 'application/pdf' })).toBe(200);
    await h.deliver();
    expect(h.sentKeys(ALCALDE).at(-1)).toBe('upload-stored');
    const doc = h.app.db.$client.prepare('SELECT file_name AS name, mime, size FROM documents').get();
    expect(doc).toEqual({ name: 'oficio.pdf', mime: 'application/pdf', size: PDF.byteLength });
    // The media URL was asked of the Graph API, then downloaded, both with the token.
    expect(h.fake.requests.filter((r) => r.method === 'GET').map((r) => [r.path.split('/')[1], r.authorized])).toEqual([
      ['v23.0', true],
      ['download', true],
    ]);
  });

  it('refuses a file declared too large without downloading it, and one larger than declared while downloading', async () => {
    h = await uploading({ MAX_UPLOAD_MB: '1' });
    expect(await h.fake.sendFile(ALCALDE, PDF, { name: 'enorme.pdf', mime: 'application/pdf', declaredSize: 5 * 1024 * 1024 })).toBe(200);
    await h.deliver();
    expect(h.sentKeys(ALCALDE).at(-1)).toBe('upload-refused-too-large');
    expect(h.fake.requests.some((r) => r.path.startsWith('/download/'))).toBe(false);

    const big = Buffer.concat([PDF, Buffer.alloc(2 * 1024 * 1024)]);
    expect(await h.fake.sendFile(ALCALDE, big, { name: 'mentira.pdf', mime: 'application/pdf', declaredSize: 1000 })).toBe(200);
    await h.deliver();
    expect(h.sentKeys(ALCALDE).at(-1)).toBe('upload-refused-too-large');
    expect(h.count('documents')).toBe(0);
    expect(h.app.documents.list()).toEqual([]);
  });

  it('sniffs a photo like every upload and refuses what is not a document', async () => {
    h = await uploading();
    await h.fake.sendFile(ALCALDE, Buffer.from('not really a picture'), { name: 'x.jpg', mime: 'image/jpeg', caption: 'la foto' });
    await h.deliver();
    expect(h.sentKeys(ALCALDE).at(-1)).toBe('upload-refused-type');
    expect(h.handled.at(-1)).toMatchObject({ text: 'la foto', refusedFile: { reason: 'type_not_allowed' } });
  });

  it('asks for the file again when Meta cannot serve it', async () => {
    h = await uploading();
    const notification = h.fake.messageNotification(ALCALDE, { type: 'document', document: { filename: 'perdido.pdf', mime_type: 'application/pdf', sha256: 'x', id: '123' } });
    expect(await h.fake.deliver(notification)).toBe(200);
    await h.deliver();
    expect(h.sentKeys(ALCALDE).at(-1)).toBe('upload-refused-download');
  });
});

describe('files the bot sends', () => {
  it('uploads a file once and sends it by media id, with the text as caption', async () => {
    h = await uploading();
    await h.fake.sendFile(ALCALDE, PDF, { name: 'oficio.pdf', mime: 'application/pdf' });
    await h.deliver();
    const file = { name: 'oficio.pdf', mime: 'application/pdf', path: h.app.documents.pathOf(h.app.db.$client.prepare('SELECT sha256 FROM documents').pluck().get() as string) };
    const address = h.address(ALCALDE);
    expect(await h.adapter.send({ id: 1, channel: 'whatsapp', address, text: 'Aquí está', file })).toEqual({ kind: 'sent' });
    expect(await h.adapter.send({ id: 2, channel: 'whatsapp', address, text: '', file })).toEqual({ kind: 'sent' });
    const [first, second] = h.fake.sentTo(ALCALDE).slice(-2);
    expect(first!.body.document).toEqual({ id: second!.body.document?.id, caption: 'Aquí está', filename: 'oficio.pdf' });
    expect(h.fake.uploads.size).toBe(1);
    expect([...h.fake.uploads.values()][0]).toMatchObject({ name: 'oficio.pdf', type: 'application/pdf' });
    // Meta lost the upload (131053): the next attempt uploads the file again.
    h.fake.failures.push({ code: 131053, to: ALCALDE });
    expect(await h.adapter.send({ id: 4, channel: 'whatsapp', address, text: '', file })).toMatchObject({ kind: 'transient' });
    expect(await h.adapter.send({ id: 4, channel: 'whatsapp', address, text: '', file })).toEqual({ kind: 'sent' });
    expect(h.fake.uploads.size).toBe(2);
    // A type the Cloud API does not carry fails that message, with the reason.
    expect(await h.adapter.send({ id: 3, channel: 'whatsapp', address, text: '', file: { ...file, mime: 'application/zip' } })).toMatchObject({ kind: 'failed' });
  });
});
