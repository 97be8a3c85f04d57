/**
 * One bot process per data directory and per database file: exclusive SQLite locks on
 * `<dataDir>/bot.lock` and `<database>.lock`, held
 * for the life of the process. The operating system releases it when the process ends,
 * however it ends (SIGKILL included), so a stale lock cannot exist. Who holds it — pid,
 * start time, host — is written beside it, in `bot.lock.json`, for the message the next
 * process prints.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { isBusy } from './unavailable.js';

/** Who holds a lock. */
export interface LockHolder {
  pid: number;
  startedAt: string;
  host: string;
  /** What the holder is: the bot, or a CLI command such as "restore". */
  purpose: string;
}

/** A lock this process holds; `release()` gives it up (exiting does too). */
export interface InstanceLock {
  readonly path: string;
  release(): void;
}

/** Another process holds the lock. */
export class InstanceLockedError extends Error {
  constructor(
    readonly path: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(
      holder
        ? `another process (pid ${holder.pid}, ${holder.purpose}, started ${holder.startedAt} on ${holder.host}) is using ${path}; stop it first`
        : `another process is using ${path}; stop it first`,
    );
    this.name = 'InstanceLockedError';
  }
}

/** The lock files that stand for a data directory and its database (wherever either is reached from). */
function lockFilesOf(dataDir: string, databasePath: string): string[] {
  return [join(dataDir, 'bot.lock'), `${databasePath}.lock`];
}

/**
 * Takes the exclusive locks of a data directory and its database (folders created if
 * missing, mode 0700); throws InstanceLockedError naming the holder when another process
 * has one of them.
 */
export function acquireInstanceLock(dataDir: string, databasePath: string, purpose: string, now: Date): InstanceLock {
  const held: InstanceLock[] = [];
  try {
    for (const path of lockFilesOf(dataDir, databasePath)) held.push(lockFile(path, dataDir, purpose, now));
  } catch (error) {
    for (const lock of held) lock.release();
    throw error;
  }
  return { path: held[0]!.path, release: () => held.forEach((lock) => lock.release()) };
}

function lockFile(path: string, dataDir: string, purpose: string, now: Date): InstanceLock {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (isBusy(error)) throw new InstanceLockedError(dataDir, readHolder(path));
    throw error;
  }
  const holder: LockHolder = { pid: process.pid, startedAt: now.toISOString(), host: hostname(), purpose };
  const temp = `${path}.json.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  renameSync(temp, `${path}.json`);
  let held = true;
  return {
    path,
    release() {
      if (!held) return;
      held = false;
      db.close();
    },
  };
}

function readHolder(path: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(`${path}.json`, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}
