/**
 * The bot without its channels: store, documents, engine, dispatcher. `main.ts` wires
 * channels to it; tests build one directly.
 */
import type { Logger } from 'pino';
import type { ChannelAdapter } from './channels/types.js';
import type { ChannelId, Inbound } from './shared/messages.js';
import { systemClock, type Clock } from './shared/clock.js';
import type { Config } from './config.js';
import { Dispatcher, type DispatcherOptions } from './delivery/dispatcher.js';
import { Notifier } from './engine/notifier.js';
import type { RoleId } from './domain/roles.js';
import { Engine, type HandleOutcome } from './engine/engine.js';
import { commandName } from './engine/help.js';
import { FLOWS, JOBS } from './flows/index.js';
import type { Job } from './engine/jobs.js';
import type { Flow, Reply } from './engine/types.js';
import { Translator, type Locale, type MessageArgs, m } from './shared/i18n.js';
import { createLogger } from './shared/logger.js';
import { openDatabase, inTransaction, type Db } from './store/db.js';
import { referencedFiles } from './store/documents-repo.js';
import { DocumentStore } from './store/documents.js';
import { createInvite, type InviteGrant } from './store/invites.js';
import { findIdentity, peopleWithRole, personById } from './store/people.js';

/** A command as a channel's menu shows it. */
export interface MenuCommand {
  command: string;
  description: string;
}

/** What createApp accepts besides the configuration. */
export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  flows?: readonly Flow[];
  jobs?: readonly Job[];
  dispatcher?: Partial<DispatcherOptions>;
}

/** The running bot, minus its channels. */
export interface App {
  readonly config: Config;
  readonly db: Db;
  readonly documents: DocumentStore;
  readonly translator: Translator;
  readonly notifier: Notifier;
  readonly engine: Engine;
  readonly dispatcher: Dispatcher;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The scheduled jobs a sweep runs. */
  readonly jobs: readonly Job[];
  /** Handles one inbound message; when it resolves, the replies are in the outbox. */
  receive(inbound: Inbound): Promise<HandleOutcome>;
  /** Registers a channel adapter with the dispatcher. */
  attach(adapter: ChannelAdapter): void;
  /** Creates an invite and returns its code. */
  invites: { create(grant: InviteGrant): { code: string } };
  /** Queues a message for everyone holding a role (e.g. tell every POC). */
  notifyRole(role: RoleId, key: string, args?: MessageArgs): number;
  /** The commands meaningful to the person behind an address, in their locale. */
  commandMenu(channel: ChannelId, address: string): { locale: Locale; commands: MenuCommand[] };
  /** The locale of the person behind an address (the default for strangers). */
  localeOf(channel: ChannelId, address: string): Locale;
  /** The commands open to someone the bot does not know yet, in `locale`. */
  guestMenu(locale: Locale): MenuCommand[];
  /** Deletes stored files no document refers to (left by a crash between write and commit). */
  sweepOrphanFiles(): number;
  /** Closes the database. */
  close(): void;
}

/** The flows' commands as a menu in `locale`. */
function menuOf(flows: readonly Flow[], locale: Locale, translator: Translator): MenuCommand[] {
  return flows.map((flow) => ({ command: commandName(flow, locale), description: translator.render(locale, flow.description) }));
}

/** Builds the bot: opens (and migrates) the database, the document store and the engine. */
export function createApp(config: Config, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel ?? 'info');
  const db = openDatabase(config.databasePath);
  const documents = new DocumentStore(config.dataDir, config.maxUploadBytes);
  const translator = new Translator();
  const notifier = new Notifier(db, translator, config);
  const engine = new Engine({ db, config, documents, translator, notifier, clock, flows: options.flows ?? FLOWS, logger });
  const dispatcher = new Dispatcher(db, documents, clock, logger, options.dispatcher);

  const app: App = {
    config,
    db,
    documents,
    translator,
    notifier,
    engine,
    dispatcher,
    clock,
    logger,
    jobs: options.jobs ?? JOBS,
    async receive(inbound) {
      const outcome = engine.handle(inbound);
      dispatcher.wake();
      return outcome;
    },
    attach: (adapter) => dispatcher.attach(adapter),
    invites: {
      create: (grant) => createInvite(db, grant, { now: clock.now(), ttlMs: config.invites.ttlMs }),
    },
    notifyRole(role, key, args) {
      const reply: Reply = { text: m(key, args) };
      const now = clock.now();
      const sent = inTransaction(db, () => peopleWithRole(db, role).filter((id) => notifier.toPerson(id, reply, { now })).length);
      dispatcher.wake();
      return sent;
    },
    commandMenu(channel, address) {
      const turn = engine.newTurnReadOnly(channel, address, clock.now());
      return { locale: turn.locale, commands: menuOf(engine.availableFlows(turn), turn.locale, translator) };
    },
    localeOf(channel, address) {
      const identity = findIdentity(db, channel, address);
      const person = identity?.personId ? personById(db, identity.personId) : undefined;
      return notifier.localeOf(person?.locale ?? identity?.locale ?? undefined);
    },
    guestMenu(locale) {
      const turn = engine.newTurnReadOnly('console', '', clock.now());
      return menuOf(engine.availableFlows(turn), locale, translator);
    },
    sweepOrphanFiles() {
      const referenced = referencedFiles(db);
      const orphans = documents.list().filter((sha) => !referenced.has(sha));
      for (const sha of orphans) documents.remove(sha);
      return orphans.length;
    },
    close: () => db.$client.close(),
  };
  return app;
}
