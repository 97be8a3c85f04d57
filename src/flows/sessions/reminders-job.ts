/**
 * Session reminders at REMINDER_OFFSETS before each session, to every Foro member who
 * has not said no (essential: muting does not stop them), inside the quiet-hours rules
 * of window.ts. Only the latest reminder due goes out, so a bot that was down sends one,
 * late, and none once the session has started. With the last reminder the Secretaría
 * gets the expected attendance.
 */
import { offerAttendance } from './attendance.js';
import { sessionOrganizers } from './access.js';
import { sessionArgs } from './text.js';
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import { foroMemberIds } from '../../store/foro.js';
import { attendanceOf, sessionsStartingWithin, type ForoSession } from '../../store/sessions.js';
import type { JobDeps, SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { reminderMoment, windowEdgeWithin } from '../../shared/quiet-hours.js';
import { DAY_MS } from '../../shared/clock.js';

/** The furthest a reminder can be pulled before its due time by quiet hours. */
const QUIET_SHIFT_MS = DAY_MS;

/** The smallest offset whose reminder may go out now, if any (offsets sorted longest first). */
export function dueOffset(deps: JobDeps, session: ForoSession, now: Date): number | undefined {
  const { offsetsMs, window } = deps.config.reminders;
  return [...offsetsMs].reverse().find((offset) => {
    const due = new Date(session.startsAt.getTime() - offset);
    return reminderMoment(due, session.startsAt, window, deps.config.timeZone) <= now;
  });
}

/**
 * The sessions that may have a reminder due: every one within reach, or, with `changes`,
 * those of the GADs changed and those whose reminder fell due since the last run (at its due
 * time, or, held back by quiet hours, when the window opened or began its last minute).
 */
function candidates(deps: JobDeps, now: Date, scope: SweepScope): ForoSession[] {
  const { offsetsMs, window } = deps.config.reminders;
  const reach = new Date(now.getTime() + Math.max(...offsetsMs) + QUIET_SHIFT_MS);
  const changes = scope.changes;
  if (!changes || windowEdgeWithin(changes.since, now, window, deps.config.timeZone)) return sessionsStartingWithin(deps.db, now, reach);
  const byId = new Map(sessionsStartingWithin(deps.db, now, reach, changes.gads).map((session) => [session.id, session]));
  for (const offset of offsetsMs) {
    const from = new Date(Math.max(now.getTime(), changes.since.getTime() + offset));
    for (const session of sessionsStartingWithin(deps.db, from, new Date(now.getTime() + offset))) byId.set(session.id, session);
  }
  return [...byId.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Sends the reminders due now, one session at a time; yields how many messages each queued. */
export function* sendSessionReminders(deps: JobDeps, now: Date, scope: SweepScope): Generator<number> {
  for (const session of candidates(deps, now, scope)) {
    // Scheduled or moved after this sweep began (a sliced sweep lets people act between its
    // jobs): the next sweep invites first, then reminds, reading this span again.
    if (session.updatedAt.getTime() > now.getTime()) {
      scope.defer();
      continue;
    }
    const offset = dueOffset(deps, session, now);
    if (offset === undefined) continue;
    const prefix = `remind:${session.id}:${session.startsAt.getTime()}:${offset}:`;
    if (queuedWithPrefix(deps.db, prefix)) continue;
    let sent = remind(deps, session, prefix, now);
    if (offset === Math.min(...deps.config.reminders.offsetsMs)) sent += expectedAttendance(deps, session, now);
    yield sent;
  }
}

function remind(deps: JobDeps, session: ForoSession, prefix: string, now: Date): number {
  const gad = gadById(deps.db, session.gadId)!;
  const args = sessionArgs(session, gad.name, deps.config.timeZone);
  const answers = new Map(attendanceOf(deps.db, session.id).map((row) => [row.personId, row.response]));
  let sent = 0;
  for (const personId of foroMemberIds(deps.db, gad.id)) {
    const answer = answers.get(personId);
    if (answer === 'no') continue;
    const key = `${prefix}${personId}`;
    const queued =
      answer === 'yes'
        ? deps.notifier.toPerson(personId, { text: m('session-reminder', args) }, { now, dedupeKey: key })
        : offerAttendance(deps, personId, { text: m('session-reminder-ask', args) }, session, { now, dedupeKey: key });
    if (queued) sent++;
  }
  return sent;
}

/** Tells the Secretaría who said they will come, who will not, and who has not answered. */
function expectedAttendance(deps: JobDeps, session: ForoSession, now: Date): number {
  const gad = gadById(deps.db, session.gadId)!;
  const answers = new Map(attendanceOf(deps.db, session.id).map((row) => [row.personId, row.response]));
  const names = (response: string | null) =>
    foroMemberIds(deps.db, gad.id)
      .filter((id) => (answers.get(id) ?? null) === response)
      .map((id) => personById(deps.db, id)?.displayName ?? '?')
      .join(', ') || '-';
  const args = { ...sessionArgs(session, gad.name, deps.config.timeZone), yes: names('yes'), no: names('no'), pending: names(null) };
  const text = m('session-expected-attendance', args);
  return sessionOrganizers(deps.db, gad.id).filter((personId) =>
    deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `expected:${session.id}:${session.startsAt.getTime()}:${personId}` }),
  ).length;
}
