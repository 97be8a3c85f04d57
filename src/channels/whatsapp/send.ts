/**
 * One outbox message as Baileys message content: choices become a numbered list after
 * the text (whatsapp-common/numbered-choices.ts); files go as `document` messages with
 * the text as caption.
 */
import type { AnyMessageContent } from '@whiskeysockets/baileys';
import type { SendResult } from '../types.js';
import type { OutboundMessage } from '../../shared/messages.js';
import { disconnectCode } from './reconnect.js';

/** The content `sendMessage` takes for a message whose full text is `text`. */
export function messageContent(message: OutboundMessage, text: string): AnyMessageContent {
  if (!message.file) return { text };
  const { path, name, mime } = message.file;
  return { document: { url: path }, fileName: name, mimetype: mime, ...(text ? { caption: text } : {}) };
}

/**
 * A failed send as a SendResult. Baileys fails sends with Boom errors about the
 * connection (closed, timed out, not authenticated) or with file and encryption errors
 * that a later attempt may not repeat: all transient. Unreachable recipients are found
 * before sending (the number is not on WhatsApp), not from an error.
 */
export function sendFailure(error: unknown): SendResult {
  const message = error instanceof Error ? error.message : String(error);
  const code = disconnectCode(error);
  return { kind: 'transient', reason: code === undefined ? message : `${code} ${message}` };
}
