/**
 * The real app wired to the WhatsApp adapter over a fake Baileys socket: what the
 * WhatsApp end-to-end tests share. The dispatcher is drained by hand while a fake clock
 * moves, so the adapter's real limits (1 message/s) cost no wall time.
 */
import { vi } from 'vitest';
import type { Inbound } from '../../src/shared/messages.js';
import { createWhatsAppAdapter, type Timers, type WhatsAppAdapter, type WhatsAppOptions } from '../../src/channels/whatsapp/whatsapp.js';
import { testApp, type TestApp } from './app.js';
import { FakeSocketFactory, type FakeBaileysSocket, type IncomingMessage } from './fake-baileys-socket.js';
import { testLogger } from './logs.js';

/** A running app + WhatsApp adapter + fake socket. */
export interface WhatsAppHarness extends TestApp {
  adapter: WhatsAppAdapter;
  factory: FakeSocketFactory;
  timers: FakeTimers;
  /** The socket of the current connection. */
  readonly socket: FakeBaileysSocket;
  /** Every Inbound the adapter handed to the app. */
  handled: Inbound[];
  /** Delivers messages and waits until `expected` of them reached the app. */
  receive(messages: IncomingMessage[], expected?: number): Promise<void>;
  /** Sends everything in the outbox through the adapter. */
  deliver(): Promise<void>;
  /** Creates a POC invite, redeems it from `jid` and delivers the welcome. */
  onboard(jid: string): Promise<void>;
  close(): Promise<void>;
}

let messageSequence = 0;

/** Timers that fire only when the test says so, recording each delay asked for. */
export class FakeTimers implements Timers {
  readonly delays: number[] = [];
  private readonly pending = new Map<number, () => void>();
  private sequence = 0;

  setTimeout(callback: () => void, ms: number): number {
    this.delays.push(ms);
    this.pending.set(++this.sequence, callback);
    return this.sequence;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** How many timers wait. */
  get size(): number {
    return this.pending.size;
  }

  /** Fires every waiting timer. */
  fireAll(): void {
    const due = [...this.pending.values()];
    this.pending.clear();
    for (const callback of due) callback();
  }
}

/** A fresh message id, as WhatsApp's are unique. */
export function nextMessageId(): string {
  return `3EB0${(++messageSequence).toString(16).padStart(8, '0').toUpperCase()}`;
}

/** Starts the app on a temporary DATA_DIR (or `env.DATA_DIR`) and the adapter on an open fake connection. */
export async function startWhatsAppHarness(adapterOptions: Partial<WhatsAppOptions> = {}, env: Record<string, string> = {}): Promise<WhatsAppHarness> {
  const test = testApp({ WHATSAPP_ENABLED: 'true', WHATSAPP_MIN_INTERVAL_MS: '1', WHATSAPP_JITTER_MS: '0', ...env }, { dispatcher: { idleMs: 20 } });
  const { app, clock } = test;
  const whatsapp = app.config.whatsapp!;
  const factory = new FakeSocketFactory();
  const timers = new FakeTimers();
  const adapter = createWhatsAppAdapter({
    db: app.db,
    documents: app.documents,
    minIntervalMs: whatsapp.minIntervalMs,
    jitterMs: whatsapp.jitterMs,
    text: (key, address) => app.translator.t(app.commandMenu('whatsapp', address).locale, key),
    socketFactory: factory.create,
    timers,
    clock,
    logger: testLogger(),
    ...adapterOptions,
  });
  const handled: Inbound[] = [];
  app.attach(adapter);
  await adapter.start(async (inbound) => {
    await app.receive(inbound);
    handled.push(inbound);
  });
  factory.latest.open();

  const harness: WhatsAppHarness = {
    ...test,
    adapter,
    factory,
    timers,
    get socket() {
      return factory.latest;
    },
    handled,
    async receive(messages, expected = messages.length) {
      const target = handled.length + expected;
      factory.latest.receive(messages);
      await vi.waitFor(() => {
        if (handled.length < target) throw new Error(`${handled.length} of ${target} messages handled`);
      }, { timeout: 5_000, interval: 5 });
    },
    async deliver() {
      for (let round = 0; round < 100; round++) {
        if (await app.dispatcher.drain(30)) return;
        clock.advance(1_000);
      }
      throw new Error(`the outbox did not drain: ${app.dispatcher.pending()} rows pending`);
    },
    async onboard(jid) {
      const { code } = app.invites.create({ role: 'poc' });
      await harness.receive([{ id: nextMessageId(), from: jid, text: code, pushName: 'Ana' }]);
      await harness.deliver();
    },
    async close() {
      await adapter.stop();
      await app.dispatcher.stop();
      test.cleanup();
    },
  };
  return harness;
}
