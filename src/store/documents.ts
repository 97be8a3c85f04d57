import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync, unlinkSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { RefusedFile, StoredFile } from '../shared/messages.js';

/** MIME types accepted as documents or evidence: office documents, PDFs and photos. */
export const ALLOWED_MIME_TYPES: ReadonlySet<string> = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/x-cfb',
]);

/** The outcome of offering bytes to the document store. */
export type PutResult = { ok: true; file: StoredFile } | { ok: false; refused: RefusedFile };

/** Keeps a display name short and free of path separators and control characters. */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\/]/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return cleaned || 'documento';
}

/**
 * Content-addressed storage of uploaded files under `<dataDir>/documents`. A file's path
 * is derived from its SHA-256 only, so no crafted name can reach outside the store.
 */
export class DocumentStore {
  readonly root: string;

  constructor(dataDir: string, readonly maxBytes: number) {
    this.root = join(dataDir, 'documents');
    mkdirSync(this.root, { recursive: true });
  }

  /** Checks size and sniffed type, then writes the bytes atomically. */
  async put(bytes: Uint8Array, name: string): Promise<PutResult> {
    const displayName = sanitizeFileName(name);
    if (bytes.byteLength > this.maxBytes) {
      return { ok: false, refused: this.tooLarge(displayName, bytes.byteLength) };
    }
    const type = await fileTypeFromBuffer(bytes);
    if (!type || !ALLOWED_MIME_TYPES.has(type.mime)) {
      return { ok: false, refused: { reason: 'type_not_allowed', name: displayName, size: bytes.byteLength } };
    }
    const sha256 = this.write(bytes);
    return { ok: true, file: { sha256, size: bytes.byteLength, mime: type.mime, name: displayName } };
  }

  /**
   * Writes bytes under their SHA-256 (once per content: a temporary file renamed into
   * place, so a crash never leaves a partial file under a real name) and returns the hash.
   * Only for checked uploads (`put`) and files the bot makes itself.
   */
  write(bytes: Uint8Array): string {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const path = this.pathOf(sha256);
    if (!existsSync(path)) {
      mkdirSync(join(this.root, sha256.slice(0, 2)), { recursive: true });
      const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      writeFileSync(temp, bytes, { flag: 'wx' });
      renameSync(temp, path);
    }
    return sha256;
  }

  /** The refusal for a file larger than the store accepts (used before downloading). */
  tooLarge(name: string, size: number): RefusedFile {
    return { reason: 'too_large', name: sanitizeFileName(name), size, maxSize: this.maxBytes };
  }

  /** Absolute path of a stored file; throws on anything that is not a SHA-256. */
  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Whether the store holds the file. */
  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Removes a stored file (one no document row references). */
  remove(sha256: string): void {
    const path = this.pathOf(sha256);
    if (existsSync(path)) unlinkSync(path);
  }

  /** Every SHA-256 in the store; leftover temporary files are deleted on the way. */
  list(): string[] {
    const hashes: string[] = [];
    for (const dir of readdirSync(this.root)) {
      for (const entry of readdirSync(join(this.root, dir))) {
        if (entry.endsWith('.tmp')) rmSync(join(this.root, dir, entry), { force: true });
        else if (/^[0-9a-f]{64}$/.test(entry)) hashes.push(entry);
      }
    }
    return hashes;
  }
}
