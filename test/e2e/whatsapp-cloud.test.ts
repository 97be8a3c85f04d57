/** The bot started as an operator would with WHATSAPP_PROVIDER=cloud, against the fake Graph API; and the templates' CLI. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../support/app.js';
import { FAKE_CLOUD, FakeGraphApi } from '../support/fake-graph-api.js';
import { captureOutput } from '../support/logs.js';
import { ROOT, runCli } from '../support/spawn.js';
import { approvedTemplates, cloudEnv } from '../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('WhatsApp over the Cloud API (spawned)', () => {
  it('prints the templates to submit, in Spanish and English', () => {
    const result = runCli(['whatsapp-templates', '--json']);
    expect(result.status).toBe(0);
    const definitions = JSON.parse(result.stdout) as { name: string; language: string; category: string }[];
    expect(new Set(definitions.map((d) => d.language))).toEqual(new Set(['es', 'en']));
    expect(definitions.every((d) => d.category === 'UTILITY')).toBe(true);
    expect(definitions.map((d) => d.name)).toContain('estado_abierto_session_reminder');
  });

  it('serves the webhook, answers an invite code through the Graph API and stops cleanly', { timeout: 60_000 }, async () => {
    const fake = await FakeGraphApi.start({ templates: approvedTemplates() });
    cleanups.push(() => fake.close());
    const dataDir = tempDir();
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    fake.webhookUrl = `http://127.0.0.1:${port}/whatsapp/webhook`;
    const { code } = JSON.parse(runCli(['invite', '--role', 'poc', '--json'], { DATA_DIR: dataDir }).stdout) as { code: string };
    // node with the tsx loader: one process, which receives the SIGTERM itself.
    const bot = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...cloudEnv(fake.apiRoot), WEB_PORT: String(port), WHATSAPP_CLOUD_PER_CHAT_INTERVAL_MS: '100' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    captureOutput(bot.stderr);
    bot.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    cleanups.push(() => void bot.kill('SIGKILL'));

    const handshake = `${fake.webhookUrl}?hub.mode=subscribe&hub.verify_token=${FAKE_CLOUD.verifyToken}&hub.challenge=8675309`;
    await vi.waitFor(async () => expect(await (await fetch(handshake)).text()).toBe('8675309'), { timeout: 30_000, interval: 200 });
    expect(await fake.say(ANA, code)).toBe(200);
    await vi.waitFor(() => expect(fake.sentTo(ANA)).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(fake.lastTo(ANA).type).toBe('text');

    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toContain('"msg":"ready"');
    for (const secret of [FAKE_CLOUD.token, FAKE_CLOUD.appSecret, FAKE_CLOUD.verifyToken]) expect(stderr).not.toContain(secret);
  });
});
