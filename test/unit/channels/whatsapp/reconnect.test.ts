import { DisconnectReason } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsAppAdapter } from '../../../../src/channels/whatsapp/whatsapp.js';
import { ReconnectPolicy, disconnectCode } from '../../../../src/channels/whatsapp/reconnect.js';
import { boomError } from '../../../support/fake-baileys-socket.js';
import { startWhatsAppHarness, type WhatsAppHarness } from '../../../support/whatsapp-harness.js';
import { testLogger } from '../../../support/logs.js';

const ANA = '593991234567@s.whatsapp.net';

describe('reconnect policy', () => {
  it('reconnects on transient reasons with growing, capped, jittered delays', () => {
    const policy = new ReconnectPolicy({ random: () => 0 });
    const reasons = [
      DisconnectReason.restartRequired,
      DisconnectReason.connectionLost,
      DisconnectReason.timedOut,
      DisconnectReason.connectionClosed,
      DisconnectReason.unavailableService,
      DisconnectReason.badSession,
      undefined,
      DisconnectReason.connectionLost,
      DisconnectReason.connectionLost,
    ];
    const delays = reasons.map((code, index) => {
      policy.opened(index * 100);
      const action = policy.closed(code, index * 100 + 50);
      if (action.kind !== 'reconnect') throw new Error(`expected a reconnect, got ${action.kind}`);
      return action.delayMs;
    });
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);

    const jittered = new ReconnectPolicy({ random: () => 0.999 });
    expect(jittered.closed(DisconnectReason.connectionLost, 0)).toEqual({ kind: 'reconnect', delayMs: 1_250 });
    expect(jittered.closed(DisconnectReason.connectionLost, 0)).toEqual({ kind: 'reconnect', delayMs: 2_500 });
  });

  it('starts again at the first delay after a connection that stayed open', () => {
    const policy = new ReconnectPolicy({ random: () => 0 });
    policy.closed(DisconnectReason.connectionLost, 0);
    policy.closed(DisconnectReason.connectionLost, 1_000);
    policy.opened(10_000);
    expect(policy.closed(DisconnectReason.connectionLost, 20_000)).toEqual({ kind: 'reconnect', delayMs: 4_000 });
    policy.opened(30_000);
    expect(policy.closed(DisconnectReason.connectionLost, 30_000 + 60_000)).toEqual({ kind: 'reconnect', delayMs: 1_000 });
  });

  it('stops on a logout and on reasons a reconnect cannot fix', () => {
    const policy = new ReconnectPolicy();
    expect(policy.closed(DisconnectReason.loggedOut, 0)).toEqual({ kind: 'logged-out' });
    expect(policy.closed(DisconnectReason.connectionReplaced, 0)).toEqual({ kind: 'stop' });
    expect(policy.closed(DisconnectReason.forbidden, 0)).toEqual({ kind: 'stop' });
    expect(policy.closed(DisconnectReason.multideviceMismatch, 0)).toEqual({ kind: 'stop' });
  });

  it('reads the status code of a Boom error', () => {
    expect(disconnectCode(boomError(515))).toBe(515);
    expect(disconnectCode(new Error('plain'))).toBeUndefined();
    expect(disconnectCode(undefined)).toBeUndefined();
  });
});

describe('WhatsApp connection lifecycle', () => {
  let h: WhatsAppHarness;
  afterEach(() => h?.close());

  it('reconnects after transient closes with growing delays, on a new socket each time', async () => {
    h = await startWhatsAppHarness({ reconnect: { random: () => 0 } });
    for (const reason of [DisconnectReason.restartRequired, DisconnectReason.connectionLost, DisconnectReason.timedOut]) {
      h.socket.close(reason);
      expect(h.adapter.connected).toBe(false);
      expect(await h.adapter.send({ id: 1, channel: 'whatsapp', address: ANA, text: 'hola' })).toMatchObject({ kind: 'retry' });
      expect(h.timers.size).toBe(1);
      h.timers.fireAll();
    }
    expect(h.timers.delays).toEqual([1_000, 2_000, 4_000]);
    expect(h.factory.sockets).toHaveLength(4);
    h.socket.open();
    expect(h.adapter.connected).toBe(true);
  });

  it('on loggedOut stops reconnecting, clears the session and notifies', async () => {
    const onLoggedOut = vi.fn();
    h = await startWhatsAppHarness({ onLoggedOut });
    h.socket.ev.emit('creds.update', { registered: true });
    await h.socket.settings.auth.keys.set({ 'pre-key': { '1': { public: Buffer.from([1]), private: Buffer.from([2]) } } });
    await h.adapter.send({ id: 1, channel: 'whatsapp', address: ANA, text: 'hola' });
    expect(sessionRows(h)).toBeGreaterThanOrEqual(3);

    h.socket.close(DisconnectReason.loggedOut);
    expect(onLoggedOut).toHaveBeenCalledOnce();
    expect(sessionRows(h)).toBe(0);
    expect(h.timers.size).toBe(0);
    expect(h.factory.sockets).toHaveLength(1);
    expect(await h.adapter.send({ id: 2, channel: 'whatsapp', address: ANA, text: 'hola' })).toMatchObject({ kind: 'retry' });
  });

  it('tells the POC through the app when wired to notifyRole', async () => {
    h = await startWhatsAppHarness({ onLoggedOut: () => h.app.notifyRole('poc', 'whatsapp-logged-out') });
    await h.onboard(ANA);
    const before = h.count('outbox');
    h.socket.close(DisconnectReason.loggedOut);
    expect(h.count('outbox')).toBe(before + 1);
    const last = h.app.db.$client.prepare('SELECT payload FROM outbox ORDER BY id DESC LIMIT 1').get() as { payload: string };
    expect(JSON.parse(last.payload).key).toBe('whatsapp-logged-out');
  });

  it('does not reconnect after a replaced session, nor after stop()', async () => {
    h = await startWhatsAppHarness();
    h.socket.ev.emit('creds.update', { registered: true });
    h.socket.close(DisconnectReason.connectionReplaced);
    expect(h.timers.size).toBe(0);
    expect(h.factory.sockets).toHaveLength(1);
    expect(sessionRows(h)).toBe(1);

    const again = await startWhatsAppHarness();
    const socket = again.socket;
    await again.close();
    expect(socket.ended).toBe(true);
    expect(again.timers.size).toBe(0);
    expect(again.factory.sockets).toHaveLength(1);
  });

  it('saves creds on creds.update, so a restart reuses the session instead of pairing again', async () => {
    h = await startWhatsAppHarness({ pairingNumber: '593990000001', showQr: vi.fn() });
    const first = h.socket;
    first.qr();
    await vi.waitFor(() => expect(first.pairingCodeRequests).toEqual(['593990000001']));
    first.qr();
    expect(first.pairingCodeRequests).toHaveLength(1);
    first.ev.emit('creds.update', { registered: true, me: { id: '593990000001:7@s.whatsapp.net' } });
    await h.adapter.stop();

    const showQr = vi.fn();
    const restarted = createWhatsAppAdapter({ ...adapterBasics(h), pairingNumber: '593990000001', showQr });
    await restarted.start(async () => {});
    const second = h.factory.latest;
    expect(second).not.toBe(first);
    expect(second.settings.auth.creds.registered).toBe(true);
    expect(second.settings.auth.creds.me?.id).toBe('593990000001:7@s.whatsapp.net');
    expect(Buffer.compare(second.settings.auth.creds.noiseKey.private, first.settings.auth.creds.noiseKey.private)).toBe(0);
    await restarted.stop();
  });

  it('shows a QR when no pairing number is set', async () => {
    const showQr = vi.fn();
    h = await startWhatsAppHarness({ showQr });
    h.socket.qr('2@abc');
    expect(showQr).toHaveBeenCalledWith('2@abc');
    expect(h.socket.pairingCodeRequests).toEqual([]);
  });
});

function sessionRows(h: WhatsAppHarness): number {
  return (h.app.db.$client.prepare("SELECT count(*) AS n FROM channel_state WHERE channel = 'whatsapp'").get() as { n: number }).n;
}

function adapterBasics(h: WhatsAppHarness) {
  return {
    db: h.app.db,
    documents: h.app.documents,
    minIntervalMs: 1,
    jitterMs: 0,
    text: (key: string) => key,
    socketFactory: h.factory.create,
    timers: h.timers,
    logger: testLogger(),
  };
}
