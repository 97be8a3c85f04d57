/**
 * /web: a person with a national role (POC, Grupo Núcleo, gremio contact) asks for a link
 * that opens the national desk of the web portal. The link works once, for ten minutes,
 * and only opens a session for the person who asked.
 */
import { holdsNationalRole } from '../../domain/duties.js';
import { m } from '../../shared/i18n.js';
import { createLoginToken } from '../../store/web-sessions.js';
import type { Flow } from '../../engine/types.js';

/** How long a sign-in link stays valid. */
export const WEB_LOGIN_TTL_MS = 10 * 60_000;

/** The path of the desk's sign-in page; the link adds `?codigo=<token>`. */
export const WEB_LOGIN_PATH = '/panel/entrar';

/** Sends a one-time link to the national desk. */
export const webLoginFlow: Flow<never> = {
  id: 'web-login',
  commands: ['web', 'web'],
  description: m('cmd-web'),
  available: (ctx) => ctx.person !== undefined && holdsNationalRole(ctx.memberships),
  start(ctx) {
    const web = ctx.config.web;
    if (!web) return { replies: [{ text: m('web-login-disabled') }] };
    const token = createLoginToken(ctx.db, ctx.person!.id, { now: ctx.now, ttlMs: WEB_LOGIN_TTL_MS });
    ctx.audit('web.login_link');
    const link = `${web.baseUrl}${WEB_LOGIN_PATH}?codigo=${token}`;
    return { replies: [{ text: m('web-login-link', { link, minutes: WEB_LOGIN_TTL_MS / 60_000 }) }] };
  },
  step: (ctx) => webLoginFlow.start(ctx, ''),
};
