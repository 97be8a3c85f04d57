/**
 * Server-side HTML: Eta templates under src/web/views (output escaped by default; only
 * the layout's body and the charts' SVG are inserted raw), texts from the Fluent
 * locales, the reader's language from `?lang=` (remembered in a cookie) or Spanish.
 */
import { Eta } from 'eta';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, type Locale, type MessageArgs, type Translator } from '../shared/i18n.js';
import { projectPath } from '../shared/project-root.js';

/** The templates, found from src (tsx) or the bundle in dist (`npm start`) alike. */
const VIEWS_DIR = projectPath('src', 'web', 'views');

/** The cookie that remembers the reader's language. */
const LANG_COOKIE = 'lang';

/** The reader's language: `?lang=` first (and remembered), then the cookie, then Spanish. */
export function readerLocale(request: FastifyRequest, reply: FastifyReply): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (typeof asked === 'string' && isLocale(asked)) {
    reply.setCookie(LANG_COOKIE, asked, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86_400 });
    return asked;
  }
  const remembered = request.cookies[LANG_COOKIE];
  return remembered && isLocale(remembered) ? remembered : 'es';
}

/** The same address in the other language (for the language switch). */
function switchUrl(request: FastifyRequest, other: Locale): string {
  const url = new URL(request.url, 'http://x');
  url.searchParams.set('lang', other);
  return `${url.pathname}${url.search}`;
}

/** What every template receives besides its own data. */
export interface PageHelpers {
  locale: Locale;
  /** A message of the locale files. */
  t(key: string, args?: MessageArgs): string;
  /** A date in the configured time zone: 24/11/2026. */
  date(value: Date | number | string | null | undefined): string;
  /** A date and time in the configured time zone: 24/11/2026 10:00. */
  dateTime(value: Date | number | null | undefined): string;
  switchUrl: string;
  otherLocale: Locale;
}

/** Renders the portal's pages. */
export class Views {
  private readonly eta = new Eta({ views: VIEWS_DIR, cache: true, autoEscape: true });
  private readonly dateFormat: Intl.DateTimeFormat;
  private readonly timeFormat: Intl.DateTimeFormat;

  constructor(
    private readonly translator: Translator,
    timeZone: string,
  ) {
    this.dateFormat = new Intl.DateTimeFormat('es-EC', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
    this.timeFormat = new Intl.DateTimeFormat('es-EC', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false });
  }

  /** The helpers for one request in one language. */
  helpers(request: FastifyRequest, locale: Locale): PageHelpers {
    const other: Locale = locale === 'es' ? 'en' : 'es';
    return {
      locale,
      t: (key, args) => this.translator.t(locale, key, args),
      date: (value) => {
        if (value === null || value === undefined) return '—';
        if (typeof value === 'string') return value.split('-').reverse().join('/');
        return this.dateFormat.format(value);
      },
      dateTime: (value) => (value === null || value === undefined ? '—' : this.timeFormat.format(value)),
      switchUrl: switchUrl(request, other),
      otherLocale: other,
    };
  }

  /** `view` rendered as HTML for a reader in `locale`. */
  render(request: FastifyRequest, locale: Locale, view: string, data: Record<string, unknown>): string {
    return this.eta.render(view, { ...this.helpers(request, locale), ...data });
  }

  /** Sends HTML already rendered in `locale`. */
  sendHtml(reply: FastifyReply, locale: Locale, html: string, status = 200): FastifyReply {
    return reply.code(status).type('text/html; charset=utf-8').header('content-language', locale).send(html);
  }

  /** Sends a page: `view` rendered with the helpers and `data`, as HTML. */
  send(reply: FastifyReply, request: FastifyRequest, view: string, data: Record<string, unknown>, status = 200): FastifyReply {
    const locale = readerLocale(request, reply);
    return this.sendHtml(reply, locale, this.render(request, locale, view, data), status);
  }
}
