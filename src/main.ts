/**
 * Starts the bot: configuration, the app, the channels that are configured (the console
 * when none is), the dispatcher; shuts down once, cleanly, on SIGINT/SIGTERM or stdin EOF.
 */
import { createApp } from './app.js';
import { createConsoleAdapter } from './channels/console.js';
import type { ChannelAdapter } from './channels/types.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './shared/logger.js';
import { startBackups } from './scheduler/backups.js';
import { startScheduler } from './scheduler/index.js';
import { TELEGRAM_USERNAME_KEY, writeChannelState } from './store/channel-state.js';
import { acquireInstanceLock, InstanceLockedError, type InstanceLock } from './store/instance-lock.js';
import { createInvite, isFreshInstallation } from './store/invites.js';
import type { RunningWebServer } from './web/server.js';

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

/** One process per data directory: a second one exits 1, naming the first. */
function lockDataDir(config: Config): InstanceLock {
  try {
    return acquireInstanceLock(config.dataDir, config.databasePath, 'bot', new Date());
  } catch (error) {
    if (error instanceof InstanceLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const startedAt = performance.now();
const config = readConfig();
const lock = lockDataDir(config);
const useConsole = !config.telegram && !config.whatsapp;
const logger = createLogger(config.logLevel ?? (useConsole ? 'warn' : 'info'));
const app = createApp(config, { logger });
const sweep = app.sweepOrphanFiles();
if (sweep.untouched) {
  logger.warn({ documents: app.documents.root }, 'the database refers to no stored file but the document folder holds some: nothing moved; is DATABASE_PATH right? (npm run cli -- documents --orphans)');
}
if (sweep.quarantined.length > 0) {
  logger.warn({ quarantined: sweep.quarantined.length, folder: app.documents.quarantineRoot }, 'moved stored files no document refers to into quarantine (npm run cli -- documents --orphans)');
}
if (sweep.released.length > 0) logger.warn({ released: sweep.released.length }, 'brought quarantined files back: documents refer to them again');
if (sweep.missing.length > 0) logger.error({ missing: sweep.missing.length }, 'documents refer to files that are not stored (npm run cli -- documents --orphans)');

if (isFreshInstallation(app.db)) {
  // Once per database, on stderr only: the code is a credential, stdout may be a transcript.
  const { code } = createInvite(app.db, { role: 'poc' }, { now: app.clock.now(), ttlMs: config.invites.ttlMs });
  process.stderr.write(`${app.translator.t(config.defaultLocale, 'console-first-invite', { code })}\n`);
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
      syncCommitted: () => app.syncCommitted(),
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
      onLoggedOut: () => {
        app.telemetry.channel('whatsapp', 'logged_out');
        return app.notifyRole('poc', 'whatsapp-logged-out');
      },
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
let backups: { stop(): void } | undefined;
let web: RunningWebServer | undefined;
/** Stops receiving, sends what can go out in a few seconds, closes the database. */
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    scheduler?.stop();
    backups?.stop();
    await web?.close().catch((err) => logger.error({ err }, 'web server stop failed'));
    await Promise.all(adapters.map((adapter) => adapter.stop().catch((err) => logger.error({ err }, 'adapter stop failed'))));
    for (const adapter of adapters) app.telemetry.channel(adapter.id, 'stopped');
    await app.builder.stop();
    await app.dispatcher.drain(useConsole ? 30_000 : 5_000);
    await app.dispatcher.stop();
    app.close();
    lock.release();
    logger.info('stopped');
    process.exit(code);
  }
  return new Promise<never>(() => {});
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
// Whatever escapes goes through the logger (which keeps secrets out), never raw to stderr.
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception; stopping');
  void shutdown(1);
});
process.on('unhandledRejection', (error) => logger.error({ err: error }, 'unhandled rejection'));

for (const adapter of adapters) {
  app.attach(adapter);
  try {
    await adapter.start((inbound) => app.receive(inbound).then(() => undefined));
    app.telemetry.channel(adapter.id, 'up');
  } catch (error) {
    logger.fatal({ err: error, channel: adapter.id }, 'channel could not start');
    await shutdown(1);
  }
}
const username = telegram?.username();
if (username) writeChannelState(app.db, 'telegram', TELEGRAM_USERNAME_KEY, username, app.clock.now());
app.dispatcher.start();
app.builder.start();
backups = startBackups(app);
logger.info({ channels: adapters.map((a) => a.id), readyMs: Math.round(performance.now() - startedAt) }, 'ready');
// Ready first: the catch-up on what fell due while the bot was down runs in slices after it.
scheduler = startScheduler(app);
// The web portal starts once the bot is ready (it never delays the first answer). If its
// port is taken, the bot runs without it and says so.
if (config.web) {
  const settings = config.web;
  void import('./web/server.js')
    .then(({ startWebServer }) => startWebServer(app, { whatsappWebhook: cloud?.webhook }))
    .then((server) => {
      if (stopping) return server.close();
      web = server;
      logger.info({ address: server.address }, 'web server listening');
    })
    .catch((err: unknown) => logger.error({ err, port: settings.port }, 'web server could not start; the bot runs without it'));
}
if (consoleAdapter) void consoleAdapter.finished.then(() => shutdown(0));
