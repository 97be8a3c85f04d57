import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import type { RefusedFile, StoredFile } from '../shared/messages.js';
import { compoundFileNames } from './cfb.js';
import { syncPath } from './durable.js';

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
  'application/vnd.ms-powerpoint',
]);

/** Names no product may have, whatever the content: programs, installers, scripts, disk images. */
const EXECUTABLE_NAME = /\.(exe|msi|msp|msix|appx|bat|cmd|com|scr|pif|cpl|dll|sys|js|jse|vbs|vbe|wsf|wsh|ps1|psm1|hta|jar|apk|lnk|reg|sh|iso|img|dmg)$/i;

/** The stream that makes a compound (OLE) file a legacy Office document, and its type. */
const LEGACY_OFFICE: readonly (readonly [string, string])[] = [
  ['WordDocument', 'application/msword'],
  ['Workbook', 'application/vnd.ms-excel'],
  ['Book', 'application/vnd.ms-excel'],
  ['PowerPoint Document', 'application/vnd.ms-powerpoint'],
];

/** Folders and files of the store: the bot's user only. */
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The type of an upload a product may be (sniffed from the bytes, never taken from the
 * name), or undefined. A compound (OLE) file counts only as a legacy Word, Excel or
 * PowerPoint document; an installer in the same container does not. A program's name
 * is refused whatever the content.
 */
async function acceptedType(bytes: Uint8Array, name: string): Promise<string | undefined> {
  if (EXECUTABLE_NAME.test(name)) return undefined;
  const type = await fileTypeFromBuffer(bytes);
  if (!type) return undefined;
  if (type.mime === 'application/x-cfb') {
    const streams = compoundFileNames(bytes) ?? [];
    return LEGACY_OFFICE.find(([stream]) => streams.includes(stream))?.[1];
  }
  return ALLOWED_MIME_TYPES.has(type.mime) ? type.mime : undefined;
}

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

/** A stored file or a leftover, as the orphan report lists it. */
export interface StoredEntry {
  /** The SHA-256 (the file's name), or the leftover's name. */
  name: string;
  path: string;
  size: number;
  modifiedAt: Date;
}

/**
 * Content-addressed storage of uploaded files under `<dataDir>/documents`. A file's path
 * is derived from its SHA-256 only, so no crafted name can reach outside the store. Files
 * are written durably (fsynced, then renamed, then the folder fsynced) before any row can
 * refer to them, readable by the bot's user only, and never deleted: a file no row refers
 * to can only be moved to `<dataDir>/quarantine` (see store/document-sweep.ts).
 */
export class DocumentStore {
  readonly root: string;
  /** Where unreferenced files are moved; the operator decides what becomes of them. */
  readonly quarantineRoot: string;
  /** Where files are written before their SHA-256 is known (streamed writes). */
  private readonly incoming: string;
  /** Byte ranges of files too large for a channel, cut while they are being sent. */
  private readonly parts: string;

  constructor(dataDir: string, readonly maxBytes: number) {
    this.root = join(dataDir, 'documents');
    this.quarantineRoot = join(dataDir, 'quarantine');
    this.incoming = join(this.root, 'incoming');
    this.parts = join(this.root, 'parts');
    mkdirSync(this.incoming, { recursive: true, mode: PRIVATE_DIR });
    chmodSync(this.root, PRIVATE_DIR);
  }

  /** Checks size and sniffed type, then writes the bytes durably. */
  async put(bytes: Uint8Array, name: string): Promise<PutResult> {
    const displayName = sanitizeFileName(name);
    if (bytes.byteLength > this.maxBytes) {
      return { ok: false, refused: this.tooLarge(displayName, bytes.byteLength) };
    }
    const mime = await acceptedType(bytes, displayName);
    if (!mime) return { ok: false, refused: { reason: 'type_not_allowed', name: displayName, size: bytes.byteLength } };
    const sha256 = this.write(bytes);
    return { ok: true, file: { sha256, size: bytes.byteLength, mime, name: displayName } };
  }

  /**
   * Writes bytes under their SHA-256 (once per content: a temporary file fsynced, then
   * renamed into place, so a crash never leaves a partial file under a real name) and
   * returns the hash. When this returns, the file is on disk for good: a row may refer to
   * it. Only for checked uploads (`put`) and files the bot makes itself.
   */
  write(bytes: Uint8Array): string {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (this.has(sha256)) return sha256;
    const temp = this.temporaryPath();
    const fd = openSync(temp, 'wx', PRIVATE_FILE);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    this.adopt(temp, sha256);
    return sha256;
  }

  /** A new path for a file being written whose SHA-256 is not known yet; hand it to `adopt()`. */
  temporaryPath(): string {
    return join(this.incoming, `${randomBytes(8).toString('hex')}.tmp`);
  }

  /**
   * Moves a complete, fsynced temporary file into place under its SHA-256 and makes the
   * move durable. If the store already holds that content, the temporary file is dropped
   * (the same bytes stay under the same name).
   */
  adopt(temp: string, sha256: string): void {
    const path = this.pathOf(sha256);
    if (this.has(sha256)) {
      rmSync(temp, { force: true });
      return;
    }
    mkdirSync(dirname(path), { recursive: true, mode: PRIVATE_DIR });
    renameSync(temp, path);
    syncPath(dirname(path));
  }

  /** The size of a stored file in bytes. */
  sizeOf(sha256: string): number {
    return statSync(this.pathOf(sha256)).size;
  }

  /**
   * A file holding bytes [offset, offset + length) of a stored file (one part of a file
   * too large for a channel), cut on first use; `dropPart()` once it is sent.
   */
  async partFile(sha256: string, part: { index: number; offset: number; length: number }): Promise<string> {
    const path = join(this.parts, `${sha256}.${part.index}`);
    if (existsSync(path) && statSync(path).size === part.length) return path;
    mkdirSync(this.parts, { recursive: true, mode: PRIVATE_DIR });
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await pipeline(
      createReadStream(this.pathOf(sha256), { start: part.offset, end: part.offset + part.length - 1 }),
      createWriteStream(temp, { mode: PRIVATE_FILE, flags: 'wx' }),
    );
    renameSync(temp, path);
    return path;
  }

  /** Removes a part cut by `partFile()` (a copy of stored bytes, not a document). */
  dropPart(sha256: string, index: number): void {
    if (SHA256.test(sha256)) rmSync(join(this.parts, `${sha256}.${index}`), { force: true });
  }

  /** The refusal for a file larger than the store accepts (used before downloading). */
  tooLarge(name: string, size: number): RefusedFile {
    return { reason: 'too_large', name: sanitizeFileName(name), size, maxSize: this.maxBytes };
  }

  /** Absolute path of a stored file; throws on anything that is not a SHA-256. */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a sha256');
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /** Whether the store holds the file. */
  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Every SHA-256 in the store. */
  list(): string[] {
    return this.entries().map((entry) => entry.name);
  }

  /** Every stored file, with its size and time. */
  entries(): StoredEntry[] {
    const found: StoredEntry[] = [];
    for (const dir of readdirSync(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const name of readdirSync(join(this.root, dir))) if (SHA256.test(name)) found.push(entryOf(join(this.root, dir, name), name));
    }
    return found;
  }

  /** Files left half-written by a crash (never referenced by a row). */
  leftovers(): StoredEntry[] {
    const found: StoredEntry[] = [];
    for (const dir of readdirSync(this.root)) {
      const folder = join(this.root, dir);
      if (dir !== 'incoming' && !/^[0-9a-f]{2}$/.test(dir)) continue;
      for (const name of readdirSync(folder)) if (name.endsWith('.tmp')) found.push(entryOf(join(folder, name), name));
    }
    return found;
  }

  /** Files in quarantine. */
  quarantined(): StoredEntry[] {
    if (!existsSync(this.quarantineRoot)) return [];
    return readdirSync(this.quarantineRoot).map((name) => entryOf(join(this.quarantineRoot, name), name));
  }

  /** Moves a stored file into quarantine; nothing is deleted. */
  quarantine(sha256: string): void {
    const path = this.pathOf(sha256);
    mkdirSync(this.quarantineRoot, { recursive: true, mode: PRIVATE_DIR });
    renameSync(path, join(this.quarantineRoot, sha256));
    syncPath(this.quarantineRoot);
  }

  /**
   * Removes a half-written temporary file (a `.tmp` leftover of a crash). It is the bot's
   * own scratch copy, never a document: no row can refer to it.
   */
  discardLeftover(entry: StoredEntry): void {
    if (entry.name.endsWith('.tmp') && entry.path.startsWith(this.root)) rmSync(entry.path, { force: true });
  }

  /** Moves a quarantined file back into the store (a row refers to it again); false if it is not there. */
  release(sha256: string): boolean {
    const from = join(this.quarantineRoot, sha256);
    if (!SHA256.test(sha256) || !existsSync(from)) return false;
    const sha = createHash('sha256').update(readFileSync(from)).digest('hex');
    if (sha !== sha256) return false;
    mkdirSync(dirname(this.pathOf(sha256)), { recursive: true, mode: PRIVATE_DIR });
    renameSync(from, this.pathOf(sha256));
    syncPath(dirname(this.pathOf(sha256)));
    return true;
  }
}

function entryOf(path: string, name: string): StoredEntry {
  const info = statSync(path);
  return { name, path, size: info.size, modifiedAt: info.mtime };
}
