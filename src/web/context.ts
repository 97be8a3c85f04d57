/**
 * What every part of the web server shares: the app's store and services (the web reads
 * the database only through src/store), the views, and the answer for a missing page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Clock } from '../shared/clock.js';
import type { Translator } from '../shared/i18n.js';
import type { Telemetry } from '../shared/telemetry.js';
import type { Db } from '../store/db.js';
import type { DocumentStore } from '../store/documents.js';
import type { Views } from './render.js';

/** What the web server needs from the running bot (an App provides it). */
export interface WebHost {
  readonly config: Config;
  readonly db: Db;
  readonly documents: DocumentStore;
  readonly translator: Translator;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
}

/** The host, its web settings, the views and shared answers. */
export interface WebContext extends WebHost {
  readonly web: NonNullable<Config['web']>;
  readonly views: Views;
  /** The 404 page. */
  notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply;
}
