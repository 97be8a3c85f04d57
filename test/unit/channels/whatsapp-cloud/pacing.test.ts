/** Meta's limits and refusals as the dispatcher feels them: which scope waits, what is retried, what fails for good. */
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../../../src/shared/messages.js';
import { readableText } from '../../../support/fake-graph-api.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';
const LUIS = '593987654321';

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const notice = (h: CloudHarness, number: string) => h.fake.sentTo(number).filter((m) => readableText(m) === h.es('whatsapp-logged-out'));
const message = (h: CloudHarness, number: string, id = 1): OutboundMessage => ({ id, channel: 'whatsapp', address: h.address(number), text: 'hola' });

/** Ana and Luis, both POCs on WhatsApp, 10 messages/s for the number; the pair intervals of their welcomes passed. */
async function twoPeople(): Promise<CloudHarness> {
  const harness = await startCloudHarness({ env: { WHATSAPP_CLOUD_GLOBAL_PER_SECOND: '10' } });
  await harness.onboard(ANA);
  await harness.onboard(LUIS);
  harness.clock.advance(10_000);
  return harness;
}

describe('pacing under Meta\'s limits', () => {
  it('backs off only that person after 131056', async () => {
    h = await twoPeople();
    h.fake.failures.push({ code: 131056, to: ANA });
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.app.dispatcher.drain(200);
    h.clock.advance(200);
    await h.app.dispatcher.drain(200);
    expect(notice(h, LUIS)).toHaveLength(1);
    expect(notice(h, ANA)).toHaveLength(0);
    const row = h.app.db.$client.prepare('SELECT attempts, last_error AS error, next_attempt_at - ? AS wait FROM outbox WHERE status = ?').get(h.clock.now().getTime(), 'pending') as { attempts: number; error: string; wait: number };
    expect(row.attempts).toBe(0);
    expect(row.error).toMatch(/^131056 /);
    expect(row.wait).toBeGreaterThan(5_000);
    await h.deliver();
    expect(notice(h, ANA)).toHaveLength(1);
  });

  it('holds every send of the number back after 130429', async () => {
    h = await twoPeople();
    h.fake.failures.push({ code: 130429, to: ANA });
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.app.dispatcher.drain(200);
    // Past the pacing's own spacing, but within the hold: Luis waits too.
    h.clock.advance(500);
    await h.app.dispatcher.drain(200);
    expect(notice(h, LUIS)).toHaveLength(0);
    h.clock.advance(600);
    await h.deliver();
    expect(notice(h, LUIS)).toHaveLength(1);
    expect(notice(h, ANA)).toHaveLength(1);
  });

  it('doubles the wait while Meta keeps refusing, and starts again after a success', async () => {
    h = await twoPeople();
    h.fake.failures.push({ code: 131056, to: ANA, times: 2 }, { code: 130429, times: 2 });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ kind: 'retry', scope: 'chat', afterMs: 6_000 });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ kind: 'retry', scope: 'chat', afterMs: 12_000 });
    expect(await h.adapter.send(message(h, LUIS))).toMatchObject({ kind: 'retry', scope: 'channel', afterMs: 1_000 });
    expect(await h.adapter.send(message(h, LUIS))).toMatchObject({ kind: 'retry', scope: 'channel', afterMs: 2_000 });
    expect(await h.adapter.send(message(h, ANA))).toEqual({ kind: 'sent' });
    h.fake.failures.push({ code: 131056, to: ANA }, { code: 130429 });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ afterMs: 6_000 });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ afterMs: 1_000 });
  });
});

describe('refusals', () => {
  it('retries 5xx and answers that are not JSON, and fails a message Meta refuses for good', async () => {
    h = await twoPeople();
    h.fake.failures.push({ code: 131000, to: ANA }, { code: 502, to: ANA, notJson: true });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ kind: 'transient', reason: expect.stringMatching(/^131000 /) });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ kind: 'transient' });
    expect(await h.adapter.send(message(h, ANA))).toEqual({ kind: 'sent' });

    // A template Meta does not know (never approved) fails its row, with the reason, and the next one goes.
    h.clock.advance(2 * 86_400_000);
    h.fake.failures.push({ code: 132001, to: ANA });
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.deliver();
    const rows = h.app.db.$client.prepare('SELECT address, status, last_error AS error FROM outbox WHERE status != ?').all('sent');
    expect(rows).toEqual([{ address: h.address(ANA), status: 'failed', error: expect.stringMatching(/^132001 /) }]);
    expect(h.fake.lastTo(LUIS).type).toBe('template');
  });

  it('marks a number that cannot receive WhatsApp unreachable (131026), and holds everything on an expired token', async () => {
    h = await twoPeople();
    h.fake.failures.push({ code: 131026, to: ANA }, { code: 190 });
    expect(await h.adapter.send(message(h, ANA))).toMatchObject({ kind: 'unreachable' });
    expect(await h.adapter.send(message(h, LUIS))).toMatchObject({ kind: 'retry', scope: 'channel', afterMs: 60_000 });
  });
});
