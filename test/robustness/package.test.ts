/**
 * A big evaluation package neither blocks the bot nor is retried forever (issue 13,
 * defect 9). A plan whose GAD holds 60 MB of evidence gets its package built by the bot
 * process in the background; meanwhile another person is answered at once; the 60 MB zip,
 * over Telegram's 50 MB limit for bots, reaches the monitor in two parts that join into the
 * stored zip, whose every file matches its manifest; nothing is left pending or failed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { requestPackage } from '../../src/flows/plan/package-build.js';
import { addDocument } from '../../src/store/documents-repo.js';
import { createGad } from '../../src/store/gads.js';
import { createPlan, setPlanStatus } from '../../src/store/plans.js';
import { markActivityDone } from '../../src/store/progress.js';
import { testAppAtRealTime } from '../support/app.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { BotService, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
let bot: BotService | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await bot?.stop('SIGKILL');
  await fake?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const MONITOR_CHAT = 777;
const EVIDENCE_FILES = 3;
const EVIDENCE_BYTES = 20 * 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A closed plan of a GAD with 60 MB of evidence, its monitor on Telegram, and a package requested for them. */
function prepare(): void {
  const setup = testAppAtRealTime();
  dataDir = setup.dataDir;
  const { db, documents, engine, invites } = setup.app;
  const now = setup.clock.now();
  const gad = createGad(db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  for (let n = 1; n <= 12; n++) markActivityDone(db, gad.id, n, null, now);
  const { code } = invites.create({ role: 'monitor', gadId: gad.id });
  engine.handle({ channel: 'telegram', externalId: 'setup', address: String(MONITOR_CHAT), displayName: 'Monitor', text: `/start ${code}` });
  const monitor = (db.$client.prepare(`SELECT person_id AS id FROM identities WHERE channel = 'telegram'`).get() as { id: number }).id;
  const { plan } = createPlan(
    db,
    gad.id,
    {
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      commitments: [
        {
          title: 'Presupuesto abierto',
          problem: 'Opacidad',
          objective: 'Publicar',
          expectedResults: 'Datos abiertos',
          pillars: ['transparencia'],
          responsibleEntity: 'Dirección financiera',
          responsiblePersonId: monitor,
          responsibleName: 'Monitor',
          counterparts: [],
          milestones: [{ deliverable: 'Portal', startDate: '2026-02-01', dueDate: '2026-06-30' }],
        },
      ],
    },
    { personId: null, now },
  );
  setPlanStatus(db, plan.id, 'published', now);
  setPlanStatus(db, plan.id, 'closed', now);
  for (let i = 0; i < EVIDENCE_FILES; i++) {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(EVIDENCE_BYTES)]);
    const sha = documents.write(bytes);
    addDocument(db, { sha256: sha, size: bytes.length, mime: 'application/pdf', name: `evidencia-${i}.pdf` }, { gadId: gad.id, activity: 14, product: 'evidencia', uploadedByPersonId: null, now });
  }
  requestPackage(db, { ...plan, status: 'closed' }, [monitor], null, now);
  setup.app.close();
}

describe('a package larger than the channel allows', () => {
  it('is built in the background without stalling anyone and arrives in parts that join into it', { timeout: 120_000 }, async () => {
    fake = await FakeBotApi.start();
    prepare();
    bot = new BotService(telegramEnv(fake, dataDir!, { LOG_LEVEL: 'info' }));
    await bot.ready();

    // While the package is built and sent, someone else is answered promptly, again and again.
    const waits: number[] = [];
    const other = 888;
    for (let i = 0; i < 10; i++) {
      const before = fake.sent(other).length;
      const at = Date.now();
      fake.sendText(other, '/ayuda');
      await fake.waitFor(() => fake!.sent(other).length > before, 'an answer during the build', 15_000);
      waits.push(Date.now() - at);
    }
    await fake.waitFor(() => fake!.sent(MONITOR_CHAT).filter((call) => call.upload).length === 2, 'two parts', 60_000);
    expect(Math.max(...waits), `answers during the build took ${waits.join(', ')} ms`).toBeLessThan(2000);

    const parts = fake.sent(MONITOR_CHAT).filter((call) => call.upload);
    expect(parts.map((call) => call.upload!.name)).toEqual([expect.stringMatching(/^paquete-evaluacion-\d+-\d+\.zip\.001$/), expect.stringMatching(/\.zip\.002$/)]);
    expect(parts.every((call) => call.upload!.size <= 50 * 1024 * 1024)).toBe(true);
    const joined = Buffer.concat(parts.map((call) => call.upload!.bytes));
    expect(joined.length).toBeGreaterThan(EVIDENCE_FILES * EVIDENCE_BYTES);
    expect(fake.texts(MONITOR_CHAT).join('\n')).toContain(sha256(joined));

    const db = new Database(join(dataDir!, 'bot.db'), { readonly: true });
    try {
      const stored = db.prepare(`SELECT sha256 FROM documents WHERE product = 'paquete_evaluacion'`).get() as { sha256: string };
      expect(sha256(joined)).toBe(stored.sha256);
      expect(db.prepare(`SELECT status, count(*) AS n FROM outbox WHERE address = ? GROUP BY status ORDER BY status`).all(String(MONITOR_CHAT))).toEqual([
        { status: 'sent', n: 3 },
        { status: 'split', n: 1 },
      ]);
      expect(db.prepare(`SELECT status FROM file_builds`).all()).toEqual([{ status: 'done' }]);
    } finally {
      db.close();
    }
    const entries = unzipSync(joined);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8')) as { files: { name: string; sha256: string; documentId: number | null }[] };
    expect(manifest.files.filter((f) => f.documentId !== null)).toHaveLength(EVIDENCE_FILES);
    for (const f of manifest.files) expect(sha256(entries[f.name]!)).toBe(f.sha256);
    expect(fake.callsOf('sendDocument').filter((call) => call.status === 413)).toHaveLength(0);

    // The bot never held the package in memory.
    const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${bot.child.pid}/status`, 'utf8'));
    expect(Number(peak?.[1]) / 1024).toBeLessThan(400);
  });
});
