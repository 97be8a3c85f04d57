import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { WAMessage } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextMessageId, startWhatsAppHarness, type WhatsAppHarness } from '../../../support/whatsapp-harness.js';

const ANA = '593991234567@s.whatsapp.net';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** The start of a Windows executable (DOS header with a PE signature). */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x40, 0, 0, 0]), Buffer.from('PE\0\0'), Buffer.alloc(200)]);

/** Downloads that hand out the bytes registered for a message id, recording each request. */
function fakeDownloads(bytesById: Map<string, Buffer>) {
  return vi.fn(async (message: WAMessage) => {
    const bytes = bytesById.get(message.key.id!);
    if (!bytes) throw new Error('media gone');
    return (async function* () {
      yield bytes.subarray(0, 10);
      yield bytes.subarray(10);
    })();
  });
}

function storedFiles(h: WhatsAppHarness): string[] {
  const root = join(h.dataDir, 'documents');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((dir) => readdirSync(join(root, dir)));
}

describe('WhatsApp documents and photos', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('downloads a document, stores it and acknowledges it with its fingerprint', async () => {
    const bytes = new Map<string, Buffer>();
    const download = fakeDownloads(bytes);
    h = await startWhatsAppHarness({ download });
    await h.onboard(ANA);
    const id = nextMessageId();
    bytes.set(id, PDF);

    await h.receive([
      {
        id,
        from: ANA,
        message: {
          documentWithCaptionMessage: {
            message: { documentMessage: { fileName: 'acta-foro.pdf', mimetype: 'application/pdf', fileLength: PDF.length, caption: 'Acta firmada' } },
          },
        },
      },
    ]);
    await h.deliver();

    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(download).toHaveBeenCalledOnce();
    expect(h.handled.at(-1)).toMatchObject({ text: 'Acta firmada', file: { sha256, name: 'acta-foro.pdf', mime: 'application/pdf', size: PDF.length } });
    expect(storedFiles(h)).toEqual([sha256]);
    expect(existsSync(h.app.documents.pathOf(sha256))).toBe(true);
    expect(h.socket.textsTo(ANA).at(-1)).toContain(sha256.slice(0, 12));
  });

  it('stores a photo under a name made from the message id', async () => {
    const bytes = new Map<string, Buffer>();
    h = await startWhatsAppHarness({ download: fakeDownloads(bytes) });
    const id = nextMessageId();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    bytes.set(id, png);
    await h.receive([{ id, from: ANA, message: { imageMessage: { mimetype: 'image/png', fileLength: png.length } } }]);
    expect(h.handled.at(-1)).toMatchObject({ file: { name: `${id}.jpg`, mime: 'image/png' } });
  });

  it('refuses a document whose declared size is too large, without downloading it', async () => {
    const download = fakeDownloads(new Map());
    h = await startWhatsAppHarness({ download });
    await h.onboard(ANA);
    const size = h.app.documents.maxBytes + 1;
    await h.receive([{ id: nextMessageId(), from: ANA, message: { documentMessage: { fileName: 'video.pdf', fileLength: size } } }]);
    await h.deliver();

    expect(download).not.toHaveBeenCalled();
    expect(h.handled.at(-1)).toMatchObject({ refusedFile: { reason: 'too_large', name: 'video.pdf', size, maxSize: h.app.documents.maxBytes } });
    expect(h.handled.at(-1)!.file).toBeUndefined();
    expect(storedFiles(h)).toEqual([]);
    expect(h.socket.textsTo(ANA).at(-1)).toContain('video.pdf');
  });

  it('refuses a download that grows past the limit although it declared a small size', async () => {
    const bytes = new Map<string, Buffer>();
    h = await startWhatsAppHarness({ download: fakeDownloads(bytes) });
    const id = nextMessageId();
    bytes.set(id, Buffer.alloc(h.app.documents.maxBytes + 1));
    await h.receive([{ id, from: ANA, message: { documentMessage: { fileName: 'liviano.pdf', fileLength: 100 } } }]);
    expect(h.handled.at(-1)).toMatchObject({ refusedFile: { reason: 'too_large', name: 'liviano.pdf' } });
    expect(storedFiles(h)).toEqual([]);
  });

  it('refuses an executable disguised as a PDF and stores nothing', async () => {
    const bytes = new Map<string, Buffer>();
    h = await startWhatsAppHarness({ download: fakeDownloads(bytes) });
    await h.onboard(ANA);
    const id = nextMessageId();
    bytes.set(id, EXE);
    await h.receive([{ id, from: ANA, message: { documentMessage: { fileName: 'informe.pdf', mimetype: 'application/pdf', fileLength: EXE.length } } }]);
    await h.deliver();

    expect(h.handled.at(-1)).toMatchObject({ refusedFile: { reason: 'type_not_allowed', name: 'informe.pdf' } });
    expect(storedFiles(h)).toEqual([]);
    expect(h.count('documents')).toBe(0);
    expect(h.socket.textsTo(ANA).at(-1)).toContain('informe.pdf');
  });

  it('asks for the file again when the download fails', async () => {
    h = await startWhatsAppHarness({ download: fakeDownloads(new Map()) });
    await h.receive([{ id: nextMessageId(), from: ANA, message: { documentMessage: { fileName: 'acta.pdf', fileLength: 10 } } }]);
    expect(h.handled.at(-1)).toMatchObject({ refusedFile: { reason: 'download_failed', name: 'acta.pdf', size: 10 } });
  });

  it('sends a document as a Baileys document message with the text as caption', async () => {
    h = await startWhatsAppHarness();
    const stored = await h.app.documents.put(PDF, 'acta.pdf');
    if (!stored.ok) throw new Error('the PDF was refused');
    const path = h.app.documents.pathOf(stored.file.sha256);
    const result = await h.adapter.send({ id: 7, channel: 'whatsapp', address: ANA, text: 'Aquí está el acta', file: { name: 'acta.pdf', path, mime: 'application/pdf' } });

    expect(result).toEqual({ kind: 'sent' });
    expect(h.socket.sent.at(-1)).toMatchObject({
      jid: ANA,
      content: { document: { url: path }, fileName: 'acta.pdf', mimetype: 'application/pdf', caption: 'Aquí está el acta' },
    });
  });

  it('reports a failed send as transient', async () => {
    h = await startWhatsAppHarness();
    h.socket.sendError = Object.assign(new Error('Connection Closed'), { output: { statusCode: 428 } });
    expect(await h.adapter.send({ id: 8, channel: 'whatsapp', address: ANA, text: 'hola' })).toEqual({ kind: 'transient', reason: '428 Connection Closed' });
  });
});
