/** Telegram uploads end to end: getFile, download, the document store, the receipt. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramHarness, type TelegramHarness } from '../../../support/telegram-harness.js';

let harness: TelegramHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(200, 7)]);

/** Every file in the document store. */
function storedFiles(dataDir: string): string[] {
  const root = join(dataDir, 'documents');
  return existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : [];
}

describe('Telegram uploads', () => {
  it('downloads a document through getFile, stores it and acknowledges it with its hash', async () => {
    harness = await startTelegramHarness();
    const { fake } = harness;
    await harness.onboard(8001);
    const { file } = fake.sendDocument(8001, PDF, 'acta.pdf', { caption: 'el acta' });
    await fake.waitFor(() => fake.sent(8001).length === 2, 'the receipt');

    const sha256 = createHash('sha256').update(PDF).digest('hex');
    expect(fake.texts(8001)[1]).toContain(sha256.slice(0, 12));
    expect(fake.texts(8001)[1]).toContain('acta.pdf');
    expect(fake.callsOf('getFile').map((call) => call.params.file_id)).toEqual([file.fileId]);
    expect(fake.downloads).toEqual([file.filePath]);
    expect(existsSync(join(harness.dataDir, 'documents', sha256.slice(0, 2), sha256))).toBe(true);
  });

  it('takes the largest size of a photo', async () => {
    harness = await startTelegramHarness();
    const { fake } = harness;
    await harness.onboard(8002);
    const { file } = fake.sendPhoto(8002, JPEG);
    await fake.waitFor(() => fake.sent(8002).length === 2, 'the receipt');
    expect(fake.downloads).toEqual([file.filePath]);
    expect(fake.texts(8002)[1]).toContain(createHash('sha256').update(JPEG).digest('hex').slice(0, 12));
  });

  it('refuses a file larger than the limit without downloading it', async () => {
    harness = await startTelegramHarness({ env: { MAX_UPLOAD_MB: '1' } });
    const { fake, app } = harness;
    await harness.onboard(8003);
    fake.sendDocument(8003, PDF, 'grande.pdf', { size: 3 * 1024 * 1024 });
    await fake.waitFor(() => fake.sent(8003).length === 2, 'the refusal');
    expect(fake.texts(8003)[1]).toBe(app.translator.t('es', 'upload-refused-too-large', { name: 'grande.pdf', max: '1.0 MB' }));
    expect(fake.callsOf('getFile')).toHaveLength(0);
    expect(fake.downloads).toHaveLength(0);
    expect(storedFiles(harness.dataDir)).toEqual([]);
  });

  it('refuses the cloud Bot API "file is too big" answer as too large', async () => {
    harness = await startTelegramHarness();
    const { fake, app } = harness;
    await harness.onboard(8004);
    fake.failNext('getFile', { error_code: 400, description: 'Bad Request: file is too big' });
    fake.sendDocument(8004, PDF, 'sin-tamaño.pdf');
    await fake.waitFor(() => fake.sent(8004).length === 2, 'the refusal');
    expect(fake.texts(8004)[1]).toBe(app.translator.t('es', 'upload-refused-too-large', { name: 'sin-tamaño.pdf', max: '20.0 MB' }));
    expect(fake.downloads).toHaveLength(0);
  });

  it.each([
    ['a Windows executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)])],
    ['an ELF executable', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(300)])],
  ])('refuses %s named .pdf and stores nothing', async (_kind, bytes) => {
    harness = await startTelegramHarness();
    const { fake, app } = harness;
    await harness.onboard(8005);
    fake.sendDocument(8005, bytes, 'x.pdf');
    await fake.waitFor(() => fake.sent(8005).length === 2, 'the refusal');
    expect(fake.texts(8005)[1]).toBe(app.translator.t('es', 'upload-refused-type', { name: 'x.pdf' }));
    expect(storedFiles(harness.dataDir)).toEqual([]);
    expect(harness.count('documents')).toBe(0);
  });

  it('says the download failed when the file cannot be fetched', async () => {
    harness = await startTelegramHarness();
    const { fake, app } = harness;
    await harness.onboard(8006);
    fake.failNext('getFile', 'network');
    fake.sendDocument(8006, PDF, 'acta.pdf');
    await fake.waitFor(() => fake.sent(8006).length === 2, 'the refusal');
    expect(fake.texts(8006)[1]).toBe(app.translator.t('es', 'upload-refused-download', { name: 'acta.pdf' }));
  });
});
