/**
 * Crash suite: the console bot is killed with SIGKILL at random moments of a scripted
 * load, ten times, and restarted; what a killed run had not applied is sent again, as a
 * channel re-delivers. Every user's script is observable in the store (invite redeemed,
 * file recorded, question opened, language changed), so a message applied twice or lost
 * shows in the counts.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../support/app.js';
import { seededRandom } from '../support/random.js';
import { ROOT, SPAWN_DEFAULTS } from '../support/spawn.js';
import { captureOutput, testLogger } from '../support/logs.js';

const USERS = 80;
const LINES_PER_TICK = 4;
const KILLS = 10;
const SEED = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);

const dir = tempDir();
const dataDir = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A distinct small PDF per user, outside the data folder. */
function writeUploads(): string[] {
  return Array.from({ length: USERS }, (_, u) => {
    const path = join(dir, `acta-${u}.pdf`);
    writeFileSync(path, `%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% acta ${u}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
    return path;
  });
}

/** Creates one invite per user, as an administrator would before the load. */
function createInvites(): string[] {
  const app = createApp(loadConfig({ DATA_DIR: dataDir }), { logger: testLogger() });
  const codes = Array.from({ length: USERS }, () => app.invites.create({ role: 'poc' }).code);
  app.close();
  return codes;
}

/** The four lines of user `u`'s script, in order; each one leaves a trace in the store. */
function script(u: number, code: string, upload: string): string[] {
  return [`@u${u}: /start ${code}`, `@u${u}: /adjuntar ${upload}`, `@u${u}: /idioma`, `@u${u}: 2`];
}

/** How many of user `u`'s lines the store shows applied (a prefix: the console handles lines in order). */
function appliedSteps(db: Database.Database, u: number): number {
  const row = db
    .prepare(
      `SELECT p.id AS person, p.locale AS locale, c.flow AS flow,
              (SELECT count(*) FROM documents d WHERE d.uploaded_by_person_id = p.id) AS docs
       FROM identities i LEFT JOIN people p ON p.id = i.person_id LEFT JOIN conversations c ON c.identity_id = i.id
       WHERE i.channel = 'console' AND i.address = ?`,
    )
    .get(`u${u}`) as { person: number | null; locale: string; flow: string | null; docs: number } | undefined;
  if (!row?.person) return 0;
  if (row.docs === 0) return 1;
  if (row.locale === 'en') return 4;
  return row.flow === 'language' ? 3 : 2;
}

/** The bot process (node itself, so SIGKILL hits it), with its 'ready' log line watched. */
function spawnBot(): { child: ChildProcessWithoutNullStreams; ready: () => boolean; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts'), '--jsonl'], {
    cwd: ROOT,
    env: { ...process.env, ...SPAWN_DEFAULTS, DATA_DIR: dataDir, LOG_LEVEL: 'info', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false' },
  });
  let stderr = '';
  child.stdout.resume();
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  captureOutput(child.stderr);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, ready: () => stderr.includes('"msg":"ready"'), exited };
}

/** Writes lines a few at a time, as messages trickle in, until done or the process is gone. */
async function trickle(child: ChildProcessWithoutNullStreams, lines: string[]): Promise<void> {
  for (let i = 0; i < lines.length && child.exitCode === null && child.signalCode === null; i += LINES_PER_TICK) {
    child.stdin.write(`${lines.slice(i, i + LINES_PER_TICK).join('\n')}\n`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the bot killed with SIGKILL during a load', () => {
  it('loses nothing, applies nothing twice, sends every queued message and keeps store and files consistent', { timeout: 90_000 }, async () => {
    const random = seededRandom(SEED);
    const uploads = writeUploads();
    const codes = createInvites();
    const remaining = () => {
      const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
      try {
        return Array.from({ length: USERS }, (_, u) => script(u, codes[u]!, uploads[u]!).slice(appliedSteps(db, u)));
      } finally {
        db.close();
      }
    };
    /** Each user's next lines, interleaved round-robin as many people writing at once. */
    const interleave = (pending: string[][]) => {
      const lines: string[] = [];
      for (let step = 0; step < 4; step++) for (const user of pending) if (user[step]) lines.push(user[step]!);
      return lines;
    };

    let killedWithWork = 0;
    for (let run = 0; run < KILLS; run++) {
      const lines = interleave(remaining());
      const bot = spawnBot();
      bot.child.stdin.on('error', () => {});
      // A random moment: now and then during start-up, mostly while the lines trickle in.
      if (random() < 0.2) await new Promise((resolve) => setTimeout(resolve, random() * 1500));
      else {
        await waitUntil(bot.ready, 15_000);
        const writing = trickle(bot.child, lines);
        await new Promise((resolve) => setTimeout(resolve, random() * 250));
        bot.child.kill('SIGKILL');
        await writing;
      }
      bot.child.kill('SIGKILL');
      await bot.exited;
      if (remaining().flat().length > 0) killedWithWork++;
    }
    expect(killedWithWork, `seed ${SEED}: every kill came too late to interrupt anything`).toBeGreaterThan(0);

    // A last, clean run: the rest is sent again, stdin closes, the bot drains and exits.
    const last = spawnBot();
    last.child.stdin.end(`${interleave(remaining()).join('\n')}\n`);
    expect(await last.exited, `seed ${SEED}`).toBe(0);

    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      const context = `seed ${SEED}`;
      expect(remaining().flat(), context).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true }), context).toBe('ok');
      expect(count('SELECT count(*) AS n FROM people'), context).toBe(USERS);
      expect(count(`SELECT count(*) AS n FROM memberships WHERE role = 'poc'`), context).toBe(USERS);
      expect(count('SELECT count(DISTINCT used_by_person_id) AS n FROM invites WHERE used_at IS NOT NULL'), context).toBe(USERS);
      expect(count('SELECT count(*) AS n FROM documents'), context).toBe(USERS);
      expect(count('SELECT count(DISTINCT sha256) AS n FROM documents'), context).toBe(USERS);
      // Each person uploaded one unfiled file, once: version 1, never a second version.
      expect(count('SELECT count(*) AS n FROM documents WHERE version = 1'), `${context}: one version per upload`).toBe(USERS);
      expect(count(`SELECT count(*) AS n FROM people WHERE locale = 'en'`), context).toBe(USERS);
      expect(count('SELECT count(*) AS n FROM conversations'), context).toBe(0);
      for (const action of ['invite.redeemed', 'document.unfiled', 'person.locale']) {
        expect(count(`SELECT count(*) AS n FROM audit_log WHERE action = '${action}'`), `${context}: ${action}`).toBe(USERS);
      }
      // One answer per applied line, and every one of them went out.
      expect(count('SELECT count(*) AS n FROM outbox'), context).toBe(4 * USERS);
      expect(count(`SELECT count(*) AS n FROM outbox WHERE status <> 'sent'`), context).toBe(0);

      const referenced = new Set((db.prepare('SELECT sha256 FROM documents').all() as { sha256: string }[]).map((row) => row.sha256));
      const root = join(dataDir, 'documents');
      const stored = readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      expect(stored.sort(), `${context}: files under documents/ are exactly the referenced ones`).toEqual([...referenced].sort());
    } finally {
      db.close();
    }
  });
});
