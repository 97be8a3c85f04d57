/**
 * Telegram webhook mode: a node:http server that hands each POST on the webhook's path to
 * grammY. A request without the right secret token header is refused with 401, a body
 * larger than an update can be with 413 (read no further), one that is not an update
 * with 400. An update the store could not take, or one not handled in time, is answered
 * 503, so Telegram delivers it again later; anything else is answered 200 once handled.
 */
import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotError, type Bot } from 'grammy';
import type { Update } from 'grammy/types';
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

/** Telegram waits about a minute for an answer; after this long the update is answered 503 and redelivered. */
const HANDLER_TIMEOUT_MS = 50_000;
/** The largest body accepted: an update is a few kilobytes (its files are fetched separately). */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/** Starts the webhook server; resolves once it listens. */
export async function listenForWebhook(
  bot: Bot,
  options: WebhookOptions,
  logger: Logger,
  /** Whether a handling failure means the update was not stored (answered 503). */
  isRetryable: (error: unknown) => boolean,
  /** Makes what was stored durable, before the update is answered 200. */
  beforeConfirm: () => void = () => {},
): Promise<Server> {
  const path = new URL(options.url).pathname;
  const secret = Buffer.from(options.secret);

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== path) return end(response, 404);
    const given = Buffer.from(String(request.headers['x-telegram-bot-api-secret-token'] ?? ''));
    if (given.length !== secret.length || !timingSafeEqual(given, secret)) return end(response, 401);
    const body = await readBody(request);
    if (body === 'too-large') return end(response, 413, true);
    const update = parseUpdate(body);
    if (!update) return end(response, 400);
    try {
      await withTimeout(bot.handleUpdate(update), HANDLER_TIMEOUT_MS);
      beforeConfirm();
      end(response, 200);
    } catch (error) {
      const cause = error instanceof BotError ? error.error : error;
      if (cause instanceof HandlerTimeout || isRetryable(cause)) {
        logger.warn({ err: cause, updateId: update.update_id }, 'telegram webhook update not stored; answered 503, Telegram will deliver it again');
        return end(response, 503);
      }
      // A bug, not the store: answered 200, so one bad update cannot come back forever.
      logger.error({ err: cause, updateId: update.update_id }, 'telegram update not handled');
      end(response, 200);
    }
  }

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'telegram webhook request failed');
      end(response, 500);
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

/** The body, or 'too-large' as soon as it passes MAX_WEBHOOK_BODY_BYTES (declared or read). */
async function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_WEBHOOK_BODY_BYTES) return 'too-large';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_WEBHOOK_BODY_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The update in a body, or undefined when it is not JSON or not an update. */
function parseUpdate(body: Buffer): Update | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    const id = (value as { update_id?: unknown } | null)?.update_id;
    return typeof value === 'object' && value !== null && Number.isSafeInteger(id) ? (value as Update) : undefined;
  } catch {
    return undefined;
  }
}

function end(response: ServerResponse, status: number, close = false): void {
  if (response.headersSent) return void response.end();
  // A body not read to its end is not waited for: the connection closes after the answer.
  response.writeHead(status, close ? { connection: 'close' } : {}).end();
}

class HandlerTimeout extends Error {
  constructor() {
    super('the update was not handled in time');
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new HandlerTimeout()), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
