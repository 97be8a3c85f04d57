/**
 * A message of a Cloud API webhook as what the adapter must do with it: an Inbound for
 * the bot (text; a reply button, list row or template button as the choice it stands
 * for; a document or photo, downloaded), a request for the full message behind a
 * template, or nothing (reactions, system notices).
 */
import type { ServerContacts, ServerMessage } from 'whatsapp-api-js/types';
import type { Inbound } from '../../shared/messages.js';
import { addressOfNumber } from '../whatsapp-common/address.js';
import type { DownloadedUpload } from '../download.js';
import type { InboundMedia } from './media.js';
import { detailsRequested } from './templates.js';

/** What an inbound message asks of the adapter. */
export type InboundAction =
  | { kind: 'inbound'; inbound: Inbound }
  /** A template's "See details": send the full message of this outbox row. */
  | { kind: 'details'; outboxId: number; address: string }
  | { kind: 'ignore' };

/** Message types that are not something said to the bot. */
const SILENT: ReadonlySet<string> = new Set(['reaction', 'system', 'request_welcome', 'order']);

/** Downloads a media object into the document store under a name. */
export type MediaFetcher = (media: InboundMedia, name: string) => Promise<DownloadedUpload>;

/** The sender's address: the phone-number JID, the same as on the Baileys adapter. */
export function senderAddress(message: Pick<ServerMessage, 'from'>): string {
  return addressOfNumber(message.from);
}

/** What to do with `message` from the person `contact` describes. */
export async function inboundAction(message: ServerMessage, contact: ServerContacts | undefined, fetchMedia: MediaFetcher): Promise<InboundAction> {
  if (SILENT.has(message.type)) return { kind: 'ignore' };
  const address = senderAddress(message);
  const inbound: Inbound = { channel: 'whatsapp', externalId: message.id, address };
  const name = contact?.profile.name;
  if (name) inbound.displayName = name;
  switch (message.type) {
    case 'text':
      inbound.text = message.text.body;
      break;
    case 'interactive': {
      const reply = message.interactive;
      const id = reply.type === 'button_reply' ? reply.button_reply.id : reply.type === 'list_reply' ? reply.list_reply.id : undefined;
      if (id === undefined) return { kind: 'ignore' };
      return choice(inbound, id);
    }
    case 'button':
      return choice(inbound, message.button.payload);
    case 'document':
      if (message.document.caption) inbound.text = message.document.caption;
      Object.assign(inbound, await fetchMedia(message.document, message.document.filename || message.id));
      break;
    case 'image':
      if (message.image.caption) inbound.text = message.image.caption;
      Object.assign(inbound, await fetchMedia(message.image, `${message.id}.${message.image.mime_type === 'image/png' ? 'png' : 'jpg'}`));
      break;
    // Audio, video, stickers, locations, contacts, unsupported types: the engine says what it takes.
  }
  return { kind: 'inbound', inbound };
}

/** A pressed button or row: the choice it stands for, or a request for the full message. */
function choice(inbound: Inbound, payload: string): InboundAction {
  const outboxId = detailsRequested(payload);
  if (outboxId !== undefined) return { kind: 'details', outboxId, address: inbound.address };
  return { kind: 'inbound', inbound: { ...inbound, choiceId: payload } };
}
