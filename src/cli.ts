/**
 * Administration from the shell: `npm run cli -- <command>`.
 *   process [--json]                       the Guía's 15 activities (Anexo 4)
 *   roles [--json]                          the role ids
 *   invite --role ROLE [--gad ID] [--gremio AME|CONGOPE|CONAGOPARE] [--json]
 *                                           a new single-use invite code
 *   export --gad ID --out DIR              the action plan's evaluation package of a GAD
 *   whatsapp-templates [--json]            the WhatsApp Cloud API templates to submit to Meta
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { processModel } from './domain/process-model.js';
import { ROLES, isRoleId, roleById } from './domain/roles.js';
import { GREMIOS, isGremio } from './domain/territory.js';
import { exportPackage } from './flows/plan/files/export.js';
import { openDatabase } from './store/db.js';
import { DocumentStore } from './store/documents.js';
import { gadById } from './store/gads.js';
import { createInvite } from './store/invites.js';
import { needsGremio } from './domain/duties.js';
import { templateDefinitions } from './channels/whatsapp-cloud/templates.js';
import { Translator } from './shared/i18n.js';

/** A problem with the command line: printed, exit code 2. */
class UsageError extends Error {}

const USAGE = `Usage: npm run cli -- <command>
  process [--json]      the 15 activities of Anexo 4
  roles [--json]        the role ids
  invite --role ROLE [--gad ID] [--gremio ${GREMIOS.join('|')}] [--json]
  export --gad ID --out DIR   the action plan's package (report, open data, documents, zip)
  whatsapp-templates [--json] the WhatsApp Cloud API templates to submit for approval`;

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

function invite(values: { role?: string; gad?: string; gremio?: string; json?: boolean }): void {
  const { role, gremio } = values;
  if (!role || !isRoleId(role)) throw new UsageError(`--role must be one of: ${ROLES.map((r) => r.id).join(', ')}`);
  if (gremio !== undefined && !isGremio(gremio)) throw new UsageError(`--gremio must be one of: ${GREMIOS.join(', ')}`);
  if (needsGremio(role) && !gremio) throw new UsageError('--gremio is required for the gremio role');
  const gadId = values.gad === undefined ? undefined : Number(values.gad);
  if (gadId !== undefined && !(Number.isInteger(gadId) && gadId > 0)) throw new UsageError('--gad must be a local government id');
  if (roleById(role).local && gadId === undefined) throw new UsageError(`--gad is required for the ${role} role`);
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  try {
    if (gadId !== undefined && !gadById(db, gadId)) throw new UsageError(`there is no local government with id ${gadId}`);
    const { code } = createInvite(db, { role, gadId, gremio }, { now: new Date(), ttlMs: config.invites.ttlMs });
    console.log(values.json ? JSON.stringify({ code }) : code);
  } finally {
    db.$client.close();
  }
}

function exportPlan(values: { gad?: string; out?: string }): void {
  const gadId = Number(values.gad);
  if (!Number.isInteger(gadId) || gadId <= 0 || !values.out) throw new UsageError('export needs --gad ID and --out DIR');
  const config = loadConfig();
  const db = openDatabase(config.databasePath);
  try {
    const deps = { db, documents: new DocumentStore(config.dataDir, config.maxUploadBytes), timeZone: config.timeZone, locale: config.defaultLocale };
    const written = exportPackage(deps, gadId, values.out, new Date());
    if (!written) throw new UsageError(`local government ${gadId} has no action plan`);
    for (const name of written) console.log(name);
  } finally {
    db.$client.close();
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

function main(argv: string[]): void {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      role: { type: 'string' },
      gad: { type: 'string' },
      gremio: { type: 'string' },
      out: { type: 'string' },
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
    case 'whatsapp-templates':
      return printWhatsAppTemplates(values.json);
    default:
      throw new UsageError(USAGE);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(error instanceof ConfigError ? 1 : 2);
  }
  throw error;
}
