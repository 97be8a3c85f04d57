/**
 * The WhatsApp channel over Meta's official WhatsApp Business Cloud API (whatsapp-api-js),
 * beside the Baileys one: the operator picks one with WHATSAPP_PROVIDER. It carries the
 * `whatsapp` channel with the same addresses, so people keep their identity either way.
 *
 * Sending: within 24 hours of a person's last message, free form (reply buttons, lists,
 * documents by media id; several queued texts merged into one); after it, the approved
 * template that carries the message (templates.ts). Meta's refusals become SendResults:
 * 131056 holds that person back, 130429 everyone, 131026 marks the person unreachable,
 * 131047 resends as a template, other refusals fail the row. Receiving: the webhook
 * (webhook.ts) hands in signed payloads; messages become Inbound values, statuses are
 * recorded on the outbox rows (statuses.ts). No secret reaches a log or a row (shared/secrets).
 */
import type { Logger } from 'pino';
import type { WhatsAppAPI } from 'whatsapp-api-js';
import type { ClientMessage, GetParams } from 'whatsapp-api-js/types';
import { systemClock, type Clock } from '../../shared/clock.js';
import type { Locale } from '../../shared/i18n.js';
import { createLogger } from '../../shared/logger.js';
import { addSecret, scrub } from '../../shared/secrets.js';
import type { OutboundMessage } from '../../shared/messages.js';
import type { Db } from '../../store/db.js';
import { recordDelivery } from '../../store/deliveries.js';
import type { DocumentStore } from '../../store/documents.js';
import { followingRows, markSent, outboxRow, type OutboxRow } from '../../store/outbox.js';
import type { ChannelAdapter, ChannelLimits, InboundHandler, SendResult } from '../types.js';
import { numberOfAddress } from '../whatsapp-common/address.js';
import { createClient } from './client.js';
import { GraphApiError, responseError } from './errors.js';
import { WebhookIntake } from './intake.js';
import { MediaUploads, uploadType } from './media.js';
import { mergedText, mergeRun, type Mergeable } from './merge.js';
import { Backoff, cloudLimits, PAIR_INTERVAL_MS } from './pacing.js';
import { freeFormParts, templateMessage, type RenderTexts } from './render.js';
import { buttonPayloads, templateFor, templateSummary } from './templates.js';
import type { CloudWebhookHandler } from './webhook.js';
import { validSignature } from './signature.js';
import { ServiceWindows } from './window.js';

/** How the Cloud API adapter is set up. */
export interface CloudAdapterOptions {
  /** A system user's access token. Secret. */
  token: string;
  /** The phone number ID of the business number (WhatsApp Manager › API setup). */
  phoneNumberId: string;
  /** The Meta app's secret, which signs every webhook. Secret. */
  appSecret: string;
  /** The webhook verification token entered in the app's settings. Secret. */
  verifyToken: string;
  /** Another Graph API root (a local fake in tests). */
  apiRoot?: string;
  /** Minimum ms between two messages to one person. */
  perChatIntervalMs: number;
  /** Messages per second across all people. */
  globalPerSecond: number;
  db: Db;
  documents: DocumentStore;
  /** The language of the person at `address`. */
  localeOf: (address: string) => Locale;
  /** The locale message `key` in `locale`. */
  translate: (locale: Locale, key: string) => string;
  clock?: Clock;
  logger?: Logger;
}

/** The Cloud API adapter, with the handler its webhook routes call. */
export interface CloudAdapter extends ChannelAdapter {
  readonly webhook: CloudWebhookHandler;
}

/** Creates the Cloud API adapter. */
export function createCloudAdapter(options: CloudAdapterOptions): CloudAdapter {
  return new CloudApiAdapter(options);
}

/** Outbox rows considered for merging with the one being sent. */
const MERGE_LOOKAHEAD = 10;

/** A message being sent, and how many of its parts Meta already accepted (kept across retries). */
interface Sending {
  message: OutboundMessage;
  /** The outbox rows it carries: the row sent, then the ones merged into it. */
  rowIds: number[];
  /** The rows merged into it, marked sent with it (the dispatcher marks the first). */
  merged: OutboxRow[];
  accepted: number;
}

class CloudApiAdapter implements CloudAdapter {
  readonly id = 'whatsapp';
  readonly limits: ChannelLimits;
  readonly webhook: CloudWebhookHandler;
  private readonly client: WhatsAppAPI;
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly windows: ServiceWindows;
  private readonly uploads: MediaUploads;
  /** Per person after 131056, for the whole number after 130429 and after account errors. */
  private readonly pairBackoff: Backoff;
  private readonly throughputBackoff = new Backoff(1_000, 60_000);
  private readonly accountBackoff = new Backoff(60_000, 15 * 60_000);
  /** Messages whose parts were partly accepted, by outbox id, so a retry repeats none. */
  private readonly sending = new Map<number, Sending>();
  private readonly intake: WebhookIntake;
  private onInbound: InboundHandler | undefined;

  constructor(private readonly options: CloudAdapterOptions) {
    this.limits = cloudLimits(options);
    this.client = createClient(options);
    this.db = options.db;
    this.clock = options.clock ?? systemClock;
    this.logger = (options.logger ?? createLogger('info')).child({ channel: 'whatsapp', provider: 'cloud' });
    // Registered however the adapter was configured: the logger and every stored reason scrub them.
    for (const secret of [options.token, options.appSecret, options.verifyToken]) addSecret(secret);
    this.windows = new ServiceWindows(this.db);
    this.uploads = new MediaUploads(this.db, this.client, options.phoneNumberId, this.clock);
    this.intake = new WebhookIntake({ db: this.db, documents: options.documents, client: this.client, windows: this.windows, clock: this.clock, logger: this.logger, phoneNumberId: options.phoneNumberId });
    this.pairBackoff = new Backoff(Math.max(PAIR_INTERVAL_MS, options.perChatIntervalMs), 5 * 60_000);
    this.webhook = {
      verify: (query) => this.verify(query),
      signedBy: (rawBody, signature) => validSignature(options.appSecret, rawBody, signature),
      receive: (payload) => this.receive(payload),
    };
  }

  async start(onInbound: InboundHandler): Promise<void> {
    this.onInbound = onInbound;
  }

  async stop(): Promise<void> {
    this.onInbound = undefined;
    await this.intake.settled();
  }

  async send(message: OutboundMessage): Promise<SendResult> {
    try {
      const to = numberOfAddress(message.address);
      if (to === undefined) return { kind: 'failed', reason: 'not the address of a WhatsApp number' };
      const locale = this.options.localeOf(message.address);
      if (!this.windows.isOpen(message.address, this.clock.now())) return await this.sendTemplate(message, to, locale);
      try {
        return await this.sendFreeForm(message, to, locale);
      } catch (error) {
        if (!(error instanceof GraphApiError) || error.meaning !== 'reengage') throw error;
        // Meta counts the window differently than the store did: the template carries it.
        this.windows.close(message.address);
        this.sending.delete(message.id);
        return await this.sendTemplate(message, to, locale);
      }
    } catch (error) {
      return this.failure(error, message);
    }
  }

  /** The message free form, merged with what follows it when it can be, part after part. */
  private async sendFreeForm(message: OutboundMessage, to: string, locale: Locale): Promise<SendResult> {
    const { file } = message;
    const type = file && uploadType(file.mime);
    if (file && !type) return { kind: 'failed', reason: `the Cloud API carries no ${file.mime} documents` };
    const sending = this.sending.get(message.id) ?? this.merge(message);
    this.sending.set(message.id, sending);
    const document = file && type ? { mediaId: await this.uploads.idOf(file, type), name: file.name } : undefined;
    const parts = freeFormParts(sending.message, this.renderTexts(locale), document);
    for (; sending.accepted < parts.length; sending.accepted++) {
      const platformId = await this.post(to, parts[sending.accepted]!);
      recordDelivery(this.db, platformId, sending.rowIds, null, this.clock.now());
    }
    this.sending.delete(message.id);
    for (const row of sending.merged) markSent(this.db, row, this.clock.now());
    this.pairBackoff.reset(message.address);
    return { kind: 'sent' };
  }

  /** The message as its approved template, with a summary and buttons that answer or open it. */
  private async sendTemplate(message: OutboundMessage, to: string, locale: Locale): Promise<SendResult> {
    const template = templateFor(message.key);
    const payloads = buttonPayloads(template, message, (key) => this.options.translate(locale, key));
    const platformId = await this.post(to, templateMessage(template, locale, templateSummary(message), payloads));
    recordDelivery(this.db, platformId, [message.id], template.name, this.clock.now());
    this.pairBackoff.reset(message.address);
    return { kind: 'sent' };
  }

  /** Posts one message; its platform id, or a GraphApiError. */
  private async post(to: string, part: ClientMessage): Promise<string> {
    const response = await this.client.sendMessage(this.options.phoneNumberId, to, part);
    const error = responseError(response);
    if (error) throw new GraphApiError(error);
    const id = (response as { messages?: { id?: string }[] }).messages?.[0]?.id;
    if (!id) throw new Error('the Cloud API accepted a message without giving its id');
    this.throughputBackoff.reset('');
    this.accountBackoff.reset('');
    return id;
  }

  /** `message` and the queued texts to the same person that go out with it. */
  private merge(message: OutboundMessage): Sending {
    const single = { message, rowIds: [message.id], merged: [], accepted: 0 };
    const row = outboxRow(this.db, message.id);
    if (!row || message.file) return single;
    const candidate = (r: OutboxRow): Mergeable & { row: OutboxRow } => ({ id: r.id, text: r.payload.text, choices: r.payload.choices, hasFile: Boolean(r.payload.file), createdAt: r.createdAt, row: r });
    const following = followingRows(this.db, row.channel, row.address, row.id, this.clock.now(), MERGE_LOOKAHEAD);
    const run = mergeRun(candidate(row), following.map(candidate));
    if (run.length === 1) return single;
    const { key: _key, ...rest } = message;
    return {
      message: { ...rest, text: mergedText(run), choices: run.at(-1)!.choices },
      rowIds: run.map((m) => m.id),
      merged: run.slice(1).map((m) => m.row),
      accepted: 0,
    };
  }

  private renderTexts(locale: Locale): RenderTexts {
    return {
      chooseNumber: this.options.translate(locale, 'whatsapp-choose-number'),
      listButton: this.options.translate(locale, 'whatsapp-list-button'),
    };
  }

  /** A failed send as a SendResult; reasons are scrubbed of every secret. */
  private async failure(error: unknown, message: OutboundMessage): Promise<SendResult> {
    const reason = scrub(error instanceof Error ? error.message : String(error));
    if (!(error instanceof GraphApiError)) return { kind: 'transient', reason };
    switch (error.meaning) {
      case 'pair-limit':
        return { kind: 'retry', afterMs: this.pairBackoff.next(message.address), reason, scope: 'chat' };
      case 'throughput':
        return { kind: 'retry', afterMs: this.throughputBackoff.next(''), reason, scope: 'channel' };
      case 'account':
        this.logger.error({ reason }, 'the Cloud API refuses the business account: check the token, its permissions and the number; nothing is sent until then');
        return { kind: 'retry', afterMs: this.accountBackoff.next(''), reason, scope: 'channel' };
      case 'unreachable':
        this.sending.delete(message.id);
        return { kind: 'unreachable', reason };
      case 'media':
        // The next attempt uploads again (a file gone from disk fails that attempt, not this one).
        if (message.file) await this.uploads.forget(message.file).catch(() => undefined);
        return { kind: 'transient', reason };
      case 'transient':
      case 'reengage':
        return { kind: 'transient', reason };
      case 'permanent':
        this.sending.delete(message.id);
        if (!this.windows.isOpen(message.address, this.clock.now())) {
          this.logger.error({ reason, template: templateFor(message.key).name }, 'a template was refused: submit the ones `npm run cli -- whatsapp-templates` prints');
        }
        return { kind: 'failed', reason };
    }
  }

  private verify(query: Record<string, unknown>): string | undefined {
    try {
      return this.client.get(query as GetParams) || undefined;
    } catch {
      return undefined;
    }
  }

  private async receive(payload: unknown): Promise<void> {
    const onInbound = this.onInbound;
    if (!onInbound) throw new Error('the WhatsApp Cloud adapter is not running');
    await this.intake.receive(payload, onInbound);
  }
}
