/**
 * Documents are never deleted by the bot (issue 13, defect 1): a new database beside old
 * documents moves nothing; a restored older backup leaves the newer uploads in quarantine,
 * listed by `cli documents --orphans`, and the operator decides. Through the real process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { BotService, runCli } from '../support/spawn.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small PDF whose bytes (and so SHA-256) depend on `label`: its path and hash. */
function pdf(label: string): { path: string; sha: string } {
  const path = join(dir, `${label}.pdf`);
  const bytes = `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% ${label}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  writeFileSync(path, bytes);
  return { path, sha: createHash('sha256').update(bytes).digest('hex') };
}

/** Runs the console bot over `lines` until it exits; returns its messages and log. */
async function runConsole(env: Record<string, string>, lines: string[]) {
  const bot = new BotService(env, { args: ['--jsonl'] });
  bot.child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  const code = await bot.exited;
  const messages = bot.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { to: string; key?: string; text: string });
  return { code, messages, bot };
}

/** The hash the bot's last receipt shows (the first 12 hex digits of the SHA-256). */
function receiptFingerprint(messages: { key?: string; text: string }[]): string | undefined {
  return messages.filter((m) => m.key === 'upload-receipt-unfiled').map((m) => /[0-9a-f]{12}/.exec(m.text)?.[0]).at(-1);
}

const stored = (dataDir: string, sha: string) => join(dataDir, 'documents', sha.slice(0, 2), sha);

describe('stored documents and a database that does not know them', () => {
  it('keeps every document when the bot starts on a new database', { timeout: 60_000 }, async () => {
    const D = join(dir, 'new-db');
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: D }).stdout) as { code: string };
    const upload = pdf('acta-1');
    const first = await runConsole({ DATA_DIR: D }, [`@poc: /start ${code}`, `@poc: /adjuntar ${upload.path}`]);
    expect(first.code).toBe(0);
    const sha = upload.sha;
    expect(receiptFingerprint(first.messages)).toBe(sha.slice(0, 12));
    expect(existsSync(stored(D, sha))).toBe(true);

    const second = await runConsole({ DATA_DIR: D, DATABASE_PATH: join(D, 'new.db') }, []);
    expect(second.code).toBe(0);
    expect(existsSync(stored(D, sha))).toBe(true);
    expect(existsSync(join(D, 'quarantine', sha))).toBe(false);
    expect(second.bot.logs().some((line) => line.msg.includes('nothing moved') && line.level === 40)).toBe(true);

    const orphans = runCli(['documents', '--orphans', '--json'], { DATA_DIR: D, DATABASE_PATH: join(D, 'new.db') });
    expect(orphans.status).toBe(0);
    expect((JSON.parse(orphans.stdout) as { unreferenced: { name: string }[] }).unreferenced.map((entry) => entry.name)).toEqual([sha]);
  });

  it('moves uploads newer than a restored backup into quarantine, deletes nothing, and lists them', { timeout: 90_000 }, async () => {
    const D = join(dir, 'restored');
    const backupFile = join(dir, 'backups', 'b1.db');
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: D }).stdout) as { code: string };
    const { path: olderPath, sha: older } = pdf('antes');
    const before = await runConsole({ DATA_DIR: D }, [`@poc: /start ${code}`, `@poc: /adjuntar ${olderPath}`]);
    expect(receiptFingerprint(before.messages)).toBe(older.slice(0, 12));
    expect(runCli(['backup', '--out', backupFile], { DATA_DIR: D }).status).toBe(0);
    const { path: newerPath, sha: newer } = pdf('despues');
    const after = await runConsole({ DATA_DIR: D }, [`@poc: /adjuntar ${newerPath}`]);
    expect(receiptFingerprint(after.messages)).toBe(newer.slice(0, 12));
    const newerBytes = readFileSync(stored(D, newer));

    const restored = runCli(['restore', backupFile], { DATA_DIR: D });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Nothing was deleted');
    expect(existsSync(stored(D, newer))).toBe(true);

    const started = await runConsole({ DATA_DIR: D }, ['@poc: /ayuda']);
    expect(started.code).toBe(0);
    expect(started.messages.at(-1)!.to).toBe('poc');
    expect(existsSync(stored(D, older))).toBe(true);
    expect(existsSync(stored(D, newer))).toBe(false);
    expect(readFileSync(join(D, 'quarantine', newer)).equals(newerBytes)).toBe(true);
    expect(started.bot.logs().find((line) => line.msg.includes('quarantine'))).toMatchObject({ quarantined: 1 });

    const orphans = JSON.parse(runCli(['documents', '--orphans', '--json'], { DATA_DIR: D }).stdout) as { quarantined: { name: string; referenced: boolean }[] };
    expect(orphans.quarantined).toEqual([expect.objectContaining({ name: newer, referenced: false })]);
  });
});
