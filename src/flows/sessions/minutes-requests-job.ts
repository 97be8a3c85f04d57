/**
 * Minutes requests: when a session has ended without its acta, the Secretaría (else the
 * POCL) is asked to upload it with /acta and mark attendance; again after 1 and 3 days.
 * Only the latest request due goes out.
 */
import { sessionOrganizers } from './access.js';
import { sessionArgs } from './text.js';
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { unmuted } from '../../store/reminder-settings.js';
import { everySessionAwaitingMinutes, sessionsEndingWithin, type ForoSession } from '../../store/sessions.js';
import type { JobDeps, SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { DAY_MS } from '../../shared/clock.js';

/** Days after the session's end at which the acta is asked for. */
export const MINUTES_REQUEST_DAYS = [0, 1, 3] as const;
/** How long after a session a late request may still go out. */
const LATE_LIMIT_MS = 7 * DAY_MS;
/** The longest session the query expects (its end is what counts). */
const LONGEST_SESSION_MS = DAY_MS;

/**
 * The sessions awaiting their acta that may need a request: every one, or, with `changes`,
 * those of the GADs changed and those for which a request fell due since the last run.
 */
function candidates(deps: JobDeps, now: Date, scope: SweepScope): ForoSession[] {
  const oldest = new Date(now.getTime() - LATE_LIMIT_MS - LONGEST_SESSION_MS);
  const changes = scope.changes;
  if (!changes) return everySessionAwaitingMinutes(deps.db, now, oldest);
  const byId = new Map(everySessionAwaitingMinutes(deps.db, now, oldest, changes.gads).map((session) => [session.id, session]));
  for (const day of MINUTES_REQUEST_DAYS) {
    const ended = (instant: Date) => new Date(instant.getTime() - day * DAY_MS);
    for (const session of sessionsEndingWithin(deps.db, ended(changes.since), ended(now))) byId.set(session.id, session);
  }
  return [...byId.values()];
}

/** Sends the minutes requests due now; returns how many messages were queued. */
export function sendMinutesRequests(deps: JobDeps, now: Date, scope: SweepScope): number {
  let sent = 0;
  for (const session of candidates(deps, now, scope)) {
    const end = session.startsAt.getTime() + session.durationMinutes * 60_000;
    const day = [...MINUTES_REQUEST_DAYS].reverse().find((d) => end + d * DAY_MS <= now.getTime());
    if (day === undefined || now.getTime() - end > LATE_LIMIT_MS) continue;
    const prefix = `minutes:${session.id}:${day}:`;
    if (queuedWithPrefix(deps.db, prefix)) continue;
    const gad = gadById(deps.db, session.gadId)!;
    const text = m(day === 0 ? 'minutes-request' : 'minutes-request-again', { ...sessionArgs(session, gad.name, deps.config.timeZone), days: day });
    for (const personId of unmuted(deps.db, sessionOrganizers(deps.db, gad.id))) {
      if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}${personId}` })) sent++;
    }
  }
  return sent;
}
