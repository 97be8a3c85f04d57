/**
 * The contract between a channel adapter and the bot. Nothing past an adapter knows grammY
 * or Baileys; nothing before it knows SQL. The values that cross it are in shared/messages.
 */
import type { ChannelId, Inbound, OutboundMessage } from '../shared/messages.js';

/** What an adapter reports after trying to send one message. */
export type SendResult =
  | { kind: 'sent' }
  /** The platform asked to wait (HTTP 429 or similar); try again after this many ms. */
  | { kind: 'retry'; afterMs: number; reason: string }
  /** A failure that might pass (network, 5xx); the dispatcher backs off. */
  | { kind: 'transient'; reason: string }
  /** The recipient can never be reached (blocked the bot, no such chat). */
  | { kind: 'unreachable'; reason: string }
  /** This message can never be sent as it is (refused by the platform); the next one goes. */
  | { kind: 'failed'; reason: string };

/** Sending limits a channel declares; the dispatcher enforces them. */
export interface ChannelLimits {
  /** Messages per second across all chats. */
  globalPerSecond: number;
  /** Minimum ms between two messages to the same chat. */
  perChatIntervalMs: number;
  /** Extra random delay added between messages, in ms (WhatsApp: anti-ban jitter). */
  jitterMs?: number;
  /** The largest file the channel sends; larger ones go as a download link or in parts. None: no limit. */
  maxFileBytes?: number;
}

/** Receives inbound messages; adapters call it and await it before acknowledging. */
export type InboundHandler = (inbound: Inbound) => Promise<void>;

/** A channel adapter: turns platform events into Inbound and sends OutboundMessage. */
export interface ChannelAdapter {
  readonly id: ChannelId;
  readonly limits: ChannelLimits;
  /** Starts receiving; resolves once the channel is ready. */
  start(onInbound: InboundHandler): Promise<void>;
  /** Sends one message. Never throws: every outcome is a SendResult. */
  send(message: OutboundMessage): Promise<SendResult>;
  /** Stops receiving; in-flight handling is allowed to finish. */
  stop(): Promise<void>;
}
