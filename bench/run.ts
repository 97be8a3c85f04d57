/**
 * `npm run bench`: builds the national data set in a temporary folder and measures the
 * bot on this machine. `-- --json` prints one JSON object; `-- --quick` (or
 * BENCH_QUICK=1) broadcasts to 600 people instead of 5,000 and replays a shorter mix.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { benchBaseline } from './baseline.js';
import { buildNationalDataset } from './dataset.js';
import { benchDispatch } from './dispatch.js';
import { benchInbound, createMixInvites } from './inbound.js';
import { buildMix } from './mix.js';
import { benchStartup } from './startup.js';
import { benchSweep } from './sweep.js';
import { benchWeb } from './web.js';
import { round } from './stats.js';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const SESSIONS = quick ? 1_000 : 3_000;
const WARMUP = 1_000;
const BROADCAST = quick ? 600 : 5_000;
/** A Tuesday, 10:00 in Guayaquil: inside the reminder window, so a sweep runs every job. */
const NOW = new Date('2026-11-24T15:00:00Z');

/** Progress goes to stderr, so `--json` output stays one object on stdout. */
function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function openApp(dataDir: string): App {
  return createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { logger: pino({ level: 'silent' }) });
}

const root = mkdtempSync(join(tmpdir(), 'eab-bench-'));
try {
  progress(`building the national data set in ${root}`);
  const ours = openApp(join(root, 'ours'));
  const dataset = buildNationalDataset(ours.db.$client, NOW);
  ours.db.$client.exec(`VACUUM INTO '${join(root, 'baseline.db')}'`);
  ours.db.$client.exec(`VACUUM INTO '${join(root, 'bot.db')}'`);
  ours.db.$client.exec(`VACUUM INTO '${join(root, 'web.db')}'`);
  const { chatIds, gadIds, ...datasetFigures } = dataset;
  progress(`data set: ${JSON.stringify(datasetFigures)}`);

  const mix = buildMix({ sessions: SESSIONS, knownChatIds: chatIds, newcomerChatId: 900_000_000, seed: 8 });
  progress(`inbound: ${mix.messages.length} messages through the engine`);
  const inbound = await benchInbound(ours, mix, createMixInvites(ours, mix, gadIds), WARMUP);

  progress('baseline: the same messages through grammY + @grammyjs/conversations');
  const baselineApp = createApp(loadConfig({ DATA_DIR: join(root, 'baseline'), DATABASE_PATH: join(root, 'baseline.db'), LOG_LEVEL: 'silent' }), {
    logger: pino({ level: 'silent' }),
  });
  const baseline = await benchBaseline(baselineApp, mix, createMixInvites(baselineApp, mix, gadIds), WARMUP);
  baselineApp.close();

  progress('scheduler sweep');
  const sweep = benchSweep(ours, NOW);

  progress(`dispatch: broadcast to ${BROADCAST} people through the fake Bot API (30/s, 1/s per chat)`);
  const dispatch = await benchDispatch(ours, chatIds.slice(0, BROADCAST));
  ours.close();

  progress('start-up and peak RSS of the bot process on the national data set');
  const startup = await benchStartup(join(root, 'bot'), join(root, 'bot.db'));

  progress('web: / and /gad/:id under load (autocannon in its own process), then inbound with and without the site under load');
  const web = await benchWeb(join(root, 'web'), join(root, 'web.db'), { chatIds, gadIds, seconds: quick ? 5 : 10, sessions: quick ? 200 : 400, now: NOW });

  const report = {
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_gb: round(totalmem() / 2 ** 30, 1), node: process.version, platform: process.platform },
    quick,
    dataset: datasetFigures,
    inbound,
    baseline,
    ratio_vs_baseline: round(inbound.updates_per_s / baseline.updates_per_s, 2),
    ...sweep,
    dispatch,
    rss_mb: startup.rss_mb,
    ready_ms: startup.ready_ms,
    startup,
    web,
    bench_process_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
