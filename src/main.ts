/**
 * Starts the bot: configuration, the app, the channels that are configured (the console
 * when none is), the dispatcher; shuts down once, cleanly, on SIGINT/SIGTERM or stdin EOF.
 */
import { createApp } from './app.js';
import { createConsoleAdapter } from './channels/console.js';
import type { ChannelAdapter } from './channels/types.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './shared/logger.js';
import { startScheduler } from './scheduler/index.js';
import { TELEGRAM_USERNAME_KEY, writeChannelState } from './store/channel-state.js';
import { createInvite, isFreshInstallation } from './store/invites.js';

const jsonl = process.argv.includes('--jsonl');

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const startedAt = performance.now();
const config = readConfig();
const useConsole = !config.telegram && !config.whatsapp;
const logger = createLogger(config.logLevel ?? (useConsole ? 'warn' : 'info'));
const app = createApp(config, { logger });
const removed = app.sweepOrphanFiles();
if (removed > 0) logger.warn({ removed }, 'removed stored files no document refers to');

if (isFreshInstallation(app.db)) {
  const { code } = createInvite(app.db, { role: 'poc' }, { now: app.clock.now(), ttlMs: config.invites.ttlMs });
  const notice = `${app.translator.t(config.defaultLocale, 'console-first-invite', { code })}\n`;
  (jsonl ? process.stderr : process.stdout).write(notice);
}

const adapters: ChannelAdapter[] = [];
const consoleAdapter = useConsole
  ? createConsoleAdapter({
      input: process.stdin,
      output: process.stdout,
      jsonl,
      documents: app.documents,
      onError: (error) => logger.error({ err: error }, 'console line failed'),
    })
  : undefined;
if (consoleAdapter) adapters.push(consoleAdapter);
// Channel libraries are loaded only when their channel is configured (Baileys alone
// weighs about 80 MB and a second of start-up).
const telegram = config.telegram
  ? (await import('./channels/telegram/telegram.js')).createTelegramAdapter({
      ...config.telegram,
      documents: app.documents,
      translate: (locale, key) => app.translator.t(locale, key),
      defaultLocale: config.defaultLocale,
      menus: { guest: (locale) => app.guestMenu(locale), forChat: (address) => app.commandMenu('telegram', address) },
      logger: logger.child({ channel: 'telegram' }),
    })
  : undefined;
if (telegram) adapters.push(telegram);
if (config.whatsapp?.provider === 'baileys') {
  adapters.push(
    (await import('./channels/whatsapp/whatsapp.js')).createWhatsAppAdapter({
      db: app.db,
      documents: app.documents,
      ...config.whatsapp,
      text: (key, address) => app.translator.t(app.localeOf('whatsapp', address), key),
      onLoggedOut: () => app.notifyRole('poc', 'whatsapp-logged-out'),
      clock: app.clock,
      logger: logger.child({ channel: 'whatsapp' }),
    }),
  );
}

const cloud =
  config.whatsapp?.provider === 'cloud'
    ? (await import('./channels/whatsapp-cloud/whatsapp-cloud.js')).createCloudAdapter({
        ...config.whatsapp,
        db: app.db,
        documents: app.documents,
        localeOf: (address) => app.localeOf('whatsapp', address),
        translate: (locale, key) => app.translator.t(locale, key),
        clock: app.clock,
        logger: logger.child({ channel: 'whatsapp' }),
      })
    : undefined;
if (cloud) adapters.push(cloud);

let stopping = false;
let scheduler: { stop(): void } | undefined;
let webhookServer: { close(): Promise<unknown> } | undefined;
/** Stops receiving, sends what can go out in a few seconds, closes the database. */
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    scheduler?.stop();
    await webhookServer?.close();
    await Promise.all(adapters.map((adapter) => adapter.stop().catch((err) => logger.error({ err }, 'adapter stop failed'))));
    await app.dispatcher.drain(useConsole ? 30_000 : 5_000);
    await app.dispatcher.stop();
    app.close();
    logger.info('stopped');
    process.exit(code);
  }
  return new Promise<never>(() => {});
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

for (const adapter of adapters) {
  app.attach(adapter);
  await adapter.start((inbound) => app.receive(inbound).then(() => undefined));
}
// TEMPORARY, until the web server (branch `web`) is on main: a minimal Fastify instance
// serves the Cloud API webhook on WHATSAPP_CLOUD_WEBHOOK_PORT. At merge, register
// `cloudWebhook` with `{ handler: cloud.webhook, logger }` on the web server instead, then
// delete this block and the variable.
if (cloud && config.whatsapp?.provider === 'cloud') {
  const { cloudWebhook } = await import('./channels/whatsapp-cloud/webhook.js');
  const server = (await import('fastify')).default({ logger: false });
  await server.register(cloudWebhook, { handler: cloud.webhook, logger: logger.child({ channel: 'whatsapp' }) });
  await server.listen({ port: config.whatsapp.webhookPort, host: '127.0.0.1' });
  webhookServer = server;
}
// END TEMPORARY
const username = telegram?.username();
if (username) writeChannelState(app.db, 'telegram', TELEGRAM_USERNAME_KEY, username, app.clock.now());
app.dispatcher.start();
scheduler = startScheduler(app);
logger.info({ channels: adapters.map((a) => a.id), readyMs: Math.round(performance.now() - startedAt) }, 'ready');
if (consoleAdapter) void consoleAdapter.finished.then(() => shutdown(0));
