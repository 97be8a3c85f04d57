/**
 * Signing in to the national desk: the link /web sends opens a page whose button (a POST,
 * so that a chat app's link preview cannot use it up) spends the one-time code and opens a
 * session; the session cookie is HttpOnly, SameSite=Strict and Secure under https. Every
 * request checks the session and the person's national roles again; every POST carries
 * the session's CSRF token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { holdsNationalRole, visibleGremios } from '../domain/duties.js';
import { WEB_LOGIN_PATH } from '../flows/people/web-login.js';
import { inTransaction } from '../store/db.js';
import { audit } from '../store/audit.js';
import { membershipsOf, personById, type Person } from '../store/people.js';
import { endWebSession, loginTokenHolder, openWebSession, useLoginToken, webSessionByCookie, type WebSession } from '../store/web-sessions.js';
import { readerLocale } from './render.js';
import type { WebContext } from './context.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'panel_sesion';
/** How long a desk session lasts. */
const SESSION_TTL_MS = 12 * 3_600_000;

/** Who is looking at the desk. */
export interface DeskViewer {
  person: Person;
  /** The gremios whose local governments they see; undefined: every one (POC, Grupo Núcleo). */
  gremios: string[] | undefined;
  session: WebSession;
}

/** The signed-in person with a national role, or undefined. */
export function deskViewer(web: WebContext, request: FastifyRequest): DeskViewer | undefined {
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return undefined;
  const session = webSessionByCookie(web.db, cookie, web.clock.now());
  const person = session && personById(web.db, session.personId);
  const roles = person ? membershipsOf(web.db, person.id) : [];
  return session && person && holdsNationalRole(roles) ? { person, gremios: visibleGremios(roles), session } : undefined;
}

/** Whether a submitted form carries the session's CSRF token. */
export function validCsrf(viewer: DeskViewer, submitted: unknown): boolean {
  if (typeof submitted !== 'string') return false;
  const a = Buffer.from(submitted);
  const b = Buffer.from(viewer.session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The page that asks the visitor to sign in through the bot (401). */
export function signInNeeded(web: WebContext, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = readerLocale(request, reply);
  return web.views.send(reply, request, 'message', { title: web.translator.t(locale, 'web-desk-title'), message: web.translator.t(locale, 'web-login-needed') }, 401);
}

/** Registers the sign-in page, its POST and the sign-out. */
export function registerDeskSession(server: FastifyInstance, web: WebContext): void {
  const secure = web.web.baseUrl.startsWith('https://');
  const codeOf = (value: unknown) => (typeof value === 'string' && /^[\w-]{20,100}$/.test(value) ? value : undefined);
  const linkExpired = (request: FastifyRequest, reply: FastifyReply) => {
    const locale = readerLocale(request, reply);
    return web.views.send(reply, request, 'message', { title: web.translator.t(locale, 'web-desk-title'), message: web.translator.t(locale, 'web-login-invalid') }, 410);
  };

  server.get(WEB_LOGIN_PATH, (request, reply) => {
    const code = codeOf((request.query as Record<string, unknown>).codigo);
    if (!code || loginTokenHolder(web.db, code, web.clock.now()) === undefined) return linkExpired(request, reply);
    const locale = readerLocale(request, reply);
    reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    return web.views.send(reply, request, 'login', { title: web.translator.t(locale, 'web-desk-title'), code });
  });

  server.post(WEB_LOGIN_PATH, { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, (request, reply) => {
    const code = codeOf((request.body as Record<string, unknown> | undefined)?.codigo);
    const now = web.clock.now();
    const opened = code
      ? inTransaction(web.db, () => {
          const personId = useLoginToken(web.db, code, now);
          if (personId === undefined || !holdsNationalRole(membershipsOf(web.db, personId))) return undefined;
          audit(web.db, now, { personId }, 'web.session_opened');
          return openWebSession(web.db, personId, { now, ttlMs: SESSION_TTL_MS });
        })
      : undefined;
    if (!opened) return linkExpired(request, reply);
    reply.setCookie(SESSION_COOKIE, opened.cookie, { path: '/', httpOnly: true, sameSite: 'strict', secure, maxAge: SESSION_TTL_MS / 1000 });
    return reply.redirect('/panel', 303);
  });

  server.post('/panel/salir', (request, reply) => {
    const viewer = deskViewer(web, request);
    if (!viewer) return signInNeeded(web, request, reply);
    if (!validCsrf(viewer, (request.body as Record<string, unknown> | undefined)?.csrf)) return reply.code(403).send('CSRF token missing or wrong');
    endWebSession(web.db, viewer.session.id, web.clock.now());
    reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure });
    return reply.redirect('/', 303);
  });
}
