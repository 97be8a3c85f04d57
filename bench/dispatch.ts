/**
 * The dispatcher against Telegram's limits: a broadcast queued in the outbox for
 * distinct Telegram people, sent by the real Dispatcher through the real Telegram
 * adapter to the fake Bot API server, which answers 429 + retry_after past 30
 * messages/s overall or 1/s per chat. Measures the achieved rate and the 429s.
 */
import pino from 'pino';
import type { App } from '../src/app.js';
import { createTelegramAdapter } from '../src/channels/telegram/telegram.js';
import { loadConfig } from '../src/config.js';
import { pendingCount } from '../src/store/outbox.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';
import { round } from './stats.js';

const BROADCAST_TEXT =
  'Recordatorio: el Foro Multiactor sesiona mañana a las 10:00 en la Sala de sesiones. Confirma tu asistencia con /foro. ' +
  'Orden del día: seguimiento del plan de acción y revisión de compromisos.';

/**
 * Queues one broadcast row per chat id and sends them all; `meanwhile` runs while the
 * broadcast is being paced out (the mixed figure: inbound throughput during a broadcast),
 * and the replies it leaves are then marked sent so they do not lengthen the broadcast.
 */
export async function benchDispatch<T>(app: App, chatIds: readonly number[], meanwhile: () => Promise<T>) {
  const api = await FakeBotApi.start({ rateLimit: { globalPerSecond: 30, perChatIntervalMs: 1000 } });
  const telegram = loadConfig({ DATA_DIR: app.config.dataDir, TELEGRAM_BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot }).telegram!;
  const client = app.db.$client;
  // Replies left by the inbound benchmark would be sent first: mark them done.
  client.prepare(`UPDATE outbox SET status = 'sent' WHERE status = 'pending'`).run();
  const now = Date.now();
  const insert = client.prepare(
    `INSERT INTO outbox (identity_id, channel, address, payload, next_attempt_at, created_at)
     SELECT id, channel, address, ?, ?, ? FROM identities WHERE channel = 'telegram' AND address = ?`,
  );
  client.transaction(() => {
    for (const chatId of chatIds) insert.run(JSON.stringify({ text: BROADCAST_TEXT }), now, now, String(chatId));
  })();

  const adapter = createTelegramAdapter({
    ...telegram,
    documents: app.documents,
    translate: (locale, key) => app.translator.t(locale, key),
    logger: pino({ level: 'silent' }),
  });
  app.attach(adapter);
  const started = Date.now();
  app.dispatcher.start();
  const inbound = await meanwhile();
  client.prepare(`UPDATE outbox SET status = 'sent' WHERE status = 'pending' AND payload != ?`).run(JSON.stringify({ text: BROADCAST_TEXT }));
  while (pendingCount(app.db, 'telegram') > 0) await new Promise((resolve) => setTimeout(resolve, 200));
  await app.dispatcher.stop();
  await api.close();

  const sends = api.sent();
  const first = sends[0]?.at ?? started;
  const last = sends.at(-1)?.at ?? started;
  const msgsPerSecond = sends.length > 1 ? ((sends.length - 1) * 1000) / (last - first) : 0;
  const broadcast = {
    recipients: chatIds.length,
    sent: sends.length,
    seconds: round((last - first) / 1000, 1),
    msgs_per_s: round(msgsPerSecond, 2),
    percent_of_limit: round((msgsPerSecond / telegram.globalPerSecond) * 100, 1),
    http_429: api.rateLimited,
    global_per_second: telegram.globalPerSecond,
  };
  return { broadcast, inbound };
}
