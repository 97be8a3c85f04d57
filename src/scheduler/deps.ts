/** What the scheduler's jobs need from the app. */
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Notifier } from '../delivery/notifier.js';
import type { Translator } from '../i18n.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';

/** The parts of the app a sweep reads and writes (an App satisfies it). */
export interface SweepDeps {
  db: Db;
  config: Config;
  notifier: Notifier;
  translator: Translator;
  documents: DocumentStore;
  logger: Logger;
}
