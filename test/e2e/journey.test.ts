/**
 * One municipality walks the Guía from /interes to activity 11 on the console channel
 * (spawned, --jsonl), each actor a different handle (test/support/municipality-journey.ts).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/app.js';
import { municipalityJourney, type JourneyGrant } from '../support/municipality-journey.js';
import { BotProcess, runCli } from '../support/spawn.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const dataDir = tempDir();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function invite({ role, gremio }: JourneyGrant): string {
  const result = runCli(['invite', '--role', role, ...(gremio ? ['--gremio', gremio] : []), '--json'], { DATA_DIR: dataDir });
  return (JSON.parse(result.stdout) as { code: string }).code;
}

describe('a municipality from interest to activity 11 (console, --jsonl)', () => {
  it('follows the Guía, telling exactly the right people', { timeout: 240_000 }, async () => {
    // Invites first: the CLI and the bot must not hold the database at once.
    const codes = [invite({ role: 'poc' }), invite({ role: 'grupo_nucleo' }), invite({ role: 'gremio', gremio: 'AME' }), invite({ role: 'gremio', gremio: 'CONGOPE' })];
    const pdf = join(dataDir, 'documento.pdf');
    writeFileSync(pdf, PDF);
    // A zone where it is about 10:00 now, so today's sessions at 15:00 and 16:00 are still ahead.
    const offset = ((10 - new Date().getUTCHours() + 36) % 24) - 12;
    const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    const bot = new BotProcess({ DATA_DIR: dataDir, TIME_ZONE: zone });
    await municipalityJourney({
      send: (line) => bot.send(line),
      messages: () => bot.messages(),
      waitFor: (match, from) => bot.waitFor(match, from),
      invite: () => codes.shift()!,
      pdf,
      today,
    });
    expect(await bot.end()).toBe(0);
  });
});
