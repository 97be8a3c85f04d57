/**
 * The web server inside the bot's process: Fastify with security headers (helmet), a
 * per-address rate limit, cookies and form bodies, serving the public portal, the open
 * data, the national desk and the operations endpoints from the same SQLite store, and
 * the WhatsApp Cloud API webhook when that adapter runs.
 */
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { cloudWebhook, type CloudWebhookHandler } from '../channels/whatsapp-cloud/webhook.js';
import { projectPath } from '../shared/project-root.js';
import type { WebContext, WebHost } from './context.js';
import { registerDeskPages } from './desk-pages.js';
import { registerDeskSession } from './desk-session.js';
import { registerPublicFiles } from './files.js';
import { registerOpenData } from './open-data-pages.js';
import { registerOperations } from './operations.js';
import { registerPublicPages } from './public-pages.js';
import { readerLocale, Views } from './render.js';

/** The style sheet, read once (found from src/web or dist/web alike). */
const STYLE = readFileSync(projectPath('src', 'web', 'assets', 'estilo.css'), 'utf8');

/** What the server serves besides the portal. */
export interface WebServerOptions {
  /** The WhatsApp Cloud API adapter's webhook, served at /whatsapp/webhook when that adapter runs. */
  whatsappWebhook?: CloudWebhookHandler;
}

/** Builds the server (not listening yet); `inject()` drives it in tests. */
export async function buildWebServer(host: WebHost, options: WebServerOptions = {}): Promise<FastifyInstance> {
  const settings = host.config.web;
  if (!settings) throw new Error('the web server is disabled (WEB_PORT=0)');
  const https = settings.baseUrl.startsWith('https://');
  // Typed as Fastify's logger so the server's type does not carry pino's own.
  const logger: FastifyBaseLogger = host.logger.child({ component: 'web' });
  const server = Fastify({
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    // Only a proxy on this machine may say who the visitor is (X-Forwarded-For).
    trustProxy: ['127.0.0.1', '::1'],
    bodyLimit: 16 * 1024,
  });
  const views = new Views(host.translator, host.config.timeZone);
  const notFound = (request: FastifyRequest, reply: FastifyReply) => {
    const locale = readerLocale(request, reply);
    return views.send(reply, request, 'message', { title: host.translator.t(locale, 'web-not-found-title'), message: host.translator.t(locale, 'web-not-found') }, 404);
  };
  const web: WebContext = { ...host, web: settings, views, notFound };

  await server.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000 } : false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await server.register(rateLimit, { max: settings.rateLimitPerMinute, timeWindow: '1 minute' });
  await server.register(cookie);
  await server.register(formbody);

  server.get('/estilo.css', (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLE));
  server.get('/robots.txt', (_request, reply) => reply.type('text/plain').send('User-agent: *\nDisallow: /panel\n'));
  registerPublicPages(server, web);
  registerPublicFiles(server, web);
  registerOpenData(server, web);
  registerDeskSession(server, web);
  registerDeskPages(server, web);
  registerOperations(server, web);
  if (options.whatsappWebhook) await server.register(cloudWebhook, { handler: options.whatsappWebhook, logger: host.logger.child({ channel: 'whatsapp' }) });
  server.setNotFoundHandler(notFound);
  server.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) host.logger.error({ err: error, url: request.url }, 'web request failed');
    const locale = readerLocale(request, reply);
    return views.send(reply, request, 'message', { title: host.translator.t(locale, 'web-error-title'), message: host.translator.t(locale, status === 429 ? 'web-rate-limited' : 'web-error') }, status);
  });
  return server;
}

/** A listening web server. */
export interface RunningWebServer {
  /** The address it listens on, such as http://127.0.0.1:8080. */
  readonly address: string;
  close(): Promise<void>;
}

/** Builds the server and listens on WEB_HOST:WEB_PORT. */
export async function startWebServer(host: WebHost, options: WebServerOptions = {}): Promise<RunningWebServer> {
  const server = await buildWebServer(host, options);
  const address = await server.listen({ port: host.config.web!.port, host: host.config.web!.host });
  return { address, close: () => server.close() };
}
