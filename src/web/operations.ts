/**
 * /healthz (for a load balancer or an uptime check: 503 when the database does not answer,
 * the scheduler has not swept lately, the outbox is far behind, or a channel is failing or
 * logged out) and /metrics (Prometheus, answered only to this machine: the reverse proxy
 * forwards the visitor's address, so outside requests are refused).
 */
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge } from 'prom-client';
import { oldestDuePending, outboxStates } from '../store/desk.js';
import { pingDatabase } from '../store/db.js';
import type { WebContext } from './context.js';

/** A sweep older than this means the scheduler is stuck (it runs every minute). */
const SWEEP_STALE_MS = 5 * 60_000;
/** Pending messages overdue by more than this mean the dispatcher is not keeping up. */
const BACKLOG_STALE_MS = 15 * 60_000;

/** The health report /healthz returns. */
export interface Health {
  status: 'ok' | 'unhealthy';
  problems: string[];
  database: boolean;
  lastSweepAgeSeconds: number | null;
  backlog: { pending: number; oldestDueAgeSeconds: number | null };
  channels: Record<string, string>;
}

/** Checks the bot's health now. */
export function checkHealth(web: WebContext, startedAt: number): Health {
  const now = web.clock.now().getTime();
  const problems: string[] = [];
  const database = pingDatabase(web.db);
  if (!database) problems.push('database');
  const lastSweep = web.telemetry.lastSweepAt();
  const sweepAge = lastSweep ? now - lastSweep.getTime() : null;
  if (sweepAge === null ? now - startedAt > SWEEP_STALE_MS : sweepAge > SWEEP_STALE_MS) problems.push('scheduler');
  const pending = database ? outboxStates(web.db).reduce((sum, row) => sum + row.pending, 0) : 0;
  const due = database ? oldestDuePending(web.db) : null;
  const dueAge = due === null ? null : Math.max(0, now - due);
  if (dueAge !== null && dueAge > BACKLOG_STALE_MS) problems.push('backlog');
  const channels = web.telemetry.channelStates();
  for (const [channel, state] of Object.entries(channels)) if (state === 'failing' || state === 'logged_out') problems.push(`channel:${channel}`);
  return {
    status: problems.length ? 'unhealthy' : 'ok',
    problems,
    database,
    lastSweepAgeSeconds: sweepAge === null ? null : Math.round(sweepAge / 1000),
    backlog: { pending, oldestDueAgeSeconds: dueAge === null ? null : Math.round(dueAge / 1000) },
    channels,
  };
}

/** Whether an address is this machine. */
function isLoopback(ip: string): boolean {
  return ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.');
}

/** Registers /healthz and /metrics, and the gauges read from the store at each scrape. */
export function registerOperations(server: FastifyInstance, web: WebContext): void {
  const startedAt = web.clock.now().getTime();
  const registry = web.telemetry.registry;
  if (!registry.getSingleMetric('eab_outbox_pending')) {
    collectDefaultMetrics({ register: registry, prefix: 'eab_' });
    new Gauge({
      name: 'eab_outbox_pending',
      help: 'Messages waiting in the outbox, by channel.',
      labelNames: ['channel'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const row of outboxStates(web.db)) this.set({ channel: row.channel }, row.pending);
      },
    });
    new Gauge({
      name: 'eab_outbox_oldest_due_seconds',
      help: 'How overdue the oldest pending message is.',
      registers: [registry],
      collect() {
        const due = oldestDuePending(web.db);
        this.set(due === null ? 0 : Math.max(0, (web.clock.now().getTime() - due) / 1000));
      },
    });
    new Gauge({
      name: 'eab_scheduler_last_sweep_age_seconds',
      help: 'Seconds since the last scheduler sweep ended (-1 before the first).',
      registers: [registry],
      collect() {
        const last = web.telemetry.lastSweepAt();
        this.set(last ? (web.clock.now().getTime() - last.getTime()) / 1000 : -1);
      },
    });
    new Gauge({
      name: 'eab_channel_up',
      help: 'Whether each channel is up (1) or not (0), with its state.',
      labelNames: ['channel', 'state'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [channel, state] of Object.entries(web.telemetry.channelStates())) this.set({ channel, state }, state === 'up' ? 1 : 0);
      },
    });
  }

  server.get('/healthz', { config: { rateLimit: false } }, (_request, reply) => {
    const health = checkHealth(web, startedAt);
    return reply.code(health.status === 'ok' ? 200 : 503).header('cache-control', 'no-store').send(health);
  });

  server.get('/metrics', { config: { rateLimit: false } }, async (request, reply) => {
    if (!isLoopback(request.ip)) return reply.code(403).send('metrics are served to this machine only');
    return reply.type(registry.contentType).header('cache-control', 'no-store').send(await registry.metrics());
  });
}
