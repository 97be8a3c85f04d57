/** The Cloud API's secrets (token, app secret, verify token) never reach a log line or a stored row. */
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/shared/logger.js';
import { FAKE_CLOUD } from '../../../support/fake-graph-api.js';
import { startCloudHarness, type CloudHarness } from '../../../support/whatsapp-cloud-harness.js';

const ANA = '593991234567';
const SECRETS = [FAKE_CLOUD.token, FAKE_CLOUD.appSecret, FAKE_CLOUD.verifyToken];

let h: CloudHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('secrets of the Cloud API', () => {
  it('stay out of the logs and the outbox through failures of every kind', async () => {
    const lines: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => void lines.push(line) });
    h = await startCloudHarness({ logger });
    await h.onboard(ANA);

    // An expired token whose error echoes it, a permanent refusal, a proxy's 502, a failed status.
    h.fake.failures.push({ code: 190, message: `Malformed access token ${FAKE_CLOUD.token}` }, { code: 131051, to: ANA }, { code: 502, notJson: true });
    h.app.notifyRole('poc', 'whatsapp-logged-out');
    await h.deliver();
    await h.fake.say(ANA, '/ayuda');
    await h.deliver();
    await h.fake.deliver(h.fake.statusNotification({ id: h.fake.lastTo(ANA).id, status: 'failed', to: ANA, errorCode: 131000 }));
    // A download Meta cannot serve, a forged signature, handshakes right and wrong.
    await h.fake.deliver(h.fake.messageNotification(ANA, { type: 'document', document: { filename: 'x.pdf', mime_type: 'application/pdf', sha256: 'x', id: '404' } }));
    await h.fake.deliver(h.fake.messageNotification(ANA, { type: 'text', text: { body: 'hola' } }), { signature: h.fake.sign('{}') });
    await h.server.inject({ method: 'GET', url: `/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=${FAKE_CLOUD.verifyToken}&hub.challenge=1` });
    await h.server.inject({ method: 'GET', url: `/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1` });
    // The adapter's own options, should anything log them.
    logger.info({ options: { token: FAKE_CLOUD.token, appSecret: FAKE_CLOUD.appSecret, verifyToken: FAKE_CLOUD.verifyToken }, headers: { authorization: `Bearer ${FAKE_CLOUD.token}` } }, 'options');

    const logged = lines.join('');
    expect(logged).toContain('the Cloud API refuses the business account');
    expect(logged).toContain('missing or bad X-Hub-Signature-256');
    expect(logged).toContain('whatsapp media download failed');
    expect(logged).toContain('whatsapp reported a message as failed');
    const stored = JSON.stringify([
      h.app.db.$client.prepare('SELECT last_error FROM outbox').all(),
      h.app.db.$client.prepare('SELECT error FROM outbox_deliveries').all(),
      h.app.db.$client.prepare('SELECT details FROM audit_log').all(),
    ]);
    expect(stored).toContain('131051');
    for (const secret of SECRETS) {
      expect(logged).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  });
});
