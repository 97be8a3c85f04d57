import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createGad } from '../../src/store/gads.js';
import { hhmm, toLocal } from '../../src/shared/zoned-time.js';
import { tempDir } from '../support/app.js';
import { BotProcess } from '../support/spawn.js';
import { testLogger } from '../support/logs.js';

let bot: BotProcess | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await bot?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  bot = dataDir = undefined;
});

/** A GAD with a POCL and one Foro member, and their invite codes. */
function prepare(dir: string): { pocl: string; member: string } {
  const app = createApp(loadConfig({ DATA_DIR: dir }), { logger: testLogger() });
  const now = new Date();
  const gad = createGad(app.db, { name: 'Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  const pocl = app.invites.create({ role: 'pocl', gadId: gad.id }).code;
  const member = app.invites.create({ role: 'foro', gadId: gad.id, attributes: { sector: 'academia', entity: 'UTPL', seat: 'principal' } }).code;
  app.close();
  return { pocl, member };
}

/** Waits until `predicate` holds for the bot's messages. */
async function waitFor(process: BotProcess, predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out; messages: ${JSON.stringify(process.messages())}\n${process.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('console, real time', () => {
  it('sends the reminder of a session a few minutes ahead once, across a restart', async () => {
    dataDir = tempDir();
    const codes = prepare(dataDir);
    const env = { DATA_DIR: dataDir, REMINDER_OFFSETS: '10m', REMINDER_WINDOW: '00:00-24:00', TELEGRAM_BOT_TOKEN: '', WHATSAPP_ENABLED: 'false' };
    bot = new BotProcess(env);
    const starts = toLocal(new Date(Date.now() + 5 * 60_000), 'America/Guayaquil');
    const date = `${starts.day}/${starts.month}/${starts.year}`;
    for (const line of [`@pocl: ${codes.pocl}`, `@ana: ${codes.member}`, '@pocl: /sesiones', '1', '1', date, hhmm(starts), '2 horas', 'https://meet.example.org/x', 'Plan de acción', '1']) {
      bot.send(line);
    }
    const toAna = () => bot!.messages().filter((message) => message.to === 'ana');
    const reminders = () => toAna().filter((message) => message.key === 'session-reminder' || message.key === 'session-reminder-ask');
    await waitFor(bot, () => reminders().length > 0, 75_000);
    expect(toAna().some((message) => message.key === 'session-invite' && message.file?.name.endsWith('.ics'))).toBe(true);
    expect(reminders()[0]!.text).toContain('https://meet.example.org/x');
    expect(await bot.end()).toBe(0);

    bot = new BotProcess(env);
    bot.send('@ana: /ayuda');
    await waitFor(bot, () => bot!.messages().some((message) => message.to === 'ana'), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(reminders()).toHaveLength(0);
    expect(await bot.end()).toBe(0);
  }, 120_000);
});
