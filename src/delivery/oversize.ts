/**
 * A file too large for its channel (a Telegram bot sends at most 50 MB) is never retried
 * as it is: the row is replaced by a message with a download link when the bot can make
 * one, else by the file's parts, each under the limit, the first saying how to join them
 * and the whole file's SHA-256 so the joined file can be checked.
 */
import type { DownloadLinks } from '../shared/download-links.js';
import type { MessageArgs } from '../shared/i18n.js';
import type { ChannelId } from '../shared/messages.js';
import type { Db } from '../store/db.js';
import { splitRow, type OutboxRow } from '../store/outbox.js';
import type { OutboxFile, OutboxPayload } from '../store/schema.js';

/** What replacing a row needs (the dispatcher's dependencies include it). */
export interface OversizeDeps {
  db: Db;
  /** The message `key` in the language of the person at an address. */
  text(channel: ChannelId, address: string, key: string, args?: MessageArgs): string;
  /** Download links for files too large for a channel; without them such files go in parts. */
  links?: DownloadLinks;
}

/** How a row is replaced, and the write that does it (inside a transaction). */
export interface Replacement {
  how: 'link' | 'parts';
  apply(now: Date): void;
}

/** The replacement of `row`, whose `file` is larger than `limit` bytes. */
export function oversizeReplacement(row: OutboxRow, file: OutboxFile & { size: number }, limit: number, deps: OversizeDeps): Replacement {
  const channel = row.channel as ChannelId;
  const say = (key: string, args: Record<string, string | number>) => deps.text(channel, row.address, key, args);
  const { choices } = row.payload;
  const megabytes = Math.ceil(file.size / 1_048_576);
  const link = deps.links?.linkFor({ sha256: file.sha256, name: file.name, mime: file.mime, size: file.size }, { channel, address: row.address });
  if (link) {
    const text = joined(row.payload.text, say('file-download-link', { name: file.name, megabytes, link, sha256: file.sha256 }));
    return { how: 'link', apply: (now) => splitRow(deps.db, row, [{ text, ...(choices ? { choices } : {}) }], now) };
  }
  const count = Math.ceil(file.size / limit);
  const parts: OutboxPayload[] = Array.from({ length: count }, (_, i) => {
    const index = i + 1;
    const name = `${file.name}.${String(index).padStart(3, '0')}`;
    const text =
      index === 1
        ? joined(row.payload.text, say('file-in-parts', { name: file.name, megabytes, count, first: name, sha256: file.sha256 }))
        : say('file-part', { name: file.name, index, count });
    const offset = i * limit;
    const part = { index, count, offset, length: Math.min(limit, file.size - offset) };
    return { text, file: { sha256: file.sha256, name, mime: 'application/octet-stream', part }, ...(index === count && choices ? { choices } : {}) };
  });
  return { how: 'parts', apply: (now) => splitRow(deps.db, row, parts, now) };
}

function joined(text: string, notice: string): string {
  return text ? `${text}\n\n${notice}` : notice;
}
