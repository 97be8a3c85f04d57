/**
 * The Cloud API webhook at /whatsapp/webhook, as a Fastify plugin for the bot's web
 * server. GET answers Meta's verification handshake (`hub.mode`, `hub.verify_token`,
 * `hub.challenge`). POST checks `X-Hub-Signature-256`, the HMAC-SHA256 of the raw body
 * under the app secret, before anything is parsed or stored (401 otherwise), and answers
 * 200 only once the payload is handled, so Meta delivers again what a failure left out.
 *
 * The plugin is encapsulated: its raw-body parser, quiet logging and rate-limit exemption
 * apply to these two routes only.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Logger } from 'pino';

/** Where Meta is told to post. */
export const WEBHOOK_PATH = '/whatsapp/webhook';
/** Larger bodies are refused (Meta batches at most about a thousand updates, some hundred KB). */
const BODY_LIMIT_BYTES = 1024 * 1024;
/**
 * Both routes, quiet (the handshake's query holds the verify token) and outside the web
 * server's per-address rate limit: Meta posts from a few addresses, a status for every
 * message sent, and only signed requests get past the first check.
 */
const ROUTE = { logLevel: 'warn', config: { rateLimit: false } } as const;

/** What the routes ask of the adapter. */
export interface CloudWebhookHandler {
  /** The challenge to echo for a verification request with the right token; undefined otherwise. */
  verify(query: Record<string, unknown>): string | undefined;
  /** Whether `signature` ("sha256=<hex>") is the app secret's HMAC of `rawBody`, compared in constant time. */
  signedBy(rawBody: Buffer, signature: string): boolean;
  /** Handles a signed payload; resolves once everything in it is stored. */
  receive(payload: unknown): Promise<void>;
}

/** The plugin's options. */
export interface CloudWebhookOptions {
  handler: CloudWebhookHandler;
  logger: Logger;
}

/** Registers GET and POST /whatsapp/webhook: `app.register(cloudWebhook, { handler: adapter.webhook, logger })`. */
export const cloudWebhook: FastifyPluginAsync<CloudWebhookOptions> = async (app, { handler, logger }) => {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT_BYTES }, (_request, body, done) => done(null, body));

  app.get(WEBHOOK_PATH, ROUTE, async (request, reply) => {
    const challenge = handler.verify(request.query as Record<string, unknown>);
    if (challenge === undefined) {
      logger.warn('whatsapp webhook verification refused (wrong verify token or mode)');
      return reply.code(403).send();
    }
    return reply.type('text/plain').send(challenge);
  });

  app.post(WEBHOOK_PATH, ROUTE, async (request, reply) => {
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const signature = request.headers['x-hub-signature-256'];
    if (typeof signature !== 'string' || !handler.signedBy(raw, signature)) {
      logger.warn({ ip: request.ip }, 'whatsapp webhook refused: missing or bad X-Hub-Signature-256');
      return reply.code(401).send();
    }
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply.code(400).send();
    }
    try {
      await handler.receive(payload);
    } catch (error) {
      logger.error({ err: error }, 'whatsapp webhook handling failed; Meta will deliver it again');
      return reply.code(500).send();
    }
    return reply.code(200).send();
  });
};
