/**
 * The daily backup: at BACKUP_AT (local time) the bot copies its database and documents
 * into BACKUP_DIR (store/backup.ts), in small steps so it keeps answering meanwhile, then
 * keeps the newest BACKUP_KEEP backups. A failure is logged as an error; the next day
 * tries again.
 */
import { join } from 'node:path';
import cron from 'node-cron';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { backup, pruneBackups } from '../store/backup.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';

/** What the daily backup needs (an App satisfies it). */
export interface BackupHost {
  readonly config: Config;
  readonly db: Db;
  readonly documents: DocumentStore;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** Pages copied per step of an in-process backup (4 MB): each step holds the event loop only briefly. */
const PAGES_PER_STEP = 1_000;

/** Makes one backup into the configured folder and prunes old ones; resolves with the new file. */
export async function backupNow(host: BackupHost): Promise<string | undefined> {
  const settings = host.config.backup;
  if (!settings) return undefined;
  const now = host.clock.now();
  const file = join(settings.dir, `bot-${now.toISOString().replace(/[:.]/g, '-')}.db`);
  const started = Date.now();
  const report = await backup(host.db, host.documents, file, now, PAGES_PER_STEP);
  const removed = pruneBackups(settings.dir, settings.keep);
  host.logger.info({ file, bytes: report.databaseBytes, documents: report.documents, copied: report.copied, removed: removed.length, ms: Date.now() - started }, 'backup made');
  if (report.missing.length > 0) host.logger.error({ missing: report.missing.length }, 'backup: documents refer to files that are not stored');
  return file;
}

/** Schedules the daily backup when BACKUP_DIR is set; `stop()` ends it. */
export function startBackups(host: BackupHost): { stop(): void } {
  const settings = host.config.backup;
  if (!settings) return { stop() {} };
  const task = cron.schedule(
    `${settings.minute} ${settings.hour} * * *`,
    () => backupNow(host).catch((error: unknown) => host.logger.error({ err: error }, 'backup failed')),
    { timezone: host.config.timeZone, noOverlap: true, name: 'daily-backup' },
  );
  return {
    stop() {
      void task.destroy();
    },
  };
}
