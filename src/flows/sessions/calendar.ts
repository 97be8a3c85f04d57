/**
 * The calendar file (.ics) of a Foro session, made with the `ics` library. Start and end
 * are written in UTC, which every calendar shows in its own zone; the event keeps one
 * UID per session and a SEQUENCE that grows with each change, so a phone updates (or,
 * when cancelled, removes) the entry it already has.
 */
import type * as Ics from 'ics';
import { lazyRequire } from '../../shared/lazy-require.js';

const ics = lazyRequire<typeof Ics>('ics');
import type { Db } from '../../store/db.js';
import type { DocumentStore } from '../../store/documents.js';
import { calendarVersions, findCalendarFile, storeCalendarFile } from '../../store/calendar-files.js';
import type { ForoSession } from '../../store/sessions.js';
import { isoDate, toLocal } from '../../shared/zoned-time.js';
import type { Reply } from '../../engine/types.js';

/** What building a calendar file needs. */
export interface CalendarDeps {
  db: Db;
  documents: DocumentStore;
  timeZone: string;
}

/** A session as a calendar event at a given version (SEQUENCE); without its link when `withLink` is false. */
function sessionEvent(session: CalendarSession, gadName: string, sequence: number, withLink = true): Ics.EventAttributes {
  const cancelled = session.status === 'cancelled';
  const link = withLink ? session.link : null;
  return {
    uid: `foro-session-${session.id}@estado-abierto-bot`,
    sequence,
    // DTSTAMP: the last change, not the time of writing, so a version's bytes never vary.
    ...({ timestamp: session.updatedAt.getTime() } as object),
    productId: 'estado-abierto-bot',
    method: cancelled ? 'CANCEL' : 'PUBLISH',
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    title: `Foro Multiactor — ${gadName}`,
    start: session.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    ...(session.place ? { location: session.place } : {}),
    ...(link ? { url: link } : {}),
    description: [session.agenda, link].filter(Boolean).join('\n\n'),
  };
}

/** What a calendar event needs of a session. */
export type CalendarSession = Pick<ForoSession, 'id' | 'status' | 'updatedAt' | 'startsAt' | 'durationMinutes' | 'place' | 'agenda'> & { link?: string | null };

/** The .ics text of a session at a given version (SEQUENCE). */
export function sessionIcs(session: ForoSession, gadName: string, sequence: number): string {
  const { error, value } = ics().createEvent(sessionEvent(session, gadName, sequence));
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return value;
}

/**
 * A subscribable feed of a Foro's sessions (the public portal's calendario.ics): the same
 * UIDs as the invitations, so a phone that has both shows each session once; meeting
 * links are left out.
 */
export function sessionsFeed(sessions: readonly (CalendarSession & { sequence: number })[], gadName: string): string {
  if (sessions.length === 0) {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:estado-abierto-bot', 'METHOD:PUBLISH', `X-WR-CALNAME:Foro Multiactor — ${gadName}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = ics().createEvents(
    sessions.map((session) => ({ ...sessionEvent(session, gadName, session.sequence, false), method: 'PUBLISH' })),
    { calName: `Foro Multiactor — ${gadName}`, productId: 'estado-abierto-bot', method: 'PUBLISH' },
  );
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return value;
}

/** A session's calendar file as a reply attachment, and its SEQUENCE (0 until the session changes). */
export interface SessionCalendar {
  file: NonNullable<Reply['file']>;
  sequence: number;
}

/**
 * The calendar file of a session as it is now: the stored one if the session has not
 * changed since, or a new version (the next SEQUENCE) stored now.
 */
export function sessionCalendarFile(deps: CalendarDeps, session: ForoSession, gadName: string, now: Date): SessionCalendar {
  const versions = calendarVersions(deps.db, session.id);
  const unchanged = versions > 0 ? findCalendarFile(deps.db, session.id, sessionIcs(session, gadName, versions - 1)) : undefined;
  const row =
    unchanged ??
    storeCalendarFile(deps.db, deps.documents, sessionIcs(session, gadName, versions), {
      gadId: session.gadId,
      sessionId: session.id,
      name: `foro-${isoDate(toLocal(session.startsAt, deps.timeZone))}.ics`,
      now,
    });
  return { file: { sha256: row.sha256, name: row.fileName, mime: row.mime }, sequence: unchanged ? versions - 1 : versions };
}
