/** The daily backup: into BACKUP_DIR, checked, and only the newest BACKUP_KEEP kept (with the documents they need). */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupNow } from '../../../src/scheduler/backups.js';
import { addDocument } from '../../../src/store/documents-repo.js';
import { verifyBackup } from '../../../src/store/backup.js';
import { tempDir, testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
let root: string | undefined;
afterEach(() => {
  t?.cleanup();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the daily backup', () => {
  it('makes a checked backup each time and keeps the newest BACKUP_KEEP, pruning documents only they needed', async () => {
    root = tempDir();
    const folder = join(root, 'backups');
    t = testApp({ BACKUP_DIR: folder, BACKUP_KEEP: '2' });
    const shas: string[] = [];
    const files: string[] = [];
    for (let day = 0; day < 3; day++) {
      // Each day adds a document that a later day's database no longer refers to... and one it keeps.
      const sha = t.app.documents.write(Buffer.from(`%PDF-1.4 dia ${day}`));
      shas.push(sha);
      const row = addDocument(t.app.db, { sha256: sha, size: 16, mime: 'application/pdf', name: `d${day}.pdf` }, { gadId: null, activity: null, product: 'sin_clasificar', uploadedByPersonId: null, now: t.clock.now() });
      if (day === 1) t.app.db.$client.prepare('DELETE FROM documents WHERE id = ?').run(row.id - 1);
      files.push((await backupNow(t.app))!);
      t.clock.advance(86_400_000);
    }
    expect(readdirSync(folder).filter((name) => name.endsWith('.db')).sort()).toEqual(files.slice(1).map((file) => file.split('/').at(-1)).sort());
    for (const file of files.slice(1)) await expect(verifyBackup(file)).resolves.toBeDefined();
    // Day 0's document is referenced only by the removed backup: gone from the pool; the others stay.
    const pool = (sha: string) => join(folder, 'documents', sha.slice(0, 2), sha);
    expect(existsSync(pool(shas[0]!))).toBe(false);
    expect(existsSync(pool(shas[1]!))).toBe(true);
    expect(existsSync(pool(shas[2]!))).toBe(true);
  });
});
