/**
 * The X-Hub-Signature-256 of a webhook: "sha256=" and the hex HMAC-SHA256 of the body under
 * the app secret. Meta documents the HMAC as computed over the body with non-ASCII
 * characters escaped as \uXXXX (lower-case hex); a body sent with them literal is checked
 * both ways. Compared with `timingSafeEqual`: whatsapp-api-js checks with WebCrypto's
 * `subtle.verify`, which Node implements with a plain memcmp, so it is not used here.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-f]{64})$/i;

/** The body with every character outside ASCII written as a JSON \uXXXX escape, as Meta signs it. */
export function escapeUnicode(body: string): string {
  return body.replace(/[^\0-~]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `header` is the app secret's signature of the raw body `raw`. */
export function validSignature(appSecret: string, raw: Buffer, header: string): boolean {
  const match = HEADER.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!, 'hex');
  const escaped = Buffer.from(escapeUnicode(raw.toString('utf8')), 'utf8');
  const matches = (bytes: Buffer) => timingSafeEqual(createHmac('sha256', appSecret).update(bytes).digest(), given);
  // Both forms are always computed, so the time taken says nothing about which one matched.
  const [literal, asEscaped] = [matches(raw), matches(escaped)];
  return literal || asEscaped;
}
