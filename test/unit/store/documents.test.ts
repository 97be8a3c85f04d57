/** The document store: what it accepts, how it writes, and that it never deletes a document. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDocument } from '../../../src/store/documents-repo.js';
import { sweepDocuments } from '../../../src/store/document-sweep.js';
import { testApp, type TestApp } from '../../support/app.js';
import { compoundFile } from '../../support/cfb.js';

let t: TestApp;
afterEach(() => t?.cleanup());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe('what the store accepts', () => {
  it('takes an old Word document by its OLE stream, and refuses an installer in the same container', async () => {
    t = testApp();
    const word = await t.app.documents.put(compoundFile(['WordDocument', '1Table']), 'informe.doc');
    expect(word).toMatchObject({ ok: true, file: { mime: 'application/msword' } });
    const excel = await t.app.documents.put(compoundFile(['Workbook']), 'cuentas.xls');
    expect(excel).toMatchObject({ ok: true, file: { mime: 'application/vnd.ms-excel' } });
    const installer = await t.app.documents.put(compoundFile(['\u4840\u3f3f\u4577', 'SummaryInformation']), 'acta.doc');
    expect(installer).toMatchObject({ ok: false, refused: { reason: 'type_not_allowed' } });
    const renamed = await t.app.documents.put(compoundFile(['WordDocument']), 'setup.msi');
    expect(renamed).toMatchObject({ ok: false, refused: { reason: 'type_not_allowed' } });
    expect(t.app.documents.list()).toHaveLength(2);
  });

  it('writes files readable by the bot only, in folders only it can enter', async () => {
    t = testApp();
    const stored = await t.app.documents.put(PDF, 'acta.pdf');
    if (!stored.ok) throw new Error('refused');
    expect(statSync(t.app.documents.pathOf(stored.file.sha256)).mode & 0o777).toBe(0o600);
    expect(statSync(t.app.documents.root).mode & 0o777).toBe(0o700);
    expect(statSync(join(t.dataDir, 'bot.db')).mode & 0o777).toBe(0o600);
  });
});

describe('the start-up sweep', () => {
  it('quarantines files no row refers to, brings them back when a row does, and removes only crash leftovers', async () => {
    t = testApp();
    const { documents, db } = t.app;
    const kept = await documents.put(PDF, 'acta.pdf');
    const orphan = documents.write(Buffer.from('%PDF-1.4 orphan'));
    if (!kept.ok) throw new Error('refused');
    addDocument(db, kept.file, { gadId: null, activity: null, product: 'sin_clasificar', uploadedByPersonId: null, now: t.clock.now() });
    const leftover = join(documents.root, 'incoming', 'dead.tmp');
    writeFileSync(leftover, 'half a file');

    const first = sweepDocuments(db, documents);
    expect(first).toMatchObject({ quarantined: [orphan], discarded: 1, released: [], missing: [], untouched: false });
    expect(documents.has(kept.file.sha256)).toBe(true);
    expect(documents.has(orphan)).toBe(false);
    expect(existsSync(join(documents.quarantineRoot, orphan))).toBe(true);
    expect(existsSync(leftover)).toBe(false);

    // A row refers to it again (the newer database is back): the next sweep returns it.
    addDocument(db, { sha256: orphan, size: 15, mime: 'application/pdf', name: 'x.pdf' }, { gadId: null, activity: null, product: 'sin_clasificar', uploadedByPersonId: null, now: t.clock.now() });
    expect(sweepDocuments(db, documents)).toMatchObject({ quarantined: [], released: [orphan], missing: [] });
    expect(documents.has(orphan)).toBe(true);
  });

  it('moves nothing when the database refers to no file at all', () => {
    t = testApp();
    const sha = t.app.documents.write(Buffer.from('%PDF-1.4 earlier'));
    mkdirSync(t.app.documents.quarantineRoot, { recursive: true });
    expect(sweepDocuments(t.app.db, t.app.documents)).toMatchObject({ quarantined: [], untouched: true });
    expect(t.app.documents.has(sha)).toBe(true);
  });
});
