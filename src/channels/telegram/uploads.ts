/**
 * Telegram uploads into the document store: the size is checked before anything is
 * downloaded, the download is bounded in bytes and time, and the store sniffs the type.
 */
import { GrammyError, type Api } from 'grammy';
import type { Message } from 'grammy/types';
import type { Logger } from 'pino';
import { sanitizeFileName, type DocumentStore } from '../../store/documents.js';
import type { RefusedFile, StoredFile } from '../../shared/messages.js';
import { readBounded } from '../../shared/bounded-read.js';
import { Semaphore } from '../../shared/keyed-queue.js';
import { isStoreUnavailable, StoreUnavailableError } from '../../store/unavailable.js';

/** The largest file the cloud Bot API lets a bot download (getFile answers "file is too big" past it). */
export const CLOUD_DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

/** A file attached to a message, as Telegram describes it before download. */
export interface UploadSource {
  fileId: string;
  name: string;
  size?: number;
}

/** What became of an upload: stored, or refused with the reason the engine reports. */
export type FetchedUpload = { file: StoredFile } | { refusedFile: RefusedFile };

/** What fetching uploads needs. */
export interface UploadFetcherOptions {
  api: Api;
  /** Base of download URLs: `<apiRoot>/file/bot<token>/<file_path>`. */
  fileRoot: string;
  documents: DocumentStore;
  /** The largest download the Bot API server allows (20 MB on the cloud server). */
  downloadLimitBytes: number;
  /** Longest download of one file (getFile is bounded by the client's timeout). */
  downloadTimeoutMs: number;
  /** Downloads at once, across senders (each sender's updates already come one at a time). */
  concurrentDownloads: number;
  logger: Logger;
}

/** The document or the largest photo of a message, if it carries one. */
export function uploadSource(message: Message): UploadSource | undefined {
  if (message.document) {
    const { file_id, file_unique_id, file_name, file_size } = message.document;
    return { fileId: file_id, name: file_name ?? file_unique_id, size: file_size };
  }
  const largest = message.photo?.reduce((best, size) =>
    (size.file_size ?? size.width * size.height) > (best.file_size ?? best.width * best.height) ? size : best,
  );
  return largest && { fileId: largest.file_id, name: `${largest.file_unique_id}.jpg`, size: largest.file_size };
}

/**
 * Creates the function that downloads an upload and offers it to the document store. A
 * store that cannot write (disk full) throws a StoreUnavailableError: the message stays
 * unconfirmed and comes back, instead of being recorded as a failed download.
 */
export function createUploadFetcher(options: UploadFetcherOptions): (source: UploadSource) => Promise<FetchedUpload> {
  const { api, documents, logger } = options;
  const slots = new Semaphore(options.concurrentDownloads);
  const limit = Math.min(documents.maxBytes, options.downloadLimitBytes);
  const tooLarge = (name: string, size?: number): FetchedUpload => ({
    refusedFile: { ...documents.tooLarge(name, size ?? limit + 1), maxSize: limit },
  });

  return async (source) => {
    if (source.size !== undefined && source.size > limit) return tooLarge(source.name, source.size);
    try {
      const info = await api.getFile(source.fileId);
      if (info.file_size !== undefined && info.file_size > limit) return tooLarge(source.name, info.file_size);
      if (!info.file_path) throw new Error('getFile returned no file_path');
      const bytes = await slots.use(() => download(`${options.fileRoot}/${info.file_path}`, limit, options.downloadTimeoutMs));
      if (!bytes) return tooLarge(source.name, source.size);
      const stored = await documents.put(bytes, source.name);
      return stored.ok ? { file: stored.file } : { refusedFile: stored.refused };
    } catch (error) {
      if (isStoreUnavailable(error)) throw new StoreUnavailableError(error);
      if (error instanceof GrammyError && /too big/i.test(error.description)) return tooLarge(source.name, source.size);
      // The error never carries the URL: it holds the bot token.
      logger.warn({ err: error instanceof GrammyError ? error.description : String(error) }, 'telegram download failed');
      return { refusedFile: { reason: 'download_failed', name: sanitizeFileName(source.name), size: source.size } };
    }
  };
}

/** Downloads `url`; undefined when the body turns out larger than `limit` bytes. */
async function download(url: string, limit: number, timeoutMs: number): Promise<Uint8Array | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok || !response.body) throw new Error(`file download answered HTTP ${response.status}`);
  return readBounded(response.body as AsyncIterable<Uint8Array>, limit);
}
