/**
 * The Graph API client: whatsapp-api-js pinned to one API version, pointed at another
 * root when configured (the tests' local fake; the library itself only knows
 * graph.facebook.com), with every request bounded in time.
 */
import { WhatsAppAPI } from 'whatsapp-api-js';

/** The Graph API version the adapter speaks (pinned: Meta changes payloads between versions). */
export const GRAPH_API_VERSION = 'v23.0';

const GRAPH_ROOT = 'https://graph.facebook.com';
/** The longest one request (a send, an upload, a download) may take. */
const REQUEST_TIMEOUT_MS = 60_000;

/** What the client is built from. */
export interface ClientSettings {
  token: string;
  appSecret: string;
  verifyToken: string;
  /** Another root for graph.facebook.com, such as http://127.0.0.1:9000. */
  apiRoot?: string;
}

/** A whatsapp-api-js client for the settings. */
export function createClient(settings: ClientSettings): WhatsAppAPI {
  const root = settings.apiRoot?.replace(/\/+$/, '');
  const request: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = root && url.startsWith(GRAPH_ROOT) ? `${root}${url.slice(GRAPH_ROOT.length)}` : url;
    return fetch(target, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  };
  return new WhatsAppAPI({
    token: settings.token,
    appSecret: settings.appSecret,
    webhookVerifyToken: settings.verifyToken,
    v: GRAPH_API_VERSION,
    ponyfill: { fetch: request },
  });
}
