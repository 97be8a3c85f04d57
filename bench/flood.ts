/**
 * Fairness under a flood (issue 13, defect 4): a bot process on Telegram, against the fake
 * Bot API with Telegram's limits (30 messages/s, 1/s per chat), receives 600 messages from
 * one registered person; meanwhile five other people write, round after round, and the
 * figure is how long each waited for the answer to arrive at the Bot API.
 */
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { FakeBotApi } from '../test/support/fake-bot-api.js';
import { othersWait } from '../test/support/others-wait.js';
import { BotService, telegramEnv } from '../test/support/spawn.js';
import { quantile, round } from './stats.js';

const FLOOD = 600;
const OTHERS = [8101, 8102, 8103, 8104, 8105];
const ROUNDS = 4;
const FLOODER = 9100;

/** Others' median and p99 wait while one registered person floods the bot. */
export async function benchFlood(dataDir: string) {
  const setup = createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
  const { code } = setup.invites.create({ role: 'poc' });
  setup.close();
  const api = await FakeBotApi.start({ rateLimit: { globalPerSecond: 30, perChatIntervalMs: 1000 } });
  const bot = new BotService(telegramEnv(api, dataDir, { TELEGRAM_PER_CHAT_INTERVAL_MS: '1000', TELEGRAM_GLOBAL_PER_SECOND: '30', LOG_LEVEL: 'info' }));
  try {
    await bot.ready(60_000);
    api.sendText(FLOODER, `/start ${code}`);
    await api.waitFor(() => api.sent(FLOODER).length === 1, 'the welcome', 30_000);
    for (let i = 0; i < FLOOD; i++) api.sendText(FLOODER, '/ayuda');
    const waits: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      waits.push(...(await othersWait(api, OTHERS, 60_000)));
    }
    const sorted = waits.sort((a, b) => a - b);
    return { flood_messages: FLOOD, samples: sorted.length, others_median_ms: round(quantile(sorted, 0.5), 0), others_p99_ms: round(quantile(sorted, 0.99), 0) };
  } finally {
    bot.child.kill('SIGKILL');
    await bot.exited;
    await api.close();
  }
}

