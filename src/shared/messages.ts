/**
 * The plain values that cross the boundary between a channel adapter and the rest of
 * the bot: what a person sent, and what the bot sends back. Every layer may use them.
 */

/** The channels the bot speaks on. */
export type ChannelId = 'telegram' | 'whatsapp' | 'console';

/** A file already checked and written to the document store, ready to be referenced. */
export interface StoredFile {
  /** Lower-case hex SHA-256 of the bytes; also the file's name in the store. */
  sha256: string;
  /** Size in bytes. */
  size: number;
  /** MIME type sniffed from the bytes, never taken from the name. */
  mime: string;
  /** The name the sender gave, sanitized for display; never used as a path. */
  name: string;
}

/** One message from a person, as an adapter hands it to the engine. */
export interface Inbound {
  channel: ChannelId;
  /** The platform's id for this message, unique per channel; used to drop repeats. */
  externalId: string;
  /** Who sent it on that channel: Telegram chat id, WhatsApp JID, console handle. */
  address: string;
  /** Other addresses of the same sender on the channel (a WhatsApp LID beside the phone number). */
  aliases?: string[];
  /** The sender's display name on the platform, if it gave one. */
  displayName?: string;
  /**
   * The sender's language as the platform suggests it (Telegram's `language_code`, an
   * IETF tag such as "es-419"), used until the person chooses one.
   */
  languageHint?: string;
  /** Free text or a command such as "/start CODE". */
  text?: string;
  /** The opaque id of a choice the person pressed (Telegram callback data). */
  choiceId?: string;
  /** An uploaded file, already in the document store. */
  file?: StoredFile;
  /** An upload the adapter refused before storing it; the engine tells the sender why. */
  refusedFile?: RefusedFile;
}

/** Why an upload was not stored. */
export interface RefusedFile {
  reason: 'too_large' | 'type_not_allowed' | 'download_failed';
  name: string;
  /** Size in bytes, when known. */
  size?: number;
  /** The largest size accepted, in bytes (for the "too large" message). */
  maxSize?: number;
}

/** A choice offered to a person; the adapter renders it (keyboard, numbered list). */
export interface OutboundChoice {
  /** Opaque and short (fits Telegram's 64-byte callback data). */
  id: string;
  label: string;
}

/** A file the bot sends back to a person. */
export interface OutboundFile {
  name: string;
  /** Absolute path of the file on disk. */
  path: string;
  mime: string;
}

/** One rendered message, ready for an adapter to send. */
export interface OutboundMessage {
  /** The outbox row id; stable across retries (used as an idempotency hint). */
  id: number;
  channel: ChannelId;
  address: string;
  /** The id of the message in locales/*.ftl, when the text is one message. */
  key?: string;
  text: string;
  choices?: OutboundChoice[];
  /** Whether a typed answer is welcome besides the choices (a free-text question with "Atrás"). */
  acceptsText?: boolean;
  file?: OutboundFile;
}
