/**
 * Backups that restore (issue 13, defect 6): `cli backup` while the bot handles a burst
 * gives a copy that passes integrity_check, whose manifest matches the copy and the
 * documents, and that restores (`cli restore`) into a data folder where the bot answers
 * the people it knew. Through the real processes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import type { BackupManifest } from '../../src/store/backup.js';
import { tempDir } from '../support/app.js';
import { BotService, runCli, runCliAsync } from '../support/spawn.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const USERS = 300;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('backup while the bot works, and restore', () => {
  it('copies a consistent, checked database and its documents, and a restored bot answers', { timeout: 120_000 }, async () => {
    const D = join(dir, 'live');
    const E = join(dir, 'restored');
    const file = join(dir, 'backups', 'bot-1.db');
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: D }).stdout) as { code: string };
    const uploads = Array.from({ length: 20 }, (_, i) => {
      const path = join(dir, `acta-${i}.pdf`);
      writeFileSync(path, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% acta ${i}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
      return path;
    });

    const bot = new BotService({ DATA_DIR: D, LOG_LEVEL: 'info' }, { args: ['--jsonl'] });
    bot.child.stdin.write(`@poc: /start ${code}\n${uploads.map((path) => `@poc: /adjuntar ${path}\n`).join('')}`);
    await bot.ready();
    // A burst: many people at once, while the backup runs.
    const burst = Array.from({ length: USERS }, (_, i) => `@p${i}: /start\n@p${i}: /ayuda\n`).join('');
    bot.child.stdin.write(burst);
    const made = await runCliAsync(['backup', '--out', file, '--json'], { DATA_DIR: D });
    bot.child.stdin.write(burst.replaceAll('@p', '@q'));
    bot.child.stdin.end();
    expect(await bot.exited).toBe(0);
    expect(made.status, made.stderr).toBe(0);

    const report = JSON.parse(made.stdout) as { documents: number; missing: string[] };
    expect(report.missing).toEqual([]);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare(`SELECT count(*) AS n FROM people`).get()).toEqual({ n: 1 });
      const docs = copy.prepare('SELECT DISTINCT sha256 FROM documents').all() as { sha256: string }[];
      expect(report.documents).toBe(docs.length);
    } finally {
      copy.close();
    }
    const manifest = JSON.parse(readFileSync(`${file}.manifest.json`, 'utf8')) as BackupManifest;
    expect(manifest.database.sha256).toBe(sha256(readFileSync(file)));
    for (const entry of manifest.documents) expect(sha256(readFileSync(join(dirname(file), entry.path)))).toBe(entry.sha256);

    const restored = runCli(['restore', file, '--json'], { DATA_DIR: E });
    expect(restored.status, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toEqual({ restoredDocuments: manifest.documents.length, missingFiles: [] });

    const again = new BotService({ DATA_DIR: E }, { args: ['--jsonl'] });
    again.child.stdin.end('@poc: /ayuda\n@nueva: /ayuda\n');
    expect(await again.exited).toBe(0);
    const answers = again.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { to: string; text: string });
    // The POC is known to the restored bot (their help, not a stranger's), and a stranger is a stranger.
    const t = new Translator();
    expect(answers.find((a) => a.to === 'poc')?.text).toContain(t.t('es', 'help-header'));
    expect(answers.find((a) => a.to === 'nueva')?.text).toContain(t.t('es', 'help-header-guest'));
  });

  it('refuses a backup that does not match its manifest, and changes nothing', { timeout: 60_000 }, async () => {
    const D = join(dir, 'tampered');
    const file = join(dir, 'backups-2', 'bot-1.db');
    runCli(['invite', '--role', 'poc'], { DATA_DIR: D });
    expect(runCli(['backup', '--out', file], { DATA_DIR: D }).status).toBe(0);
    const bytes = readFileSync(file);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 0xff, bytes.length - 1);
    writeFileSync(file, bytes);
    const target = join(dir, 'target');
    const result = runCli(['restore', file], { DATA_DIR: target });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('does not match the SHA-256 in its manifest');
    expect(() => readFileSync(join(target, 'bot.db'))).toThrow();
  });
});
