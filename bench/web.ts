/**
 * The web portal at national scale: `/` and `/gad/:id` served by the bot's own process
 * (app and web server together, as `npm start` runs them) on a copy of the national data
 * set with published plans, loaded by autocannon from a separate process; then, after an
 * unmeasured warm-up replay, the bot's inbound throughput with and without the site under load.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createPlan, setPlanStatus } from '../src/store/plans.js';
import { markActivityDone } from '../src/store/progress.js';
import { startWebServer } from '../src/web/server.js';
import { freePort } from '../test/support/ports.js';
import { ROOT } from '../test/support/spawn.js';
import { benchInbound, createMixInvites } from './inbound.js';
import { buildMix } from './mix.js';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** Concurrent connections of the load generator. */
const CONNECTIONS = 10;
/** Local governments given a published plan (three commitments of three milestones). */
const PLANS = 150;
/** The steady load on the site while the bot's inbound throughput is measured. */
const STEADY_REQUESTS_PER_S = 100;

/** What one load run reports. */
interface LoadReport {
  requests: number;
  requests_per_s: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  non_2xx: number;
  errors: number;
}

/** Starts the load generator; `result` resolves with its report once it ends (or is stopped). */
function startLoad(base: string, paths: readonly string[], seconds: number, rate?: number): { stop(): void; result: Promise<LoadReport> } {
  const args = [join(ROOT, 'bench', 'web-load.ts'), base, paths.join(','), String(seconds), String(CONNECTIONS), ...(rate ? [String(rate)] : [])];
  const child = spawn(TSX, args, { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const result = new Promise<LoadReport>((resolve, reject) =>
    child.once('exit', () => {
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadReport);
      } catch {
        reject(new Error(`the load generator failed: ${stderr}`));
      }
    }),
  );
  return { stop: () => child.kill('SIGTERM'), result };
}

/** Gives `count` accepted GADs a published plan, as the plan flows would record it. */
function publishPlans(app: ReturnType<typeof createApp>, gadIds: readonly number[], now: Date): void {
  const commitment = (n: number) => ({
    title: `Compromiso ${n}: presupuesto participativo y datos abiertos`,
    problem: 'La ciudadanía no conoce ni discute el presupuesto del gobierno local',
    objective: 'Publicar el presupuesto en datos abiertos y debatirlo en asambleas',
    expectedResults: 'Presupuesto publicado y tres asambleas realizadas con actas',
    pillars: ['transparencia' as const, 'participacion' as const],
    responsibleEntity: 'Dirección de Participación Ciudadana',
    responsiblePersonId: null,
    responsibleName: 'Responsable',
    counterparts: ['Universidad', 'Fundación Ciudadana'],
    milestones: [1, 2, 3].map((m) => ({ deliverable: `Hito ${m} del compromiso ${n}`, startDate: `2026-0${m}-01`, dueDate: `2026-0${m + 3}-28` })),
  });
  app.db.$client.transaction(() => {
    for (const gadId of gadIds) {
      for (let n = 1; n <= 13; n++) markActivityDone(app.db, gadId, n, null, now);
      const { plan } = createPlan(app.db, gadId, { periodStart: '2026-01-01', periodEnd: '2027-12-31', commitments: [1, 2, 3].map(commitment) }, { personId: null, now });
      setPlanStatus(app.db, plan.id, 'approved', now);
      setPlanStatus(app.db, plan.id, 'published', now);
    }
  })();
}

/** Runs the web benchmark on a copy of the national data set. */
export async function benchWeb(dataDir: string, databasePath: string, options: { chatIds: readonly number[]; gadIds: readonly number[]; seconds: number; sessions: number; now: Date }) {
  const port = await freePort();
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_PATH: databasePath, WEB_PORT: String(port), WEB_RATE_LIMIT_PER_MINUTE: '1000000000', LOG_LEVEL: 'silent' });
  const app = createApp(config, { logger: pino({ level: 'silent' }) });
  const accepted = (app.db.$client.prepare(`SELECT id FROM gads WHERE status = 'accepted' ORDER BY id`).all() as { id: number }[]).map((row) => row.id);
  publishPlans(app, accepted.slice(0, PLANS), options.now);
  const web = await startWebServer(app);
  const base = web.address;
  const gadPaths = accepted.map((id) => `/gad/${id}`);
  try {
    const home = await startLoad(base, ['/'], options.seconds).result;
    const gad = await startLoad(base, gadPaths, options.seconds).result;

    // Three mixes on separate thirds of the known chats, so none finds another's open conversations.
    const third = Math.floor(options.chatIds.length / 3);
    const mix = (seed: number, chats: readonly number[], newcomer: number) => buildMix({ sessions: options.sessions, knownChatIds: chats, newcomerChatId: newcomer, seed });
    // An unmeasured replay first: measured cold, the quiet run would be the slower one for
    // reasons of its own (JIT, caches), and the site's load would seem to speed the bot up.
    const warmMix = mix(30, options.chatIds.slice(2 * third), 940_000_000);
    await benchInbound(app, warmMix, createMixInvites(app, warmMix, options.gadIds), 0, { yieldEach: true, idPrefix: 'web-warm' });
    const quietMix = mix(31, options.chatIds.slice(0, third), 950_000_000);
    const quiet = await benchInbound(app, quietMix, createMixInvites(app, quietMix, options.gadIds), 200, { yieldEach: true, idPrefix: 'web-quiet' });
    const loadedMix = mix(32, options.chatIds.slice(third, 2 * third), 960_000_000);
    const codes = createMixInvites(app, loadedMix, options.gadIds);
    const load = startLoad(base, ['/', ...gadPaths], 600, STEADY_REQUESTS_PER_S);
    let loaded;
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      loaded = await benchInbound(app, loadedMix, codes, 200, { yieldEach: true, idPrefix: 'web-loaded' });
    } finally {
      load.stop();
    }
    const siteDuringInbound = await load.result;
    return {
      gads: accepted.length,
      published_plans: Math.min(PLANS, accepted.length),
      connections: CONNECTIONS,
      steady_load_requests_per_s: STEADY_REQUESTS_PER_S,
      home,
      gad_page: gad,
      inbound_quiet: quiet,
      inbound_under_load: loaded,
      site_during_inbound: siteDuringInbound,
    };
  } finally {
    await web.close();
    app.close();
  }
}
