import { afterEach, describe, expect, it } from 'vitest';
import { startScheduler } from '../../../src/scheduler/index.js';
import { webTest, type WebTest } from '../../support/web.js';

let t: WebTest | undefined;
afterEach(async () => {
  await t?.server.close();
  t?.cleanup();
});

describe('operations endpoints', () => {
  it('/healthz is 200 while the database answers, sweeps run and channels work; 503 when a channel fails', async () => {
    t = await webTest();
    const scheduler = startScheduler(t.app);
    await scheduler.caughtUp;
    scheduler.stop();
    t.app.telemetry.channel('telegram', 'up');
    const ok = await t.get('/healthz');
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ status: 'ok', database: true, lastSweepAgeSeconds: 0, channels: { telegram: 'up' } });

    for (let i = 0; i < 5; i++) t.app.telemetry.outbound('telegram', 'transient');
    const failing = await t.get('/healthz');
    expect(failing.status).toBe(503);
    expect(JSON.parse(failing.body).problems).toEqual(['channel:telegram']);
    t.app.telemetry.outbound('telegram', 'sent');
    expect((await t.get('/healthz')).status).toBe(200);
  });

  it('/healthz reports a stuck scheduler and an outbox far behind', async () => {
    t = await webTest();
    startScheduler(t.app).stop();
    t.say('someone', 'hola');
    t.clock.advance(20 * 60_000);
    const health = JSON.parse((await t.get('/healthz')).body);
    expect(health.problems).toEqual(['scheduler', 'backlog']);
    expect(health.backlog.pending).toBeGreaterThan(0);
  });

  it('/metrics counts messages in and out per channel for this machine only', async () => {
    t = await webTest();
    await t.app.receive({ channel: 'console', externalId: 'm1', address: 'ana', displayName: 'Ana', text: '/ayuda' });
    t.app.telemetry.outbound('console', 'sent');
    const metrics = await t.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('eab_messages_in_total{channel="console",outcome="handled"} 1');
    expect(metrics.body).toContain('eab_messages_out_total{channel="console",result="sent"} 1');
    expect(metrics.body).toContain('eab_outbox_pending{channel="console"}');
    expect(metrics.body).toContain('eab_scheduler_sweep_duration_seconds_bucket');
    expect((await t.get('/metrics', { 'x-forwarded-for': '203.0.113.9' })).status).toBe(403);
  });

  it('limits requests per address and sends security headers', async () => {
    t = await webTest({ WEB_RATE_LIMIT_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await t.get('/', { 'x-forwarded-for': '198.51.100.7' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await t.get('/', { 'x-forwarded-for': '198.51.100.8' })).status).toBe(200);
    const page = await t.get('/datos/');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});
