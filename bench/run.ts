/**
 * `npm run bench`: builds the national data set in a temporary folder and measures the
 * bot on this machine. `-- --json` prints one JSON object and writes it, with the
 * machine's description, to `bench/results/latest.json` (what `npm run bench:readme`
 * turns into the README's table); `-- --quick` (or BENCH_QUICK=1) broadcasts to 600 people
 * instead of 5,000 and replays a shorter mix; `-- --runs N` repeats the headline inbound
 * and baseline runs (3 by default; the report gives median, min and max); `-- --scale N`
 * measures again on N × the national data set (10 by default; 1 skips it).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { createApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { benchBaseline } from './baseline.js';
import { buildNationalDataset, type Dataset } from './dataset.js';
import { benchDispatch } from './dispatch.js';
import { benchFlood } from './flood.js';
import { benchInbound, createMixInvites } from './inbound.js';
import { buildMix, type Mix } from './mix.js';
import { spreadOf, type BenchReport, type WebFigure } from './report.js';
import { benchStartup } from './startup.js';
import { benchSweep } from './sweep.js';
import { benchWeb } from './web.js';
import { round } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
/** The value of `--name N` on the command line, or `fallback`. */
function numberOption(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1`);
  return value;
}
const RUNS = numberOption('runs', 3);
const SCALE = numberOption('scale', 10);
const SESSIONS = quick ? 1_000 : 2_000;
const WARMUP = 1_000;
const BROADCAST = quick ? 600 : 5_000;
/** A Tuesday, 10:00 in Guayaquil: inside the reminder window, so a sweep runs every job. */
const NOW = new Date('2026-11-24T15:00:00Z');
const loadAtStart = loadavg().map((n) => round(n, 2));
const startedAt = performance.now();

/** Progress goes to stderr, so `--json` output stays one object on stdout. */
function progress(message: string): void {
  process.stderr.write(`bench: ${message} (${round((performance.now() - startedAt) / 1000, 0)} s)\n`);
}

function openApp(dataDir: string, databasePath?: string, env: Record<string, string> = {}): App {
  return createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(databasePath ? { DATABASE_PATH: databasePath } : {}), ...env }), {
    logger: pino({ level: 'silent' }),
  });
}

/** A fresh copy of the built data set, opened as the bot opens it. */
function copyOf(root: string, name: string, env: Record<string, string> = {}): App {
  copyFileSync(join(root, 'template.db'), join(root, `${name}.db`));
  return openApp(join(root, name), join(root, `${name}.db`), env);
}

/** Builds `scale` × the national data set once, as `template.db` in `root`. */
function buildTemplate(root: string, scale: number): Dataset {
  const app = openApp(join(root, 'build'));
  const dataset = buildNationalDataset(app.db.$client, NOW, scale);
  app.db.$client.exec(`VACUUM INTO '${join(root, 'template.db')}'`);
  app.close();
  // VACUUM INTO writes a rollback-journal database; a running bot's is in WAL mode. Convert
  // it once here, or every copy's first open would (fsyncing the whole file) inside "ready".
  const template = new Database(join(root, 'template.db'));
  template.pragma('journal_mode = WAL');
  template.close();
  return dataset;
}

/** One inbound run of the engine on a fresh copy of the data set (`env`: configuration to change, such as SQLITE_SYNCHRONOUS). */
async function engineRun(root: string, run: string, mix: Mix, gadIds: readonly number[], env: Record<string, string> = {}) {
  const app = copyOf(root, run, env);
  try {
    return await benchInbound(app, mix, createMixInvites(app, mix, gadIds), WARMUP);
  } finally {
    app.close();
  }
}

/** One run of the grammY + conversations baseline on a fresh copy of the data set. */
async function baselineRun(root: string, run: string, mix: Mix, gadIds: readonly number[]) {
  const app = copyOf(root, run);
  try {
    return await benchBaseline(app, mix, createMixInvites(app, mix, gadIds), WARMUP);
  } finally {
    app.close();
  }
}

/** The scheduler's catch-up and steady sweep on a fresh copy. */
async function sweepRun(root: string) {
  const app = copyOf(root, 'sweep');
  try {
    return await benchSweep(app, NOW);
  } finally {
    app.close();
  }
}

/** The web pages' figures of a benchWeb result, at a scale. */
function webFigures(scale: number, web: Awaited<ReturnType<typeof benchWeb>>): WebFigure[] {
  return [
    { scale, path: '/', connections: web.connections, requests_per_s: web.home.requests_per_s, p95_ms: web.home.p95_ms },
    { scale, path: '/gad/:id', connections: web.connections, requests_per_s: web.gad_page.requests_per_s, p95_ms: web.gad_page.p95_ms },
  ];
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

const ratio = (base: number, scaled: number) => ({ base, scaled, ratio: round(scaled / base, 2) });

const root = mkdtempSync(join(tmpdir(), 'eab-bench-'));
const scaledRoot = join(root, 'scaled');
mkdirSync(scaledRoot);
try {
  progress(`building the national data set in ${root}`);
  const { chatIds, gadIds, ...datasetFigures } = buildTemplate(root, 1);
  progress(`data set: ${JSON.stringify(datasetFigures)}`);

  const mix = buildMix({ sessions: SESSIONS, knownChatIds: chatIds.slice(BROADCAST), newcomerChatId: 900_000_000, seed: 8 });
  const engineRuns: Awaited<ReturnType<typeof engineRun>>[] = [];
  const baselineRuns: Awaited<ReturnType<typeof baselineRun>>[] = [];
  for (let run = 1; run <= RUNS; run++) {
    progress(`run ${run}/${RUNS}: ${mix.messages.length} messages through the engine, then through grammY + @grammyjs/conversations`);
    engineRuns.push(await engineRun(root, `ours-${run}`, mix, gadIds));
    baselineRuns.push(await baselineRun(root, `baseline-${run}`, mix, gadIds));
  }

  progress('scheduler sweep: catch-up and steady');
  const sweep = await sweepRun(root);

  progress(`dispatch: broadcast to ${BROADCAST} people through the fake Bot API (30/s, 1/s per chat), inbound meanwhile`);
  const dispatchApp = copyOf(root, 'dispatch');
  const dispatch = await benchDispatch(dispatchApp, chatIds.slice(0, BROADCAST), async () => {
    const mixed = buildMix({ sessions: quick ? 100 : 300, knownChatIds: chatIds.slice(BROADCAST), newcomerChatId: 970_000_000, seed: 12 });
    return benchInbound(dispatchApp, mixed, createMixInvites(dispatchApp, mixed, gadIds), 100, { yieldEach: true, idPrefix: 'mixed' });
  });
  dispatchApp.close();

  progress('durability: the inbound mix with synchronous=NORMAL (synced before telling anyone), then FULL (every commit)');
  const durabilityMix = buildMix({ sessions: quick ? 300 : 1_000, knownChatIds: chatIds.slice(BROADCAST), newcomerChatId: 980_000_000, seed: 21 });
  // Durable receipts (issue 13): every commit synced (FULL) against the WAL synced before anyone is told (NORMAL), on disk.
  const normal = await engineRun(root, 'durability-normal', durabilityMix, gadIds, { SQLITE_SYNCHRONOUS: 'NORMAL' });
  const full = await engineRun(root, 'durability-full', durabilityMix, gadIds, { SQLITE_SYNCHRONOUS: 'FULL' });
  const durability = { normal, full, full_slowdown: round(normal.updates_per_s / full.updates_per_s, 2) };

  progress(`flood: one person sends 600 messages to a bot process on the fake Bot API; five others write meanwhile`);
  const flood = await benchFlood(join(root, 'flood'));

  progress('start-up and peak RSS of the bot process on the national data set');
  copyFileSync(join(root, 'template.db'), join(root, 'bot.db'));
  const startup = await benchStartup(join(root, 'bot'), join(root, 'bot.db'));

  const webSeconds = quick ? 5 : 8;
  progress('web: / and /gad/:id under load (autocannon in its own process), then inbound with and without the site under load');
  copyFileSync(join(root, 'template.db'), join(root, 'web.db'));
  const web = await benchWeb(join(root, 'web'), join(root, 'web.db'), { chatIds, gadIds, seconds: webSeconds, sessions: quick ? 200 : 300, now: NOW });

  let scaled;
  if (SCALE > 1) {
    progress(`scale ×${SCALE}: building the data set`);
    const big = buildTemplate(scaledRoot, SCALE);
    const { chatIds: bigChats, gadIds: bigGads, ...bigFigures } = big;
    progress(`scale ×${SCALE}: ${JSON.stringify(bigFigures)}; inbound, sweep, start-up, web`);
    const bigMix = buildMix({ sessions: SESSIONS, knownChatIds: bigChats.slice(BROADCAST), newcomerChatId: 900_000_000, seed: 8 });
    const inbound = await engineRun(scaledRoot, 'ours', bigMix, bigGads);
    const bigSweep = await sweepRun(scaledRoot);
    copyFileSync(join(scaledRoot, 'template.db'), join(scaledRoot, 'bot.db'));
    const bigStartup = await benchStartup(join(scaledRoot, 'bot'), join(scaledRoot, 'bot.db'));
    copyFileSync(join(scaledRoot, 'template.db'), join(scaledRoot, 'web.db'));
    const bigWeb = await benchWeb(join(scaledRoot, 'web'), join(scaledRoot, 'web.db'), {
      chatIds: bigChats,
      gadIds: bigGads,
      seconds: webSeconds,
      sessions: quick ? 200 : 300,
      now: NOW,
    });
    scaled = { dataset: bigFigures, inbound, ...bigSweep, startup: bigStartup, web: bigWeb };
  }

  const engineRates = spreadOf(engineRuns.map((r) => r.updates_per_s));
  const engineP50 = spreadOf(engineRuns.map((r) => r.p50_ms)).median;
  const report: BenchReport & Record<string, unknown> = {
    generated_at: new Date().toISOString(),
    commit: gitCommit(),
    duration_s: round((performance.now() - startedAt) / 1000, 0),
    machine: {
      cpus: cpus().length,
      cpu_model: cpus()[0]?.model ?? 'unknown',
      memory_gb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: process.platform,
      load_average_start: loadAtStart,
      load_average_end: loadavg().map((n) => round(n, 2)),
    },
    quick,
    runs: RUNS,
    dataset: datasetFigures,
    inbound: {
      updates_per_s: engineRates,
      p50_ms: engineP50,
      p99_ms: spreadOf(engineRuns.map((r) => r.p99_ms)),
      without_file_store: {
        updates_per_s: spreadOf(engineRuns.map((r) => r.without_file_store.updates_per_s)),
        p99_ms: spreadOf(engineRuns.map((r) => r.without_file_store.p99_ms)),
      },
    },
    baseline: {
      updates_per_s: spreadOf(baselineRuns.map((r) => r.updates_per_s)),
      without_file_store: { updates_per_s: spreadOf(baselineRuns.map((r) => r.without_file_store.updates_per_s)) },
    },
    ratio_vs_baseline: spreadOf(engineRuns.map((r, i) => round(r.updates_per_s / baselineRuns[i]!.updates_per_s, 2))),
    ratio_without_file_store: spreadOf(
      engineRuns.map((r, i) => round(r.without_file_store.updates_per_s / baselineRuns[i]!.without_file_store.updates_per_s, 2)),
    ),
    sweep_ms: sweep.sweep_ms,
    sweep_first_ms: sweep.sweep_first_ms,
    sweep_catch_up: sweep.sweep_catch_up,
    dispatch: dispatch.broadcast,
    mixed: { recipients: BROADCAST, updates_per_s: dispatch.inbound.updates_per_s, p99_ms: dispatch.inbound.p99_ms },
    flood,
    durability: { normal_updates_per_s: durability.normal.updates_per_s, full_updates_per_s: durability.full.updates_per_s, full_slowdown: durability.full_slowdown },
    rss_mb: startup.rss_mb,
    ready_ms: startup.ready_ms,
    web: [...webFigures(1, web), ...(scaled ? webFigures(SCALE, scaled.web) : [])],
    ...(scaled && {
      scale: {
        factor: SCALE,
        gads: scaled.dataset.gads,
        people: scaled.dataset.people,
        per_message_p50_ms: ratio(engineP50, scaled.inbound.p50_ms),
        sweep_ms: ratio(sweep.sweep_ms, scaled.sweep_ms),
        rss_mb: ratio(startup.rss_mb ?? Number.NaN, scaled.startup.rss_mb ?? Number.NaN),
        ready_ms: ratio(startup.ready_ms, scaled.startup.ready_ms),
      },
    }),
    // The detail behind the headline figures, for whoever reads the file.
    detail: {
      inbound_runs: engineRuns,
      baseline_runs: baselineRuns,
      sweep: sweep,
      mixed_inbound: dispatch.inbound,
      durability,
      startup,
      web,
      scaled,
      bench_process_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    },
  };
  if (json) {
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  }
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`);
  progress('done');
} finally {
  rmSync(root, { recursive: true, force: true });
}
