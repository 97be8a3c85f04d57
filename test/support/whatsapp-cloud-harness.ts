/**
 * The real app wired to the WhatsApp Cloud API adapter: the adapter talks to a fake Graph
 * API, and the fake posts Meta's webhooks over HTTP to the bot's web server, which serves
 * the adapter's webhook plugin. The
 * dispatcher is drained by hand while a fake clock moves, so the Cloud API's pacing (one
 * message per 6 s to a person) costs no wall time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import { createCloudAdapter, type CloudAdapter, type CloudAdapterOptions } from '../../src/channels/whatsapp-cloud/whatsapp-cloud.js';
import { templateDefinitions } from '../../src/channels/whatsapp-cloud/templates.js';
import { WEBHOOK_PATH } from '../../src/channels/whatsapp-cloud/webhook.js';
import { buildWebServer } from '../../src/web/server.js';
import { addressOfNumber } from '../../src/channels/whatsapp-common/address.js';
import type { Inbound } from '../../src/shared/messages.js';
import { Translator } from '../../src/shared/i18n.js';
import { testApp, type TestApp } from './app.js';
import { testLogger } from './logs.js';
import type { OutboxPayload } from '../../src/store/schema.js';
import { FAKE_CLOUD, FakeGraphApi, interactiveChoices, readableText, type ApprovedTemplate } from './fake-graph-api.js';
import type { JourneyDriver } from './municipality-journey.js';
import type { OutMessage } from './spawn.js';

/** The environment of a bot on the fake Cloud API. */
export function cloudEnv(apiRoot: string): Record<string, string> {
  return {
    WHATSAPP_ENABLED: 'true',
    WHATSAPP_PROVIDER: 'cloud',
    WHATSAPP_CLOUD_TOKEN: FAKE_CLOUD.token,
    WHATSAPP_CLOUD_PHONE_NUMBER_ID: FAKE_CLOUD.phoneNumberId,
    WHATSAPP_CLOUD_APP_SECRET: FAKE_CLOUD.appSecret,
    WHATSAPP_CLOUD_VERIFY_TOKEN: FAKE_CLOUD.verifyToken,
    WHATSAPP_CLOUD_API_ROOT: apiRoot,
  };
}

/** The catalogue's templates as Meta knows them once approved (what the CLI prints). */
export function approvedTemplates(): ApprovedTemplate[] {
  return templateDefinitions(new Translator()).map((t) => ({ name: t.name, language: t.language, buttons: t.components[1].buttons.map((b) => b.text) }));
}

/** A running app + Cloud adapter + webhook server + fake Graph API. */
export interface CloudHarness extends TestApp {
  fake: FakeGraphApi;
  adapter: CloudAdapter;
  server: FastifyInstance;
  /** Every Inbound the adapter handed to the app. */
  handled: Inbound[];
  /** The address (phone-number JID) of a number. */
  address(number: string): string;
  /** The message ids (locales/*.ftl) of the outbox rows delivered to a number, in the order Meta accepted them. */
  sentKeys(number: string): (string | undefined)[];
  /** Sends everything in the outbox through the adapter, moving the clock as the pacing asks. */
  deliver(): Promise<void>;
  /** Creates a POC invite, sends its code from `number` and delivers the welcome. */
  onboard(number: string): Promise<void>;
  close(): Promise<void>;
}

/** What a harness may change. */
export interface CloudHarnessOptions {
  env?: Record<string, string>;
  adapter?: Partial<CloudAdapterOptions>;
  /** Logs of the app, the adapter and its webhook (by default the file's capture, checked for secrets). */
  logger?: Logger;
}

/** Starts the fake Graph API, the app on a temporary DATA_DIR, the adapter and its webhook. */
export async function startCloudHarness(options: CloudHarnessOptions = {}): Promise<CloudHarness> {
  let clockNow: () => Date = () => new Date();
  const fake = await FakeGraphApi.start({ now: () => clockNow(), templates: approvedTemplates() });
  const test = testApp({ ...cloudEnv(fake.apiRoot), ...options.env }, { dispatcher: { idleMs: 20 }, ...(options.logger ? { logger: options.logger } : {}) });
  const { app, clock } = test;
  clockNow = () => clock.now();
  const whatsapp = app.config.whatsapp;
  if (whatsapp?.provider !== 'cloud') throw new Error('the Cloud harness needs WHATSAPP_PROVIDER=cloud');
  const logger = options.logger ?? testLogger();
  const adapter = createCloudAdapter({
    ...whatsapp,
    db: app.db,
    documents: app.documents,
    localeOf: (address) => app.localeOf('whatsapp', address),
    translate: (locale, key) => app.translator.t(locale, key),
    clock,
    logger,
    ...options.adapter,
  });
  const handled: Inbound[] = [];
  app.attach(adapter);
  await adapter.start(async (inbound) => {
    await app.receive(inbound);
    handled.push(inbound);
  });
  // The bot's own web server, which serves the webhook as in production.
  const server = await buildWebServer(app, { whatsappWebhook: adapter.webhook });
  await server.listen({ port: 0, host: '127.0.0.1' });
  fake.webhookUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}${WEBHOOK_PATH}`;

  const harness: CloudHarness = {
    ...test,
    fake,
    adapter,
    server,
    handled,
    address: addressOfNumber,
    sentKeys: (number) =>
      (
        app.db.$client
          .prepare('SELECT o.payload FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id WHERE o.address = ? ORDER BY d.rowid')
          .all(addressOfNumber(number)) as { payload: string }[]
      ).map((row) => (JSON.parse(row.payload) as { key?: string }).key),
    async deliver() {
      for (let round = 0; round < 200; round++) {
        if (await app.dispatcher.drain(10)) return;
        clock.advance(1_000);
      }
      throw new Error(`the outbox did not drain: ${app.dispatcher.pending()} rows pending`);
    },
    async onboard(number) {
      const { code } = app.invites.create({ role: 'poc' });
      await fake.say(number, code);
      await harness.deliver();
    },
    async close() {
      await adapter.stop();
      await app.dispatcher.stop();
      await server.close();
      await fake.close();
      test.cleanup();
    },
  };
  return harness;
}

const LINE = /^@([a-z0-9_]{1,32}):\s?(.*)$/s;
const ATTACH = /^\/(?:adjuntar|attach)\s+(\S+)\s*(.*)$/s;

/**
 * Drives a Cloud harness with the console's line syntax, so the console's journeys run
 * over the Cloud API: each handle is a WhatsApp number; a line that is the title of a
 * button or list row of the last message to that person presses it; "/adjuntar PATH"
 * sends the file as a document. Messages come back one per outbox row Meta accepted, with
 * the text Meta received for it.
 */
export function cloudJourneyDriver(h: CloudHarness, pdf: string): JourneyDriver {
  const numbers = new Map<string, string>();
  const handles = new Map<string, string>();
  const numberOf = (handle: string) => {
    let number = numbers.get(handle);
    if (!number) {
      number = `5939${String(numbers.size + 1).padStart(8, '0')}`;
      numbers.set(handle, number);
      handles.set(h.address(number), handle);
    }
    return number;
  };
  let lastHandle = 'usuario';
  let lines = Promise.resolve();
  const type = async (line: string) => {
    const match = LINE.exec(line);
    if (match) lastHandle = match[1]!;
    const text = (match ? match[2]! : line).trim();
    const number = numberOf(lastHandle);
    const attach = ATTACH.exec(text);
    const last = h.fake.sentTo(number).at(-1);
    const offered = last ? interactiveChoices(last) : [];
    let status: number;
    if (attach) status = await h.fake.sendFile(number, readFileSync(attach[1]!), { name: basename(attach[1]!), mime: 'application/pdf', caption: attach[2] || undefined });
    else if (offered.some((choice) => choice.title === text || choice.description === text)) status = await h.fake.choose(number, text);
    else status = await h.fake.say(number, text, { name: lastHandle });
    if (status !== 200) throw new Error(`the webhook answered ${status} to "${line}"`);
    await h.deliver();
  };
  const messages = (): OutMessage[] => {
    const rows = h.app.db.$client
      .prepare('SELECT d.platform_id AS platformId, o.id, o.address, o.payload FROM outbox_deliveries d JOIN outbox o ON o.id = d.outbox_id ORDER BY d.rowid')
      .all() as { platformId: string; id: number; address: string; payload: string }[];
    // The text is what Meta received (the stored copy of a sent row has its invite codes blanked).
    const wire = new Map(h.fake.sent.map((message) => [message.id, readableText(message)]));
    const byRow = new Map<number, OutMessage>();
    for (const row of rows) {
      const text = wire.get(row.platformId) ?? '';
      const known = byRow.get(row.id);
      if (known) {
        known.text = `${known.text}\n\n${text}`;
        continue;
      }
      const payload = JSON.parse(row.payload) as OutboxPayload;
      byRow.set(row.id, { to: handles.get(row.address) ?? row.address, ...(payload.key ? { key: payload.key } : {}), text, ...(payload.choices ? { choices: payload.choices } : {}) });
    }
    return [...byRow.values()];
  };
  return {
    send: (line) => void (lines = lines.then(() => type(line))),
    messages,
    async waitFor(match, from) {
      await lines;
      await h.deliver();
      const found = messages().slice(from).find(match);
      if (!found) throw new Error(`no such message; after ${from}: ${JSON.stringify(messages().slice(from), null, 1)}`);
      return found;
    },
    invite: (grant) => h.app.invites.create(grant as Parameters<typeof h.app.invites.create>[0]).code,
    pdf,
    // The harness's clock reads 10:00 in the bot's zone: today's 15:00 and 16:00 are ahead.
    today: new Intl.DateTimeFormat('en-GB', { timeZone: h.app.config.timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }).format(h.clock.now()),
  };
}
