/**
 * Sending one outbox message on Telegram: plain text split at 4096 characters, choices
 * as an inline keyboard, files as documents, and every failure mapped to a SendResult.
 *
 * Text goes without parse_mode: the engine hands over finished text in which people's
 * own words (names, captions) are already interpolated, and plain text cannot be broken
 * by a stray `<` or `_` in them. Formatting would need the outbox to carry it.
 */
import { GrammyError, HttpError, InputFile, type Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { SendResult } from '../types.js';
import type { OutboundChoice, OutboundFile, OutboundMessage } from '../../shared/messages.js';

/** Telegram's longest message text. */
export const TEXT_LIMIT = 4096;
/** Telegram's longest document caption. */
export const CAPTION_LIMIT = 1024;

/** One Bot API call a message becomes. */
type Part =
  | { kind: 'text'; text: string; keyboard?: InlineKeyboardMarkup }
  | { kind: 'document'; file: OutboundFile; caption?: string; keyboard?: InlineKeyboardMarkup };

/** 400 descriptions that mean the chat will never be reachable. */
const UNREACHABLE = /chat not found|user not found|user is deactivated|bot was blocked|peer_id_invalid/i;

/**
 * Creates the adapter's `send`. A message split in parts remembers (in memory, by outbox
 * id) the parts already delivered, so a retry after a 429 does not repeat them.
 */
export function createSender(api: Api): (message: OutboundMessage) => Promise<SendResult> {
  const delivered = new Map<number, number>();
  return async (message) => {
    const parts = planParts(message);
    try {
      for (let index = delivered.get(message.id) ?? 0; index < parts.length; index++) {
        await sendPart(api, Number(message.address), parts[index]!);
        delivered.set(message.id, index + 1);
      }
      delivered.delete(message.id);
      return { kind: 'sent' };
    } catch (error) {
      const result = sendFailure(error);
      if (result.kind === 'unreachable') delivered.delete(message.id);
      return result;
    }
  };
}

/** The Bot API calls for a message, the keyboard on the last one. */
function planParts(message: OutboundMessage): Part[] {
  const keyboard = message.choices?.length ? inlineKeyboard(message.choices) : undefined;
  if (message.file) {
    if (message.text.length <= CAPTION_LIMIT) {
      return [{ kind: 'document', file: message.file, caption: message.text || undefined, keyboard }];
    }
    return [...splitText(message.text).map((text): Part => ({ kind: 'text', text })), { kind: 'document', file: message.file, keyboard }];
  }
  const chunks = splitText(message.text);
  return chunks.map((text, index) => ({ kind: 'text', text, keyboard: index === chunks.length - 1 ? keyboard : undefined }));
}

/** Splits text into pieces of at most `limit` UTF-16 units, at a paragraph, line or space when it can. */
export function splitText(text: string, limit = TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const hardCut = /[\ud800-\udbff]/.test(window.charAt(limit - 1)) ? limit - 1 : limit;
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((at) => at >= limit / 2) ?? hardCut;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  pieces.push(rest);
  return pieces;
}

/** One button per row; the callback data is the choice's opaque id. */
function inlineKeyboard(choices: OutboundChoice[]): InlineKeyboardMarkup {
  return { inline_keyboard: choices.map((choice) => [{ text: choice.label, callback_data: choice.id }]) };
}

async function sendPart(api: Api, chatId: number, part: Part): Promise<void> {
  if (part.kind === 'text') {
    await api.sendMessage(chatId, part.text, { reply_markup: part.keyboard });
  } else {
    const document = new InputFile(part.file.path, part.file.name);
    await api.sendDocument(chatId, document, { caption: part.caption, reply_markup: part.keyboard });
  }
}

/**
 * A failed Bot API call as a SendResult: 429 → retry after `retry_after`; 403 and
 * "chat not found" → unreachable; other 400s and 413 (the request itself is refused:
 * repeating it changes nothing) → failed; anything else (5xx, network, timeout) → transient.
 * Reasons never include request URLs (they hold the token).
 */
function sendFailure(error: unknown): SendResult {
  if (error instanceof GrammyError) {
    const reason = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) return { kind: 'retry', afterMs: (error.parameters.retry_after ?? 1) * 1000, reason };
    if (error.error_code === 403 || (error.error_code === 400 && UNREACHABLE.test(error.description))) {
      return { kind: 'unreachable', reason };
    }
    if (error.error_code === 400 || error.error_code === 413) return { kind: 'failed', reason };
    return { kind: 'transient', reason };
  }
  if (error instanceof HttpError) return { kind: 'transient', reason: error.message };
  return { kind: 'transient', reason: error instanceof Error ? error.message : String(error) };
}
