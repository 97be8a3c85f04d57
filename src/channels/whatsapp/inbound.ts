/**
 * A Baileys message as an Inbound: which messages the bot answers at all, who sent them,
 * their text, and their document or photo (size checked before download, bounded during
 * it, type sniffed by the document store).
 *
 * Identity: WhatsApp v7 may address a contact by phone-number JID (`…@s.whatsapp.net`) or
 * by LID (`…@lid`). The address is always the phone-number JID when it can be known —
 * from `key.remoteJidAlt`, else Baileys' LID mapping — with device suffixes removed
 * (`jidNormalizedUser`), so one person is one identity however WhatsApp labels them.
 * Only when no mapping exists yet does the LID itself become the address.
 */
import {
  getContentType,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isLidUser,
  isPnUser,
  jidNormalizedUser,
  normalizeMessageContent,
  toNumber,
  type WAMessage,
  type WAMessageKey,
  type proto,
} from '@whiskeysockets/baileys';
import { sanitizeFileName, type DocumentStore } from '../../store/documents.js';
import type { Inbound, RefusedFile, StoredFile } from '../../shared/messages.js';
import { readBounded } from '../../shared/bounded-read.js';

/** Downloads a media message's bytes (Baileys' `downloadMediaMessage` in production). */
export type MediaDownloader = (message: WAMessage) => Promise<AsyncIterable<Uint8Array>>;

/** What mapping a message needs. */
export interface InboundContext {
  documents: DocumentStore;
  download: MediaDownloader;
  /** The phone-number JID of a LID, if Baileys knows it. */
  pnForLid: (lid: string) => Promise<string | null>;
  /** Called when a download fails (the sender is asked to send the file again). */
  onDownloadError: (error: unknown) => void;
}

/** Content kinds that are protocol traffic, not something a person said. */
const SILENT_CONTENT: ReadonlySet<string> = new Set([
  'protocolMessage',
  'reactionMessage',
  'encReactionMessage',
  'pollUpdateMessage',
  'keepInChatMessage',
  'pinInChatMessage',
]);

/** Whether a chat is a group, a broadcast (statuses included) or a channel: the bot never answers there. */
export function isIgnoredChat(jid: string): boolean {
  return Boolean(isJidGroup(jid) || isJidBroadcast(jid) || isJidNewsletter(jid));
}

/** Whether a message comes from a person in a one-to-one chat (not from the bot's own number). */
function isPersonalMessage(key: WAMessageKey): boolean {
  const jid = key.remoteJid;
  if (!jid || key.fromMe || isIgnoredChat(jid)) return false;
  return Boolean(isPnUser(jid) || isLidUser(jid) || isHostedPnUser(jid) || isHostedLidUser(jid));
}

const isLid = (jid: string | undefined | null): jid is string => Boolean(jid && (isLidUser(jid) || isHostedLidUser(jid)));
const isPn = (jid: string | undefined | null): jid is string => Boolean(jid && (isPnUser(jid) || isHostedPnUser(jid)));

/**
 * The address of the sender — their phone-number JID when known, else their LID — and
 * their LID as an alias when both are known, so an identity first seen by LID is found.
 */
async function senderAddress(key: WAMessageKey, pnForLid: InboundContext['pnForLid']): Promise<{ address: string; aliases: string[] }> {
  const jid = key.remoteJid ?? '';
  if (isLid(jid)) {
    const pn = isPn(key.remoteJidAlt) ? key.remoteJidAlt : await pnForLid(jid).catch(() => null);
    return pn ? { address: jidNormalizedUser(pn), aliases: [jidNormalizedUser(jid)] } : { address: jidNormalizedUser(jid), aliases: [] };
  }
  return { address: jidNormalizedUser(jid), aliases: isLid(key.remoteJidAlt) ? [jidNormalizedUser(key.remoteJidAlt)] : [] };
}

/** The Inbound for a message, or undefined when the bot should not answer it. */
export async function toInbound(message: WAMessage, context: InboundContext): Promise<Inbound | undefined> {
  const { key } = message;
  if (!key.id || !isPersonalMessage(key)) return undefined;
  const content = normalizeMessageContent(message.message);
  const kind = getContentType(content ?? undefined);
  if (!content || !kind || SILENT_CONTENT.has(kind)) return undefined;

  const { address, aliases } = await senderAddress(key, context.pnForLid);
  const inbound: Inbound = { channel: 'whatsapp', externalId: key.id, address, ...(aliases.length ? { aliases } : {}) };
  if (message.pushName) inbound.displayName = message.pushName;
  const media = content.documentMessage ?? content.imageMessage;
  const text = content.conversation ?? content.extendedTextMessage?.text ?? media?.caption;
  if (text) inbound.text = text;
  if (media) Object.assign(inbound, await fetchMedia(message, media, mediaName(key.id, content), context));
  return inbound;
}

/** The sender's file name for a document; the message id for a photo (photos have none). */
function mediaName(id: string, content: proto.IMessage): string {
  return content.documentMessage?.fileName || (content.imageMessage ? `${id}.jpg` : id);
}

async function fetchMedia(
  message: WAMessage,
  media: proto.Message.IDocumentMessage | proto.Message.IImageMessage,
  name: string,
  context: InboundContext,
): Promise<{ file: StoredFile } | { refusedFile: RefusedFile }> {
  const { documents } = context;
  const declared = media.fileLength == null ? undefined : toNumber(media.fileLength);
  if (declared !== undefined && declared > documents.maxBytes) return { refusedFile: documents.tooLarge(name, declared) };
  let bytes: Buffer | undefined;
  try {
    bytes = await readBounded(await context.download(message), documents.maxBytes);
  } catch (error) {
    context.onDownloadError(error);
    return { refusedFile: { reason: 'download_failed', name: sanitizeFileName(name), ...(declared ? { size: declared } : {}) } };
  }
  if (!bytes) return { refusedFile: documents.tooLarge(name, declared ?? documents.maxBytes + 1) };
  const stored = await documents.put(bytes, name);
  return stored.ok ? { file: stored.file } : { refusedFile: stored.refused };
}
