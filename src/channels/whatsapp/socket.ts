/**
 * The part of Baileys the WhatsApp adapter talks to: the socket's shape (which the real
 * `makeWASocket` result and the test fake both have), how the real one is built, and
 * how media is downloaded through it.
 */
import {
  downloadMediaMessage,
  makeWASocket,
  type AnyMessageContent,
  type BaileysEventEmitter,
  type SocketConfig,
  type WAMessage,
} from '@whiskeysockets/baileys';
import type { Logger } from 'pino';
import { isIgnoredChat } from './inbound.js';

/** The longest a media download may take before the sender is asked to send it again. */
export const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The part of a Baileys socket the adapter uses. */
export interface WhatsAppSocket {
  ev: Pick<BaileysEventEmitter, 'on'>;
  signalRepository: { lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  sendMessage(jid: string, content: AnyMessageContent): Promise<WAMessage | undefined>;
  onWhatsApp(...jids: string[]): Promise<{ jid: string; exists: boolean }[] | undefined>;
  updateMediaMessage(message: WAMessage): Promise<WAMessage>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  end(error: Error | undefined): unknown;
}

/** What a socket is built from. */
export type SocketSettings = Pick<SocketConfig, 'auth' | 'getMessage' | 'logger'>;

/** Builds a socket; tests pass one that returns a fake. */
export type SocketFactory = (settings: SocketSettings) => WhatsAppSocket;

/**
 * Baileys' own socket, as a bot wants it: not "online" (so the phone keeps notifying its
 * owner) and deaf to groups, broadcasts and channels (never decrypted, never stored).
 */
export const baileysSocket: SocketFactory = (settings) =>
  makeWASocket({ ...settings, markOnlineOnConnect: false, shouldIgnoreJid: isIgnoredChat });

/**
 * Streams a media message's bytes with Baileys' `downloadMediaMessage`, asking the
 * sender's phone to re-upload media whose link expired, within DOWNLOAD_TIMEOUT_MS.
 */
export function downloadMedia(message: WAMessage, socket: WhatsAppSocket, logger: Logger): Promise<AsyncIterable<Uint8Array>> {
  return downloadMediaMessage(
    message,
    'stream',
    { options: { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) } },
    { reuploadRequest: (stale) => socket.updateMediaMessage(stale), logger },
  );
}
