/**
 * The real app wired to the Telegram adapter, which talks to a fake Bot API server: what
 * the Telegram end-to-end tests share.
 */
import { rmSync } from 'node:fs';
import { createApp, type App } from '../../src/app.js';
import { createTelegramAdapter, type TelegramAdapter, type TelegramAdapterOptions } from '../../src/channels/telegram/telegram.js';
import { loadConfig } from '../../src/config.js';
import { FakeBotApi, type FakeBotApiOptions } from './fake-bot-api.js';
import { tempDir } from './app.js';
import { testLogger } from './logs.js';

/** A running app + adapter + fake server. */
export interface TelegramHarness {
  fake: FakeBotApi;
  app: App;
  adapter: TelegramAdapter;
  dataDir: string;
  /** Creates a POC invite, sends `/start CODE` from `chatId` and waits for the welcome. */
  onboard(chatId: number): Promise<void>;
  /** Rows of a table. */
  count(table: string): number;
  /** The message ids (locales/*.ftl) of what was sent to a chat, oldest first. */
  sentKeys(chatId: number): (string | undefined)[];
  close(): Promise<void>;
}

/** What a harness may change: environment variables, adapter options, fake server options. */
export interface HarnessOptions {
  env?: Record<string, string>;
  adapter?: Partial<TelegramAdapterOptions>;
  fake?: FakeBotApiOptions;
}

/** Starts a fake Bot API server, the app on a temporary DATA_DIR, and the adapter polling it. */
export async function startTelegramHarness(options: HarnessOptions = {}): Promise<TelegramHarness> {
  const fake = await FakeBotApi.start(options.fake);
  const dataDir = tempDir();
  const config = loadConfig({
    DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: fake.token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_PER_CHAT_INTERVAL_MS: '10',
    TELEGRAM_GLOBAL_PER_SECOND: '200',
    ...options.env,
  });
  const logger = testLogger();
  const app = createApp(config, { logger, dispatcher: { idleMs: 20 } });
  const adapter = createTelegramAdapter({
    ...config.telegram!,
    documents: app.documents,
    translate: (locale, key) => app.translator.t(locale, key),
    defaultLocale: config.defaultLocale,
    menus: { forChat: (address) => app.commandMenu('telegram', address) },
    logger,
    pollTimeoutSeconds: 1,
    ...options.adapter,
  });
  app.attach(adapter);
  await adapter.start(async (inbound) => {
    await app.receive(inbound);
  });
  app.dispatcher.start();

  const pendingRows = (chatId: number) =>
    (
      app.db.$client
        .prepare("SELECT count(*) AS n FROM outbox WHERE channel = 'telegram' AND address = ? AND status = 'pending'")
        .get(String(chatId)) as { n: number }
    ).n;
  const count = (table: string) => (app.db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    fake,
    app,
    adapter,
    dataDir,
    count,
    sentKeys: (chatId) =>
      (
        app.db.$client
          .prepare("SELECT payload FROM outbox WHERE channel = 'telegram' AND address = ? AND status = 'sent' ORDER BY id")
          .all(String(chatId)) as { payload: string }[]
      ).map((row) => (JSON.parse(row.payload) as { key?: string }).key),
    async onboard(chatId) {
      const { code } = app.invites.create({ role: 'poc' });
      const before = fake.texts(chatId).length;
      fake.sendText(chatId, `/start ${code}`);
      await fake.waitFor(() => fake.texts(chatId).length > before, 'the welcome');
      // The dispatcher marks the row sent once the platform has answered: wait for that too.
      await fake.waitFor(() => pendingRows(chatId) === 0, 'the welcome to be marked sent');
    },
    async close() {
      await adapter.stop();
      await app.dispatcher.stop();
      app.close();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
