/**
 * Telegram webhook mode: a node:http server that hands each POST on the webhook's path to
 * grammY, which rejects requests without the right secret token header with 401. A
 * handler that fails answers 500, so Telegram delivers the update again later.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webhookCallback, type Bot } from 'grammy';
import type { Logger } from 'pino';

/** Where and how the webhook listens. */
export interface WebhookOptions {
  /** The public HTTPS URL Telegram posts to; its path is the one served. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token with every update. */
  secret: string;
  /** Local port (0: any free port). */
  port: number;
  /** Local interface; all of them when omitted. */
  host?: string;
}

/** Telegram waits about a minute for an answer; after this long the update is answered 500 and redelivered. */
const HANDLER_TIMEOUT_MS = 50_000;

/** Starts the webhook server; resolves once it listens. */
export async function listenForWebhook(bot: Bot, options: WebhookOptions, logger: Logger): Promise<Server> {
  const handle = webhookCallback(bot, 'http', {
    secretToken: options.secret,
    onTimeout: 'throw',
    timeoutMilliseconds: HANDLER_TIMEOUT_MS,
  });
  const path = new URL(options.url).pathname;
  const server = createServer((request, response) => {
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== path) {
      response.writeHead(404).end();
      return;
    }
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'telegram webhook update failed; Telegram will deliver it again');
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

/** The port a server listens on. */
export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}

/** Stops accepting connections and resolves once the requests in flight are answered. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
