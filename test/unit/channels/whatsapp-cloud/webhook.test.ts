/** The Cloud API webhook: Meta's handshake, signatures over the raw body, replays, batches and delivery statuses. */
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FAKE_CLOUD, type Notification } from '../../../support/fake-graph-api.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';
const LUIS = '593987654321';

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const STATE_TABLES = ['processed_inbound', 'identities', 'outbox', 'service_windows', 'documents', 'audit_log'];
const counts = (h: CloudHarness) => Object.fromEntries(STATE_TABLES.map((table) => [table, h.count(table)]));
const get = (h: CloudHarness, query: string) => h.server.inject({ method: 'GET', url: `/whatsapp/webhook?${query}` });

describe('the verification handshake', () => {
  it('echoes the challenge only for the verify token', async () => {
    h = await startCloudHarness();
    const ok = await get(h, `hub.mode=subscribe&hub.verify_token=${FAKE_CLOUD.verifyToken}&hub.challenge=1158201444`);
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('1158201444');
    expect((await get(h, 'hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444')).statusCode).toBe(403);
    expect((await get(h, `hub.mode=unsubscribe&hub.verify_token=${FAKE_CLOUD.verifyToken}&hub.challenge=1`)).statusCode).toBe(403);
    expect((await get(h, '')).statusCode).toBe(403);
  });
});

describe('signed notifications', () => {
  it('refuses a missing, wrong or stale signature with 401 and stores nothing', async () => {
    h = await startCloudHarness();
    const { code } = h.app.invites.create({ role: 'poc' });
    const notification = h.fake.messageNotification(ANA, { type: 'text', text: { body: code } });
    const before = counts(h);
    expect(await h.fake.deliver(notification, { signature: null })).toBe(401);
    expect(await h.fake.deliver(notification, { signature: 'sha256=' + '0'.repeat(64) })).toBe(401);
    expect(await h.fake.deliver(notification, { signature: h.fake.sign(JSON.stringify(notification), 'f'.repeat(32)) })).toBe(401);
    expect(await h.fake.deliver(notification, { signature: h.fake.sign(JSON.stringify({ ...notification, object: 'page' })) })).toBe(401);
    expect(await h.fake.deliver(notification, { signature: 'md5=abc' })).toBe(401);
    await h.deliver();
    expect(counts(h)).toEqual(before);
    expect(h.handled).toEqual([]);
    // The same notification, signed by Meta, is taken.
    expect(await h.fake.deliver(notification)).toBe(200);
    expect(h.handled).toHaveLength(1);
  });

  it('checks the signature of text with accents and emoji as Meta computes it (escaped unicode), or over the literal bytes', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    expect(await h.fake.say(ANA, 'Señora Ibáñez 👋 ¿qué tal?')).toBe(200);
    expect(h.handled.at(-1)?.text).toBe('Señora Ibáñez 👋 ¿qué tal?');
    const literal = h.fake.messageNotification(ANA, { type: 'text', text: { body: 'Año nuevo' } });
    const overBytes = `sha256=${createHmac('sha256', FAKE_CLOUD.appSecret).update(JSON.stringify(literal)).digest('hex')}`;
    expect(await h.fake.deliver(literal, { signature: overBytes })).toBe(200);
    expect(h.handled.at(-1)?.text).toBe('Año nuevo');
    // A signature cut short is refused.
    expect(await h.fake.deliver(literal, { signature: overBytes.slice(0, -2) })).toBe(401);
  });

  it('handles a replayed notification once', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    const notification = h.fake.messageNotification(ANA, { type: 'text', text: { body: '/ayuda' } });
    expect(await h.fake.deliver(notification)).toBe(200);
    await h.deliver();
    const sent = h.fake.sent.length;
    const rows = h.count('outbox');
    expect(await h.fake.deliver(notification)).toBe(200);
    expect(await h.fake.deliver(notification)).toBe(200);
    await h.deliver();
    expect(h.count('outbox')).toBe(rows);
    expect(h.fake.sent).toHaveLength(sent);
  });

  it('handles every message of a batched notification, in order per person, and ignores other numbers', async () => {
    h = await startCloudHarness();
    const codes = [h.app.invites.create({ role: 'poc' }).code, h.app.invites.create({ role: 'grupo_nucleo' }).code];
    const first = h.fake.messageNotification(ANA, { type: 'text', text: { body: codes[0]! } });
    const second = h.fake.messageNotification(LUIS, { type: 'text', text: { body: codes[1]! } }, { name: 'Luis' });
    const third = h.fake.messageNotification(ANA, { type: 'text', text: { body: '/ayuda' } });
    const foreign = h.fake.messageNotification('593900000000', { type: 'text', text: { body: 'hola' } });
    const valueOf = (notification: Notification) => notification.entry[0]!.changes[0]!.value;
    // Two messages of Ana in one change, Luis in a second entry, another business number in a third.
    valueOf(first).messages!.push(...valueOf(third).messages!);
    valueOf(foreign).metadata.phone_number_id = '999999999999999';
    first.entry.push(second.entry[0]!, foreign.entry[0]!);
    expect(await h.fake.deliver(first)).toBe(200);
    await h.deliver();
    const textsFrom = (number: string) => h!.handled.filter((inbound) => inbound.address === h!.address(number)).map((inbound) => inbound.text);
    expect(textsFrom(ANA)).toEqual([codes[0], '/ayuda']);
    expect(textsFrom(LUIS)).toEqual([codes[1]]);
    expect(h.handled).toHaveLength(3);
    expect(h.sentKeys(LUIS)).toEqual(['invite-welcome']);
    expect(h.count('identities')).toBe(2);
  });
});

describe('statuses on the outbox rows', () => {
  it('moves a delivery forward only, whatever order Meta reports in', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    const { id } = h.fake.lastTo(ANA);
    const status = () => h!.app.db.$client.prepare('SELECT status FROM outbox_deliveries WHERE platform_id = ?').get(id);
    await h.fake.deliver(h.fake.statusNotification({ id, status: 'sent', to: ANA }));
    expect(status()).toEqual({ status: 'sent' });
    await h.fake.deliver(h.fake.statusNotification({ id, status: 'read', to: ANA }, { id, status: 'delivered', to: ANA }));
    expect(status()).toEqual({ status: 'read' });
    // A status of a message this bot never sent is ignored.
    expect(await h.fake.deliver(h.fake.statusNotification({ id: h.fake.wamid(), status: 'delivered', to: ANA }))).toBe(200);
  });

  it('marks the person unreachable on 131026, and a row failed with Meta\'s reason on other failures', async () => {
    h = await startCloudHarness();
    await h.onboard(ANA);
    await h.onboard(LUIS);
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.deliver();
    const toAna = h.fake.lastTo(ANA);
    const toLuis = h.fake.lastTo(LUIS);
    await h.fake.deliver(h.fake.statusNotification({ id: toAna.id, status: 'failed', to: ANA, errorCode: 131026 }, { id: toLuis.id, status: 'failed', to: LUIS, errorCode: 131051 }));
    const identity = h.app.db.$client.prepare('SELECT unreachable_at AS at FROM identities WHERE address = ?').get(h.address(ANA)) as { at: number | null };
    expect(identity.at).not.toBeNull();
    expect(h.app.notifyRole('poc', 'whatsapp-logged-out')).toBe(1);
    const failed = h.app.db.$client.prepare("SELECT address, last_error AS error FROM outbox WHERE status = 'failed'").all();
    expect(failed).toEqual([{ address: h.address(LUIS), error: expect.stringMatching(/^131051 /) }]);
  });
});

describe('the webhook on the bot\'s web server', () => {
  it('keeps its raw-body parsing to its own routes and stays outside the per-address rate limit', async () => {
    h = await startCloudHarness({ env: { WEB_RATE_LIMIT_PER_MINUTE: '5' } });
    await h.onboard(ANA);
    const { id } = h.fake.lastTo(ANA);
    // Meta's statuses, well past the limit, are all taken.
    for (let n = 0; n < 8; n++) expect(await h.fake.deliver(h.fake.statusNotification({ id, status: 'delivered', to: ANA }))).toBe(200);
    // The portal's pages are still limited, and still read their own bodies.
    const pages = [];
    for (let n = 0; n < 6; n++) pages.push((await h.server.inject({ method: 'GET', url: '/' })).statusCode);
    expect(pages.at(-1)).toBe(429);
    const unsigned = await h.server.inject({ method: 'POST', url: '/whatsapp/webhook', payload: { object: 'whatsapp_business_account', entry: [] } });
    expect(unsigned.statusCode).toBe(401);
  });
});
