/**
 * Backups that restore. `backup()` copies the database with SQLite's online backup API (a
 * consistent copy while the bot keeps writing), checks the copy with `PRAGMA
 * integrity_check`, copies every document the copy refers to into a content-addressed
 * pool beside it (`<folder>/documents/<sha[0:2]>/<sha>`, shared by the backups of one
 * folder, each file verified against its SHA-256 on the way), and writes a manifest
 * (`<file>.manifest.json`) with the SHA-256 of the database and of every document.
 *
 * `restore()` checks a backup (the database's hash and integrity, every document's hash),
 * moves the current database aside (nothing is deleted), puts the copy in its place, copies
 * back the documents the live store lacks without touching the others, and reports the
 * rows whose file is found nowhere. The caller holds the instance lock: no bot runs.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './db.js';
import type { DocumentStore } from './documents.js';
import { syncPath } from './durable.js';

/** The manifest written beside each backup. */
export interface BackupManifest {
  format: 1;
  createdAt: string;
  database: { file: string; size: number; sha256: string };
  /** Every document file the database refers to, relative to the manifest's folder. */
  documents: { sha256: string; size: number; path: string }[];
  /** Files the database refers to that the store did not hold when the backup was made. */
  missing: string[];
}

/** What a backup did. */
export interface BackupReport {
  file: string;
  manifest: string;
  databaseBytes: number;
  documents: number;
  /** Documents copied into the pool this time (the others were there from earlier backups). */
  copied: number;
  missing: string[];
}

/** What a restore did and found. */
export interface RestoreReport {
  /** Where the database that was in place now is (undefined when there was none). */
  movedAside: string | undefined;
  /** Documents copied from the backup into the store (the store lacked them). */
  restoredDocuments: number;
  /** Document rows whose file is neither in the store nor in the backup. */
  missingFiles: { id: number; fileName: string; sha256: string }[];
}

/** A backup that cannot be made or trusted; the message says why. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The manifest of the backup in `file`. */
export function manifestPathOf(file: string): string {
  return `${file}.manifest.json`;
}

/** The pool of documents beside a backup file. */
function poolOf(file: string): string {
  return join(dirname(file), 'documents');
}

function poolPath(file: string, sha256: string): string {
  return join(poolOf(file), sha256.slice(0, 2), sha256);
}

/**
 * Backs up the database behind `db` and its documents into `file` (which must not exist).
 * `pagesPerStep` bounds how long each step holds the caller's thread (the bot backs up in
 * small steps; a separate process may copy everything at once).
 */
export async function backup(db: Db, documents: DocumentStore, file: string, now: Date, pagesPerStep = 1_000_000): Promise<BackupReport> {
  if (existsSync(file) || existsSync(manifestPathOf(file))) throw new BackupError(`${file} already exists; a backup never overwrites one`);
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await db.$client.backup(partial, { progress: () => pagesPerStep });
    chmodSync(partial, 0o600);
    const referenced = checkedCopy(partial);
    syncPath(partial);
    renameSync(partial, file);
    syncPath(dirname(file));
    const entries: BackupManifest['documents'] = [];
    const missing: string[] = [];
    let copied = 0;
    for (const sha256 of referenced) {
      if (!documents.has(sha256)) {
        missing.push(sha256);
        continue;
      }
      const target = poolPath(file, sha256);
      if (!existsSync(target)) {
        await copyVerified(documents.pathOf(sha256), target, sha256);
        copied++;
      }
      entries.push({ sha256, size: statSync(target).size, path: join('documents', sha256.slice(0, 2), sha256) });
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: { file: basename(file), size: statSync(file).size, sha256: await sha256OfFile(file) },
      documents: entries,
      missing,
    };
    writeDurably(manifestPathOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
    return { file, manifest: manifestPathOf(file), databaseBytes: manifest.database.size, documents: entries.length, copied, missing };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Opens a database copy read-only, checks its integrity, and returns the document hashes it refers to. */
function checkedCopy(path: string): string[] {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`the copy of the database fails its integrity check: ${String(result)}`);
    const hasDocuments = copy.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'documents'`).get() as { n: number };
    if (hasDocuments.n === 0) return [];
    return (copy.prepare('SELECT DISTINCT sha256 FROM documents').all() as { sha256: string }[]).map((row) => row.sha256);
  } finally {
    copy.close();
  }
}

/**
 * Keeps the newest `keep` backups named `bot-*.db` in `folder` (with their manifests) and
 * the pool files they refer to; removes older backups and pool files none refers to.
 * Returns the backups removed.
 */
export function pruneBackups(folder: string, keep: number): string[] {
  if (!existsSync(folder)) return [];
  const all = readdirSync(folder)
    .filter((name) => /^bot-.*\.db$/.test(name) && existsSync(manifestPathOf(join(folder, name))))
    .sort();
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const name of removed) {
    rmSync(join(folder, name), { force: true });
    rmSync(manifestPathOf(join(folder, name)), { force: true });
  }
  const kept = new Set<string>();
  for (const name of all.slice(removed.length)) {
    const manifest = JSON.parse(readFileSync(manifestPathOf(join(folder, name)), 'utf8')) as BackupManifest;
    for (const entry of manifest.documents) kept.add(entry.sha256);
  }
  const pool = join(folder, 'documents');
  if (existsSync(pool)) {
    for (const dir of readdirSync(pool)) {
      for (const sha of readdirSync(join(pool, dir))) if (!kept.has(sha)) rmSync(join(pool, dir, sha), { force: true });
    }
  }
  return removed;
}

/** Reads and checks a backup's manifest, database and documents; throws BackupError on any mismatch. */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  const manifestPath = manifestPathOf(file);
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  if (!existsSync(manifestPath)) throw new BackupError(`${manifestPath} is missing: not a backup made by "cli backup"`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BackupManifest;
  if ((await sha256OfFile(file)) !== manifest.database.sha256) throw new BackupError(`${file} does not match the SHA-256 in its manifest`);
  checkedCopy(file);
  const bad: string[] = [];
  for (const entry of manifest.documents) {
    const path = join(dirname(file), entry.path);
    if (!existsSync(path) || (await sha256OfFile(path)) !== entry.sha256) bad.push(entry.sha256);
  }
  if (bad.length > 0) throw new BackupError(`${bad.length} document(s) of the backup are missing or damaged: ${bad.slice(0, 5).join(', ')}`);
  return manifest;
}

/** Restores the checked backup in `file` over `databasePath` and `documents`; see the file's comment. */
export async function restore(file: string, databasePath: string, documents: DocumentStore, now: Date): Promise<RestoreReport> {
  const manifest = await verifyBackup(file);
  mkdirSync(dirname(databasePath), { recursive: true, mode: 0o700 });
  let movedAside: string | undefined;
  if (existsSync(databasePath)) {
    movedAside = `${databasePath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    // The database with its WAL and shared memory, so the set moved aside stays whole.
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(databasePath + suffix)) renameSync(databasePath + suffix, movedAside + suffix);
  }
  const temp = `${databasePath}.${randomBytes(4).toString('hex')}.restoring`;
  await copyFile(file, temp);
  chmodSync(temp, 0o600);
  syncPath(temp);
  renameSync(temp, databasePath);
  syncPath(dirname(databasePath));

  let restoredDocuments = 0;
  for (const entry of manifest.documents) {
    if (documents.has(entry.sha256) || documents.release(entry.sha256)) continue;
    const temporary = documents.temporaryPath();
    await copyVerified(join(dirname(file), entry.path), temporary, entry.sha256);
    documents.adopt(temporary, entry.sha256);
    restoredDocuments++;
  }
  const restored = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const rows = restored.prepare('SELECT id, file_name AS fileName, sha256 FROM documents ORDER BY id').all() as RestoreReport['missingFiles'];
    return { movedAside, restoredDocuments, missingFiles: rows.filter((row) => !documents.has(row.sha256) && !documents.release(row.sha256)) };
  } finally {
    restored.close();
  }
}

/** Copies `from` to `to` durably, checking on the way that the bytes have the SHA-256 `sha256`. */
async function copyVerified(from: string, to: string, sha256: string): Promise<void> {
  mkdirSync(dirname(to), { recursive: true, mode: 0o700 });
  const temp = `${to}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await copyFile(from, temp);
    if ((await sha256OfFile(temp)) !== sha256) throw new BackupError(`${from} does not match its SHA-256 ${sha256}`);
    chmodSync(temp, 0o600);
    syncPath(temp);
    renameSync(temp, to);
    syncPath(dirname(to));
  } finally {
    rmSync(temp, { force: true });
  }
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function writeDurably(path: string, text: string): void {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(temp, text, { mode: 0o600 });
  syncPath(temp);
  renameSync(temp, path);
  syncPath(dirname(path));
}
