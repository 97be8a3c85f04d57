/**
 * Telegram updates as the engine's Inbound values. External ids come from the message
 * (chat id + message id) or the callback query id: both are permanent, unlike update ids,
 * which Telegram may restart at random after a week without updates.
 */
import type { Update, User } from 'grammy/types';
import { uploadSource, type FetchedUpload, type UploadSource } from './uploads.js';
import type { Inbound } from '../../shared/messages.js';

/** The update types the adapter asks Telegram for. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** The chat an update comes from, with its type ("private", "group", ...), if it has one. */
export function chatOf(update: Update): { id: number; type: string } | undefined {
  return update.message?.chat ?? update.callback_query?.message?.chat;
}

/**
 * The Inbound for a private-chat update, downloading its file through `fetchUpload`;
 * undefined for updates that carry nothing for the engine (a button without data).
 */
export async function toInbound(
  update: Update,
  fetchUpload: (source: UploadSource) => Promise<FetchedUpload>,
): Promise<Inbound | undefined> {
  const query = update.callback_query;
  if (query) {
    if (query.data === undefined) return undefined;
    return {
      channel: 'telegram',
      externalId: `c:${query.id}`,
      address: String(query.message?.chat.id ?? query.from.id),
      displayName: displayName(query.from),
      ...languageOf(query.from),
      choiceId: query.data,
    };
  }
  const message = update.message;
  if (!message) return undefined;
  const source = uploadSource(message);
  const upload = source ? await fetchUpload(source) : {};
  return {
    channel: 'telegram',
    externalId: `m:${message.chat.id}:${message.message_id}`,
    address: String(message.chat.id),
    displayName: message.from && displayName(message.from),
    ...(message.from ? languageOf(message.from) : {}),
    text: message.text ?? message.caption,
    ...upload,
  };
}

/** The sender's language as Telegram reports it (their app's language), when it does. */
function languageOf(user: User): Pick<Inbound, 'languageHint'> {
  return user.language_code ? { languageHint: user.language_code } : {};
}

function displayName(user: User): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ');
}
