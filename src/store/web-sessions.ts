/**
 * The national desk's sign-in: one-time links that /web sends (single use, bound to a
 * person, short-lived) and the sessions they open. Only hashes of the secrets are kept,
 * so a copy of the database opens no desk.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './db.js';
import { webLoginTokens, webSessions } from './schema.js';

/** A desk session as the web server needs it. */
export interface WebSession {
  id: number;
  personId: number;
  csrfToken: string;
  expiresAt: Date;
}

/** A fresh secret: 256 random bits, URL-safe. */
function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret (a link's code or a session cookie). */
function hashSecret(kind: 'login' | 'session', secret: string): string {
  return createHash('sha256').update(`estado-abierto-web-${kind}:${secret}`).digest('hex');
}

/** Creates a one-time sign-in code for a person; only its hash is stored. */
export function createLoginToken(db: Db, personId: number, options: { now: Date; ttlMs: number }): string {
  const token = newSecret();
  db.insert(webLoginTokens)
    .values({ tokenHash: hashSecret('login', token), personId, expiresAt: new Date(options.now.getTime() + options.ttlMs), createdAt: options.now })
    .run();
  return token;
}

/** The person a sign-in code is good for right now (unused, unexpired), without using it. */
export function loginTokenHolder(db: Db, token: string, now: Date): number | undefined {
  const row = db
    .select({ personId: webLoginTokens.personId })
    .from(webLoginTokens)
    .where(and(eq(webLoginTokens.tokenHash, hashSecret('login', token)), isNull(webLoginTokens.usedAt), gt(webLoginTokens.expiresAt, now)))
    .get();
  return row?.personId;
}

/**
 * Uses a sign-in code: marks it used and returns its person, or undefined when it is
 * unknown, used or expired. The update's own condition makes a second use fail even
 * when two requests race.
 */
export function useLoginToken(db: Db, token: string, now: Date): number | undefined {
  const row = db
    .update(webLoginTokens)
    .set({ usedAt: now })
    .where(and(eq(webLoginTokens.tokenHash, hashSecret('login', token)), isNull(webLoginTokens.usedAt), gt(webLoginTokens.expiresAt, now)))
    .returning({ personId: webLoginTokens.personId })
    .get();
  return row?.personId;
}

/** Opens a session for a person; returns the cookie value (never stored) and the session. */
export function openWebSession(db: Db, personId: number, options: { now: Date; ttlMs: number }): { cookie: string; session: WebSession } {
  const cookie = newSecret();
  const row = db
    .insert(webSessions)
    .values({
      tokenHash: hashSecret('session', cookie),
      personId,
      csrfToken: newSecret(),
      expiresAt: new Date(options.now.getTime() + options.ttlMs),
      createdAt: options.now,
    })
    .returning()
    .get();
  return { cookie, session: { id: row.id, personId: row.personId, csrfToken: row.csrfToken, expiresAt: row.expiresAt } };
}

/** The live session behind a cookie value (not ended, not expired). */
export function webSessionByCookie(db: Db, cookie: string, now: Date): WebSession | undefined {
  return db
    .select({ id: webSessions.id, personId: webSessions.personId, csrfToken: webSessions.csrfToken, expiresAt: webSessions.expiresAt })
    .from(webSessions)
    .where(and(eq(webSessions.tokenHash, hashSecret('session', cookie)), isNull(webSessions.endedAt), gt(webSessions.expiresAt, now)))
    .get();
}

/** Ends a session (logout). */
export function endWebSession(db: Db, sessionId: number, now: Date): void {
  db.update(webSessions).set({ endedAt: now }).where(eq(webSessions.id, sessionId)).run();
}
