/**
 * Administration from the shell: `npm run cli -- <command>`.
 *   process [--json]                       the Guía's 15 activities (Anexo 4)
 *   roles [--json]                          the role ids
 *   invite --role ROLE [--gad ID] [--gremio AME|CONGOPE|CONAGOPARE] [--json]
 *                                           a new single-use invite code
 *   export --gad ID --out DIR              the action plan's evaluation package of a GAD
 *   documents --orphans [--json]           stored files no document refers to, and the quarantine
 *   outbox --failed [--retry] [--json]     messages given up on, with their reason; --retry queues them again
 *   backup --out FILE [--json]             a checked copy of the database and its documents (the bot may run)
 *   restore FILE [--json]                  puts a backup back (the bot must be stopped); deletes nothing
 *   open-data --out DIR                    the national open data, as /datos/ serves it
 *   proposals import --gad ID FILE [--json]   proposals from a Decidim or CONSUL CSV export, pending the Foro's response
 *   whatsapp-templates [--json]            the WhatsApp Cloud API templates to submit to Meta
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.js';
import { processModel } from './domain/process-model.js';
import { ROLES, isRoleId, roleById } from './domain/roles.js';
import { GREMIOS, isGremio } from './domain/territory.js';
import { exportPackage } from './flows/plan/files/export.js';
import { ImportFormatError, importProposals } from './flows/proposals/import.js';
import { backup, BackupError, restore } from './store/backup.js';
import { openDatabase, type Db } from './store/db.js';
import { orphanReport } from './store/document-sweep.js';
import { DocumentStore } from './store/documents.js';
import { gadById } from './store/gads.js';
import { acquireInstanceLock, InstanceLockedError } from './store/instance-lock.js';
import { createInvite } from './store/invites.js';
import { failedCount, failedRows, retryFailed } from './store/outbox.js';
import { needsGremio } from './domain/duties.js';
import { templateDefinitions } from './channels/whatsapp-cloud/templates.js';
import { Translator } from './shared/i18n.js';
import { openDataFiles } from './web/open-data/package.js';

/** A problem with the command line: printed, exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: npm run cli -- <command>
  process [--json]      the 15 activities of Anexo 4
  roles [--json]        the role ids
  invite --role ROLE [--gad ID] [--gremio ${GREMIOS.join('|')}] [--json]
  export --gad ID --out DIR   the action plan's package (report, open data, documents, zip)
  documents --orphans [--json]   stored files no document refers to, leftovers, the quarantine
  outbox --failed [--retry] [--json]   messages given up on and why; --retry queues them again
  backup --out FILE [--json]   a checked copy of the database and its documents (while the bot runs)
  restore FILE [--json]   puts a backup back (stop the bot first); moves the current database aside
  open-data --out DIR   the national open data (CSV, JSON, datapackage.json, schemas)
  proposals import --gad ID FILE [--json]   proposals from a Decidim or CONSUL CSV export (a row already imported is skipped)
  whatsapp-templates [--json]   the WhatsApp Cloud API templates to submit for approval`;

/** The options every command may take. */
interface Options {
  json: boolean;
  role?: string;
  gad?: string;
  gremio?: string;
  out?: string;
  orphans: boolean;
  failed: boolean;
  retry: boolean;
}

function printProcess(json: boolean): void {
  const model = processModel();
  if (json) return void console.log(JSON.stringify(model, null, 2));
  for (const a of model) {
    console.log(`${String(a.number).padStart(2)}. ${a.name}`);
    console.log(`    responsable: ${a.responsible.join(', ')}${a.requires.length ? ` · requiere: ${a.requires.join(', ')}` : ''}`);
    if (a.products.length) console.log(`    productos: ${a.products.join('; ')}`);
  }
}

function printRoles(json: boolean): void {
  if (json) return void console.log(JSON.stringify(ROLES.map((role) => role.id)));
  for (const role of ROLES) console.log(`${role.id.padEnd(13)} ${role.name}${role.local ? ' (local: --gad)' : ''}`);
}

/** Opens the configured database and document store for one command, and closes them. */
async function withStore<T>(work: (store: { db: Db; documents: DocumentStore; config: Config }) => T | Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  try {
    return await work({ db, documents: new DocumentStore(config.dataDir, config.maxUploadBytes), config });
  } finally {
    db.$client.close();
  }
}

async function invite(values: Options): Promise<void> {
  const { role, gremio } = values;
  if (!role || !isRoleId(role)) throw new UsageError(`--role must be one of: ${ROLES.map((r) => r.id).join(', ')}`);
  if (gremio !== undefined && !isGremio(gremio)) throw new UsageError(`--gremio must be one of: ${GREMIOS.join(', ')}`);
  if (needsGremio(role) && !gremio) throw new UsageError('--gremio is required for the gremio role');
  const gadId = values.gad === undefined ? undefined : Number(values.gad);
  if (gadId !== undefined && !(Number.isInteger(gadId) && gadId > 0)) throw new UsageError('--gad must be a local government id');
  if (roleById(role).local && gadId === undefined) throw new UsageError(`--gad is required for the ${role} role`);
  await withStore(({ db, config }) => {
    if (gadId !== undefined && !gadById(db, gadId)) throw new UsageError(`there is no local government with id ${gadId}`);
    const { code } = createInvite(db, { role, gadId, gremio }, { now: new Date(), ttlMs: config.invites.ttlMs });
    console.log(values.json ? JSON.stringify({ code }) : code);
  });
}

async function exportPlan(values: Options): Promise<void> {
  const gadId = Number(values.gad);
  const out = values.out;
  if (!Number.isInteger(gadId) || gadId <= 0 || !out) throw new UsageError('export needs --gad ID and --out DIR');
  await withStore(async ({ db, documents, config }) => {
    const written = await exportPackage({ db, documents, timeZone: config.timeZone, locale: config.defaultLocale }, gadId, out, new Date());
    if (!written) throw new UsageError(`local government ${gadId} has no action plan`);
    for (const name of written) console.log(name);
  });
}

async function listOrphans(values: Options): Promise<void> {
  if (!values.orphans) throw new UsageError('documents needs --orphans');
  const report = await withStore(({ db, documents }) => orphanReport(db, documents));
  if (values.json) return void console.log(JSON.stringify(report));
  const line = (entry: { name: string; path: string; size: number; modifiedAt: Date }, note = '') =>
    console.log(`  ${entry.name}  ${entry.size} B  ${entry.modifiedAt.toISOString()}  ${entry.path}${note}`);
  console.log(`Unreferenced files in the document store: ${report.unreferenced.length}`);
  report.unreferenced.forEach((entry) => line(entry));
  console.log(`Half-written leftovers: ${report.leftovers.length}`);
  report.leftovers.forEach((entry) => line(entry));
  console.log(`In quarantine: ${report.quarantined.length} (the bot moves a file back by itself once a document refers to it)`);
  report.quarantined.forEach((entry) => line(entry, entry.referenced ? '  (referenced: back at next start)' : ''));
}

async function listFailed(values: Options): Promise<void> {
  if (!values.failed) throw new UsageError('outbox needs --failed');
  await withStore(({ db }) => {
    if (values.retry) {
      const queued = retryFailed(db, new Date());
      return void console.log(values.json ? JSON.stringify({ queued }) : `Queued again: ${queued}`);
    }
    const rows = failedRows(db, 500).map((row) => ({
      id: row.id,
      channel: row.channel,
      address: row.address,
      attempts: row.attempts,
      reason: row.lastError,
      createdAt: row.createdAt.toISOString(),
      key: row.payload.key ?? null,
      file: row.payload.file?.name ?? null,
    }));
    if (values.json) return void console.log(JSON.stringify({ total: failedCount(db), rows }));
    console.log(`Messages given up on: ${failedCount(db)}${rows.length < failedCount(db) ? ` (the newest ${rows.length} below)` : ''}`);
    for (const row of rows) {
      console.log(`  #${row.id} ${row.channel}:${row.address} ${row.createdAt} after ${row.attempts} attempt(s): ${row.reason ?? ''}${row.file ? ` [${row.file}]` : ''}`);
    }
  });
}

async function backupCommand(values: Options): Promise<void> {
  const out = values.out;
  if (!out) throw new UsageError('backup needs --out FILE');
  const report = await withStore(({ db, documents }) => backup(db, documents, out, new Date()));
  if (values.json) return void console.log(JSON.stringify(report));
  console.log(`Database copied and checked (integrity ok): ${report.file} (${report.databaseBytes} B)`);
  console.log(`Documents: ${report.documents} (${report.copied} copied now), manifest: ${report.manifest}`);
  if (report.missing.length > 0) console.log(`Files the database refers to that were not in the store: ${report.missing.length}`);
}

async function restoreCommand(file: string | undefined, values: Options): Promise<void> {
  if (!file) throw new UsageError('restore needs the backup FILE');
  const config = loadConfig();
  // Refuses while a bot (or another restore) holds the data directory.
  const lock = acquireInstanceLock(config.dataDir, config.databasePath, 'restore', new Date());
  try {
    const report = await restore(file, config.databasePath, new DocumentStore(config.dataDir, config.maxUploadBytes), new Date());
    if (values.json) return void console.log(JSON.stringify(report));
    console.log(`Restored ${file} into ${config.databasePath} (backup checked: integrity and SHA-256 of every file).`);
    if (report.movedAside) console.log(`The database that was there is kept as ${report.movedAside}.`);
    console.log(`Documents copied back from the backup: ${report.restoredDocuments}. Nothing was deleted.`);
    if (report.missingFiles.length === 0) console.log('Every document row has its file.');
    else {
      console.log(`Document rows whose file is missing: ${report.missingFiles.length}`);
      for (const row of report.missingFiles) console.log(`  #${row.id} ${row.fileName} ${row.sha256}`);
    }
  } finally {
    lock.release();
  }
}

function printWhatsAppTemplates(json: boolean): void {
  const definitions = templateDefinitions(new Translator());
  if (json) return void console.log(JSON.stringify(definitions, null, 2));
  for (const { name, language, category, components } of definitions) {
    const [body, buttons] = components;
    console.log(`${name} (${language}, ${category})`);
    console.log(`    ${body.text}`);
    console.log(`    [${buttons.buttons.map((button) => button.text).join('] [')}]`);
  }
}

function openData(values: { out?: string }): void {
  if (!values.out) throw new UsageError('open-data needs --out DIR');
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  try {
    const baseUrl = config.web?.baseUrl ?? 'http://localhost:8080';
    for (const file of openDataFiles(db, baseUrl, new Date())) {
      const path = join(values.out, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.body);
      console.log(file.path);
    }
  } finally {
    db.$client.close();
  }
}

async function proposalsCommand(action: string | undefined, file: string | undefined, values: Options): Promise<void> {
  const gadId = Number(values.gad);
  if (action !== 'import' || !file || !Number.isInteger(gadId) || gadId <= 0) throw new UsageError('proposals import needs --gad ID and the CSV FILE');
  let csv: Buffer;
  try {
    csv = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  await withStore(({ db }) => {
    if (!gadById(db, gadId)) throw new UsageError(`there is no local government with id ${gadId}`);
    let report;
    try {
      report = db.transaction(() => importProposals(db, gadId, csv, new Date()));
    } catch (error) {
      if (error instanceof ImportFormatError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
    if (values.json) return void console.log(JSON.stringify(report));
    console.log(`Imported from ${report.source}: ${report.added} new proposals, ${report.skipped} already imported.`);
    if (report.invalid.length > 0) console.log(`Rows left out (no id, title or text): lines ${report.invalid.join(', ')}`);
  });
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      role: { type: 'string' },
      gad: { type: 'string' },
      gremio: { type: 'string' },
      out: { type: 'string' },
      orphans: { type: 'boolean', default: false },
      failed: { type: 'boolean', default: false },
      retry: { type: 'boolean', default: false },
    },
  });
  switch (positionals[0]) {
    case 'process':
      return printProcess(values.json);
    case 'roles':
      return printRoles(values.json);
    case 'invite':
      return invite(values);
    case 'export':
      return exportPlan(values);
    case 'documents':
      return listOrphans(values);
    case 'outbox':
      return listFailed(values);
    case 'backup':
      return backupCommand(values);
    case 'restore':
      return restoreCommand(positionals[1], values);
    case 'whatsapp-templates':
      return printWhatsAppTemplates(values.json);
    case 'open-data':
      return openData(values);
    case 'proposals':
      return proposalsCommand(positionals[1], positionals[2], values);
    default:
      throw new UsageError(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || error instanceof ConfigError || error instanceof InstanceLockedError || error instanceof BackupError;
  if (known || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(error instanceof UsageError || !known ? 2 : 1);
  }
  throw error;
});
