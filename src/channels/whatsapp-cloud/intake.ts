/**
 * What a signed webhook payload brings in: every status of every entry (Meta batches
 * them) recorded on the outbox, every message handled in order per sender. A message
 * already handled (Meta delivers again what it is not sure we got) is dropped before
 * any download; a person's message opens their 24-hour window from its own timestamp.
 */
import type { Logger } from 'pino';
import type { WhatsAppAPI } from 'whatsapp-api-js';
import type { PostData, ServerContacts, ServerMessage } from 'whatsapp-api-js/types';
import type { Clock } from '../../shared/clock.js';
import { KeyedQueue } from '../../shared/keyed-queue.js';
import { scrub } from '../../shared/secrets.js';
import { inTransaction, type Db } from '../../store/db.js';
import type { DocumentStore } from '../../store/documents.js';
import { outboxRow, reopen } from '../../store/outbox.js';
import { markProcessed, wasProcessed } from '../../store/processed-inbound.js';
import type { InboundHandler } from '../types.js';
import { inboundAction, senderAddress } from './inbound.js';
import { fetchInboundMedia } from './media.js';
import { recordStatus, type StatusReport } from './statuses.js';
import type { ServiceWindows } from './window.js';

/** What the intake works with. */
export interface IntakeDeps {
  db: Db;
  documents: DocumentStore;
  client: WhatsAppAPI;
  windows: ServiceWindows;
  clock: Clock;
  logger: Logger;
  /** The business number whose notifications are ours (a WABA may hold several). */
  phoneNumberId: string;
}

/** The change value of a `messages` notification, as far as the intake reads it. */
interface MessagesValue {
  metadata?: { phone_number_id?: string };
  statuses?: StatusReport[];
  messages?: ServerMessage[];
  contacts?: ServerContacts[];
}

/** Takes webhook payloads in. */
export class WebhookIntake {
  /** Each sender's messages, one after the other; senders concurrently. */
  private readonly queue = new KeyedQueue();

  constructor(private readonly deps: IntakeDeps) {}

  /** Handles a payload; resolves once everything in it is stored, rejects (scrubbed) if anything failed. */
  async receive(payload: unknown, onInbound: InboundHandler): Promise<void> {
    const data = payload as Partial<PostData>;
    if (data.object !== 'whatsapp_business_account' || !Array.isArray(data.entry)) return;
    const handling: Promise<void>[] = [];
    let failure: string | undefined;
    for (const entry of data.entry) {
      for (const change of entry.changes ?? []) {
        const value = change.value as MessagesValue;
        if (change.field !== 'messages' || value.metadata?.phone_number_id !== this.deps.phoneNumberId) continue;
        for (const status of value.statuses ?? []) recordStatus(this.deps, status);
        for (const message of value.messages ?? []) {
          const contact = value.contacts?.find((c) => c.wa_id === message.from);
          handling.push(this.queue.run(message.from, () => this.handle(message, contact, onInbound).catch((error: unknown) => void (failure ??= error instanceof Error ? error.message : 'message handling failed'))));
        }
      }
    }
    await Promise.all(handling);
    // Meta delivers the notification again; what was stored is dropped as a replay then.
    if (failure !== undefined) throw new Error(scrub(failure));
  }

  /** Resolves once the messages being handled are done. */
  settled(): Promise<void> {
    return this.queue.idle();
  }

  private async handle(message: ServerMessage, contact: ServerContacts | undefined, onInbound: InboundHandler): Promise<void> {
    const { db, clock, logger } = this.deps;
    if (wasProcessed(db, 'whatsapp', message.id)) return;
    const action = await inboundAction(message, contact, (media, name) =>
      fetchInboundMedia(this.deps.client, this.deps.documents, media, name, (error) =>
        logger.warn({ reason: scrub(String(error)), messageId: message.id }, 'whatsapp media download failed'),
      ),
    );
    if (action.kind === 'ignore') return;
    const now = clock.now();
    const sentAt = Number(message.timestamp) * 1000;
    this.deps.windows.opened(senderAddress(message), new Date(Number.isFinite(sentAt) ? Math.min(sentAt, now.getTime()) : now.getTime()));
    if (action.kind === 'inbound') return onInbound(action.inbound);
    // "See details" of a template: the full message goes again, now free form.
    inTransaction(db, () => {
      if (!markProcessed(db, 'whatsapp', message.id, now)) return;
      const row = outboxRow(db, action.outboxId);
      if (row?.channel === 'whatsapp' && row.address === action.address) reopen(db, row.id, 'the person asked for the full message', now);
    });
  }
}
