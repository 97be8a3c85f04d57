/**
 * A receipt is a promise (issue 13, defect 7): the bot process runs under strace, and the
 * order of its system calls shows that an uploaded file is fsynced, renamed into place and
 * its folder fsynced before its row commits, and that the commit is made durable (the WAL
 * fsynced) before the receipt is written out — with synchronous=NORMAL, the default.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { BotService, runCli } from '../support/spawn.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const straceWorks = spawnSync('strace', ['-qq', '-e', 'trace=none', 'true']).status === 0;

describe('the order of writes behind a receipt', () => {
  it('fsyncs the file and its folder, then makes the commit durable, before the receipt goes out', { timeout: 60_000 }, async () => {
    expect(straceWorks, 'strace is needed to watch the system calls').toBe(true);
    const dataDir = join(dir, 'data');
    const trace = join(dir, 'trace.txt');
    const upload = join(dir, 'acta.pdf');
    writeFileSync(upload, '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% durable\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: dataDir }).stdout) as { code: string };
    const bot = new BotService(
      { DATA_DIR: dataDir },
      { args: ['--jsonl'], wrap: (command) => ['strace', '-f', '-y', '-qq', '-s', '300', '-e', 'trace=fsync,fdatasync,rename,renameat,renameat2,write', '-o', trace, ...command] },
    );
    bot.child.stdin.end(`@poc: /start ${code}\n@poc: /adjuntar ${upload}\n`);
    expect(await bot.exited).toBe(0);
    expect(bot.stdout).toContain('upload-receipt-unfiled');

    const lines = readFileSync(trace, 'utf8').split('\n');
    const at = (test: (line: string) => boolean, after = -1) => lines.findIndex((line, index) => index > after && test(line));
    const fileSynced = at((line) => /fsync\(\d+<[^>]*\/documents\/incoming\/[0-9a-f]+\.tmp>\)/.test(line));
    const renamed = at((line) => /rename(at2?)?\(.*\/documents\/incoming\/[0-9a-f]+\.tmp".*\/documents\/[0-9a-f]{2}\/[0-9a-f]{64}"/.test(line), fileSynced);
    const folderSynced = at((line) => /fsync\(\d+<[^>]*\/documents\/[0-9a-f]{2}>\)/.test(line), renamed);
    const receipt = at((line) => /write\(1<[^>]*>, ".*upload-receipt-unfiled/.test(line), folderSynced);
    const walSynced = at((line) => /f(data)?sync\(\d+<[^>]*\/bot\.db-wal>\)/.test(line), folderSynced);
    expect(fileSynced, 'the uploaded file is fsynced').toBeGreaterThan(-1);
    expect(renamed, 'then renamed into place').toBeGreaterThan(fileSynced);
    expect(folderSynced, 'then its folder fsynced').toBeGreaterThan(renamed);
    expect(receipt, 'the receipt is written after all that').toBeGreaterThan(folderSynced);
    expect(walSynced, 'the commit holding its row is made durable before the receipt').toBeGreaterThan(folderSynced);
    expect(walSynced).toBeLessThan(receipt);
  });
});
