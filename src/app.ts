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
import type { DownloadLinks } from './shared/download-links.js';
import { Notifier } from './engine/notifier.js';
import type { RoleId } from './domain/roles.js';
import { Engine, type HandleOutcome } from './engine/engine.js';
import { commandName } from './engine/help.js';
import { BUILDS, FLOWS, JOBS } from './flows/index.js';
import { Builder } from './delivery/builder.js';
import type { FileBuild } from './engine/builds.js';
import type { Job } from './engine/jobs.js';
import type { Flow, Reply } from './engine/types.js';
import { Translator, type Locale, type MessageArgs, m } from './shared/i18n.js';
import { createLogger } from './shared/logger.js';
import { Telemetry } from './shared/telemetry.js';
import { openDatabase, inTransaction, syncCommitted, type Db } from './store/db.js';
import { sweepDocuments, type SweepReport } from './store/document-sweep.js';
import { DocumentStore } from './store/documents.js';
import { createInvite, type InviteGrant } from './store/invites.js';
import { findIdentity, peopleWithRole, personById } from './store/people.js';
import { isBusy } from './store/unavailable.js';

/** Attempts at a message while the database is locked by another connection (about 30 s in all). */
const BUSY_ATTEMPTS = 16;
/** How long the bot's statements wait for another connection's lock before retrying asynchronously. */
const BUSY_TIMEOUT_MS = 1000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  /** Download links for files too large for a channel (the web server's); without them, parts. */
  links?: DownloadLinks;
  builds?: readonly FileBuild[];
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
  /** Builds heavy files (evaluation packages) in the background; `start()` it beside the dispatcher. */
  readonly builder: Builder;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Counters and states for /metrics and /healthz. */
  readonly telemetry: Telemetry;
  /** The scheduled jobs a sweep runs. */
  readonly jobs: readonly Job[];
  /**
   * Handles one inbound message; when it resolves, the replies are in the outbox. Rejects
   * with a StoreUnavailableError when the message could not be stored (the database stayed
   * locked, the disk is full): the channel must not confirm it.
   */
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
  /**
   * Moves stored files no document refers to into quarantine (never deletes one) and
   * brings back quarantined files a document refers to again.
   */
  sweepOrphanFiles(): SweepReport;
  /** Makes what was committed so far durable (before telling a platform it was stored). */
  syncCommitted(): void;
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
  const db = openDatabase(config.databasePath, { busyTimeoutMs: BUSY_TIMEOUT_MS, synchronous: config.synchronous });
  const documents = new DocumentStore(config.dataDir, config.maxUploadBytes);
  const translator = new Translator();
  const notifier = new Notifier(db, translator, config);
  const engine = new Engine({ db, config, documents, translator, notifier, clock, flows: options.flows ?? FLOWS, logger });
  const telemetry = new Telemetry();
  const dispatcher = new Dispatcher(
    {
      db,
      documents,
      clock,
      logger,
      links: options.links,
      syncCommitted: () => syncCommitted(db),
      text: (channel, address, key, args) => translator.t(app.localeOf(channel, address), key, args),
    },
    { onResult: (channel, result) => telemetry.outbound(channel, result), ...options.dispatcher },
  );

  const builder = new Builder(
    { db, config, notifier, translator, documents, logger, clock },
    options.builds ?? BUILDS,
    () => dispatcher.wake(),
  );

  const app: App = {
    config,
    db,
    documents,
    translator,
    notifier,
    engine,
    dispatcher,
    builder,
    clock,
    logger,
    telemetry,
    jobs: options.jobs ?? JOBS,
    async receive(inbound) {
      // Another connection holding the write lock is waited out, without blocking the
      // event loop between attempts; a store still unavailable after that throws, and the
      // channel leaves the message unconfirmed.
      for (let attempt = 1; ; attempt++) {
        try {
          const outcome = engine.handle(inbound);
          telemetry.inbound(inbound.channel, outcome);
          dispatcher.wake();
          builder.wake();
          return outcome;
        } catch (error) {
          if (!isBusy(error) || attempt >= BUSY_ATTEMPTS) throw error;
          await sleep(Math.min(1000, 25 * 2 ** attempt));
        }
      }
    },
    attach(adapter) {
      dispatcher.attach(adapter);
      telemetry.channel(adapter.id, 'starting');
    },
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
      return notifier.localeOf(person?.locale);
    },
    guestMenu(locale) {
      const turn = engine.newTurnReadOnly('console', '', clock.now());
      return menuOf(engine.availableFlows(turn), locale, translator);
    },
    sweepOrphanFiles: () => sweepDocuments(db, documents),
    syncCommitted: () => syncCommitted(db),
    close: () => db.$client.close(),
  };
  return app;
}
