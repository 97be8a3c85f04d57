/**
 * The smaller holes of issue 13 (defect 10), each through the real process: invite codes
 * do not stay in the outbox once sent; the database and documents are private; the first
 * POC code is printed once, on stderr; the webhook answers 400 to bad JSON and 413 to a
 * huge body; an installer in an Office container is refused; a download that never
 * completes holds nobody else.
 */
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir, testAppAtRealTime } from '../support/app.js';
import { compoundFile } from '../support/cfb.js';
import { FakeBotApi } from '../support/fake-bot-api.js';
import { TEST_WEBHOOK_SECRET } from '../support/logs.js';
import { BotService, runCli, telegramEnv } from '../support/spawn.js';

let fake: FakeBotApi | undefined;
const bots: BotService[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(bots.splice(0).map((bot) => bot.stop('SIGKILL')));
  await fake?.close();
  fake = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** Runs the console bot over `lines` until it exits. */
async function runConsole(env: Record<string, string>, lines: string[], args = ['--jsonl']) {
  const bot = new BotService(env, { args });
  bots.push(bot);
  bot.child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  const code = await bot.exited;
  return { code, bot, messages: args.includes('--jsonl') ? bot.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { to: string; key?: string; text: string }) : [] };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * What a server says to a POST whose body it refuses before reading it all: its status, or
 * 'closed' when it closed the connection while the body was still being written (then the
 * writer sees EPIPE or a reset and may never read the answer; fetch would throw).
 */
function answerToHugePost(port: number, body: Buffer): Promise<number | 'closed'> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/hook', method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') setTimeout(() => resolve('closed'), 500);
      else reject(error);
    });
    req.end(body);
  });
}

describe('small holes', () => {
  it('prints the first POC code once, on stderr only, and keeps the database and documents private', { timeout: 60_000 }, async () => {
    const dataDir = join(folder(), 'data');
    const first = await runConsole({ DATA_DIR: dataDir }, [], []);
    expect(first.code).toBe(0);
    const notice = /Base de datos nueva.*?@poc: ([0-9A-Z]{16})/.exec(first.bot.stderr);
    expect(notice).not.toBeNull();
    expect(first.bot.stdout).not.toContain(notice![1]);
    const second = await runConsole({ DATA_DIR: dataDir }, [], []);
    expect(second.bot.stderr).not.toContain('Base de datos nueva');

    const upload = join(dataDir, '..', 'acta.pdf');
    writeFileSync(upload, '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const third = await runConsole({ DATA_DIR: dataDir }, [`@poc: /start ${notice![1]}`, `@poc: /adjuntar ${upload}`]);
    expect(third.messages.map((m) => m.key)).toEqual(['invite-welcome', 'upload-receipt-unfiled']);
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(join(dataDir, 'bot.db'))).toBe(0o600);
    expect(mode(join(dataDir, 'documents'))).toBe(0o700);
    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    const { sha256 } = db.prepare('SELECT sha256 FROM documents').get() as { sha256: string };
    db.close();
    expect(mode(join(dataDir, 'documents', sha256.slice(0, 2), sha256))).toBe(0o600);
  });

  it('sends an invite code and then keeps no copy of it in the outbox', { timeout: 60_000 }, async () => {
    const dataDir = join(folder(), 'data');
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: dataDir }).stdout) as { code: string };
    // The first role a POC may invite is the Grupo Núcleo (1); then whom the code is for.
    const run = await runConsole({ DATA_DIR: dataDir }, [`@poc: /start ${code}`, '@poc: /invitar', '@poc: 1', '@poc: Ana Pérez']);
    const created = run.messages.find((m) => m.key === 'invite-code');
    expect(created, JSON.stringify(run.messages.map((m) => m.key))).toBeDefined();
    const issued = /: ([0-9A-Z]{16})/.exec(created!.text)![1]!;
    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    try {
      const payloads = (db.prepare('SELECT payload FROM outbox').all() as { payload: string }[]).map((row) => row.payload).join('\n');
      expect(payloads).not.toContain(issued);
      expect(payloads).not.toContain(code);
      expect(payloads).toContain('[…]');
    } finally {
      db.close();
    }
  });

  it('refuses an installer in an Office container, and takes an old Word document', { timeout: 60_000 }, async () => {
    const dir = folder();
    const dataDir = join(dir, 'data');
    const installer = join(dir, 'informe.msi');
    const disguised = join(dir, 'informe.doc');
    const word = join(dir, 'acta.doc');
    writeFileSync(installer, compoundFile(['\u4840\u3f3f\u4577', 'SummaryInformation']));
    writeFileSync(disguised, compoundFile(['\u4840\u3f3f\u4577', 'SummaryInformation']));
    writeFileSync(word, compoundFile(['WordDocument', '1Table']));
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: dataDir }).stdout) as { code: string };
    const run = await runConsole({ DATA_DIR: dataDir }, [`@poc: /start ${code}`, `@poc: /adjuntar ${installer}`, `@poc: /adjuntar ${disguised}`, `@poc: /adjuntar ${word}`]);
    expect(run.messages.map((m) => m.key)).toEqual(['invite-welcome', 'upload-refused-type', 'upload-refused-type', 'upload-receipt-unfiled']);
    const db = new Database(join(dataDir, 'bot.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT file_name AS name, mime FROM documents').all()).toEqual([{ name: 'acta.doc', mime: 'application/msword' }]);
    } finally {
      db.close();
    }
  });

  it('answers a webhook request with bad JSON 400, refuses a huge one (413, or the connection closed mid-body), and handles a good one', { timeout: 60_000 }, async () => {
    fake = await FakeBotApi.start();
    const dataDir = folder();
    const port = await freePort();
    const bot = new BotService(telegramEnv(fake, dataDir, { TELEGRAM_WEBHOOK_URL: 'https://bot.example.org/hook', TELEGRAM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET, TELEGRAM_WEBHOOK_PORT: String(port) }));
    bots.push(bot);
    await bot.ready();
    const post = (body: string | Buffer) =>
      fetch(`http://127.0.0.1:${port}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TEST_WEBHOOK_SECRET }, body });
    expect((await post('{"update_id": 1, "message": ')).status).toBe(400);
    expect((await post('[1, 2, 3]')).status).toBe(400);
    expect([413, 'closed']).toContain(await answerToHugePost(port, Buffer.alloc(2 * 1024 * 1024, 0x20)));
    const good = await post(JSON.stringify({ ...fake.message(3030, { text: '/ayuda' }), update_id: 7 }));
    expect(good.status).toBe(200);
    await fake.waitFor(() => fake!.sent(3030).length === 1, 'the answer', 15_000);
    expect(bot.child.exitCode).toBeNull();
  });

  it('answers others while one download never completes, and keeps that sender in order', { timeout: 60_000 }, async () => {
    fake = await FakeBotApi.start();
    const setup = testAppAtRealTime();
    dirs.push(setup.dataDir);
    const { code } = setup.app.invites.create({ role: 'poc' });
    setup.app.close();
    const bot = new BotService(telegramEnv(fake, setup.dataDir));
    bots.push(bot);
    await bot.ready();
    const slow = 4001;
    fake.sendText(slow, `/start ${code}`);
    await fake.waitFor(() => fake!.sent(slow).length === 1, 'the welcome', 15_000);
    const { file } = fake.sendDocument(slow, Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'), 'acta.pdf');
    fake.stallDownloads(file);
    fake.sendText(slow, '/ayuda');
    await fake.waitFor(() => fake!.downloads.includes(file.filePath), 'the stalled download', 15_000);
    const at = Date.now();
    for (const chat of [4002, 4003, 4004]) fake.sendText(chat, '/ayuda');
    await fake.waitFor(() => [4002, 4003, 4004].every((chat) => fake!.sent(chat).length === 1), 'the others answered', 15_000);
    expect(Date.now() - at).toBeLessThan(3000);
    // The slow sender's next message waits for their download: their messages stay in order.
    expect(fake.sent(slow)).toHaveLength(1);
  });
});
