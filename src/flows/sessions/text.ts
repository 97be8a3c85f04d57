/** How a Foro session reads in messages and choices: when, where, agenda, recurrence. */
import type { Recurrence } from '../../domain/recurrence.js';
import { m, type Localized, type MessageArgs, type MessageRef } from '../../shared/i18n.js';
import type { ForoSession, SessionPlace } from '../../store/sessions.js';
import { formatWhen } from '../../shared/zoned-time.js';

/** "Sala de sesiones · https://meet…", or "-" when neither is known. */
export function whereText(place: SessionPlace): string {
  return [place.place, place.link].filter((part): part is string => Boolean(part)).join(' · ') || '-';
}

/** The arguments every session message takes: gad, when, where, agenda. */
export function sessionArgs(session: Pick<ForoSession, 'startsAt' | 'place' | 'link' | 'agenda'>, gadName: string, timeZone: string): MessageArgs {
  return { gad: gadName, when: formatWhen(session.startsAt, timeZone), where: whereText(session), agenda: session.agenda ?? '-' };
}

/** A session as one choice label: "martes, 1 de diciembre de 2026, 10:00". */
export function sessionLabel(session: ForoSession, timeZone: string): Localized {
  return formatWhen(session.startsAt, timeZone);
}

/** A recurrence in words: "cada mes, el primer martes, a las 10:00". */
export function recurrenceText(rule: Recurrence): MessageRef {
  return m('sessions-recurrence', { kind: rule.kind, weekday: rule.weekday, nth: rule.nth, day: rule.day, time: rule.time });
}

/** Splits "where" as typed: the first web address is the video link, the rest the place. */
export function splitWhere(text: string): { place: string | null; link: string | null } {
  const link = /https?:\/\/\S+/i.exec(text)?.[0] ?? null;
  const place = (link ? text.replace(link, '') : text).replace(/\s+/g, ' ').replace(/^[\s,;·-]+|[\s,;·-]+$/g, '');
  return { place: place || null, link };
}
