/**
 * A file a person sent, from the platform into the document store, the same way on every
 * channel: refused before downloading when its declared size is too large, bounded while
 * downloading (a sender may lie about the size), sniffed by the store.
 */
import { sanitizeFileName, type DocumentStore } from '../store/documents.js';
import type { RefusedFile, StoredFile } from '../shared/messages.js';
import { readBounded } from '../shared/bounded-read.js';

/** What became of an upload: stored, or refused with the reason the engine reports. */
export type DownloadedUpload = { file: StoredFile } | { refusedFile: RefusedFile };

/** An opened download: its bytes, and its size when the platform says it before sending them. */
export interface OpenedDownload {
  chunks: AsyncIterable<Uint8Array>;
  size?: number;
}

/**
 * Downloads an upload named `name` (its size `size` if the message declares it) into the
 * store. A failed download calls `onError` and is refused as `download_failed`.
 */
export async function downloadToStore(
  documents: DocumentStore,
  upload: { name: string; size?: number },
  open: () => Promise<OpenedDownload>,
  onError: (error: unknown) => void,
): Promise<DownloadedUpload> {
  const { name } = upload;
  const tooLarge = (size: number | undefined): DownloadedUpload => ({ refusedFile: documents.tooLarge(name, size ?? documents.maxBytes + 1) });
  if (upload.size !== undefined && upload.size > documents.maxBytes) return tooLarge(upload.size);
  let bytes: Buffer | undefined;
  let size = upload.size;
  try {
    const opened = await open();
    size = opened.size ?? size;
    if (size !== undefined && size > documents.maxBytes) return tooLarge(size);
    bytes = await readBounded(opened.chunks, documents.maxBytes);
  } catch (error) {
    onError(error);
    return { refusedFile: { reason: 'download_failed', name: sanitizeFileName(name), ...(size ? { size } : {}) } };
  }
  if (!bytes) return tooLarge(size);
  const stored = await documents.put(bytes, name);
  return stored.ok ? { file: stored.file } : { refusedFile: stored.refused };
}
