import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Translator } from '../../src/shared/i18n.js';
import { tempDir } from '../support/app.js';
import { BotProcess, ROOT, runCli } from '../support/spawn.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal PDF: what file-type needs to recognise one. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('console channel (spawned, --jsonl)', () => {
  it('onboards a POC from an invite printed by the CLI, in Spanish, and exits 0 at EOF', async () => {
    const DATA_DIR = dataDir();
    const invite = runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR });
    expect(invite.status).toBe(0);
    const { code } = JSON.parse(invite.stdout) as { code: string };
    const bot = new BotProcess({ DATA_DIR });
    bot.send(`@ana: /start ${code}`);
    bot.send('/ayuda');
    expect(await bot.end()).toBe(0);
    const messages = bot.messages();
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ to: 'ana', key: 'invite-welcome', text: expect.stringContaining('Punto de contacto ante OGP (POC)') });
    expect(messages[0]!.text).toContain('¿cuál es su nombre completo?');
    expect(messages[1]!.text).toContain('/invitar');
    expect(messages[1]!.key).toBeUndefined();
  });

  it('prints the first POC invite to stderr on an empty database, keeping stdout to JSON lines', async () => {
    const bot = new BotProcess({ DATA_DIR: dataDir() });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await bot.end()).toBe(0);
    const code = /([0-9A-Z]{16})/.exec(bot.stderr)?.[1];
    expect(code).toBeDefined();
    expect(bot.lines).toEqual([]);
  });

  it('resumes a conversation after the process is killed in the middle of it', async () => {
    const DATA_DIR = dataDir();
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR }).stdout) as { code: string };
    const first = new BotProcess({ DATA_DIR });
    first.send(`@ana: /start ${code}`);
    first.send('@ana: /idioma');
    await first.waitForLines(2);
    expect(first.messages()[1]!.choices?.map((c) => c.label)).toEqual(['Español', 'English']);
    await first.kill();

    const second = new BotProcess({ DATA_DIR });
    second.send('@ana: 2');
    expect(await second.end()).toBe(0);
    expect(second.messages()).toEqual([{ to: 'ana', key: 'language-changed', text: new Translator().t('en', 'language-changed') }]);
  });

  it('stores an attached PDF and acknowledges it with its hash; refuses a disguised executable', async () => {
    const DATA_DIR = dataDir();
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR }).stdout) as { code: string };
    const pdf = join(DATA_DIR, 'oficio.pdf');
    const exe = join(DATA_DIR, 'acta.pdf');
    writeFileSync(pdf, PDF_BYTES);
    writeFileSync(exe, Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200)]));
    const bot = new BotProcess({ DATA_DIR });
    bot.send(`@ana: /start ${code}`);
    bot.send(`@ana: /adjuntar ${pdf}`);
    bot.send(`@ana: /adjuntar ${exe}`);
    expect(await bot.end()).toBe(0);
    const [, receipt, refusal] = bot.messages();
    const hash = createHash('sha256').update(PDF_BYTES).digest('hex');
    expect(receipt!.key).toBe('upload-receipt-unfiled');
    expect(receipt!.text).toContain(hash.slice(0, 12));
    expect(refusal).toMatchObject({ key: 'upload-refused-type', text: expect.stringContaining('acta.pdf') });
    const stored = readdirSync(join(DATA_DIR, 'documents'), { recursive: true }).filter((f) => String(f).length === 67);
    expect(stored).toEqual([join(hash.slice(0, 2), hash)]);
    expect(existsSync(join(DATA_DIR, 'documents', hash.slice(0, 2), hash))).toBe(true);
  });
});

describe('the built bot (what npm start runs)', () => {
  it('builds to dist/ and answers on the console', async () => {
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const DATA_DIR = dataDir();
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR }).stdout) as { code: string };
    const child = spawnSync(process.execPath, [join(ROOT, 'dist', 'main.js'), '--jsonl'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR },
      input: `@ana: /start ${code}\n`,
      encoding: 'utf8',
    });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout.trim()).key).toBe('invite-welcome');
  });
});

describe('configuration errors', () => {
  it('exits 1 naming every bad variable, without printing a secret', async () => {
    const secret = 'not-a-token-but-secret-4815162342';
    const bot = new BotProcess({ DATA_DIR: dataDir(), TELEGRAM_BOT_TOKEN: secret, TIME_ZONE: 'Mars/Olympus', REMINDER_WINDOW: '19:00-08:00' }, []);
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toContain('TELEGRAM_BOT_TOKEN');
    expect(bot.stderr).toContain('TIME_ZONE');
    expect(bot.stderr).toContain('REMINDER_WINDOW');
    expect(bot.stderr).not.toContain(secret);
    expect(bot.lines).toEqual([]);
  });
});
