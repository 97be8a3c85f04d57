/**
 * Session invitations, computed from the store: series get their next session, every Foro
 * member not yet invited to a coming session is invited (with its agenda and pre-reads) (new members and a moved
 * session's members too), and a principal's "no" sends their suplente an invitation to
 * attend in their place and tells the Secretaría.
 */
import { offerAttendance } from './attendance.js';
import { sessionOrganizers } from './access.js';
import { sessionCalendarFile } from './calendar.js';
import { materializeNext } from './series.js';
import { sessionArgs } from './text.js';
import { sendPrereads } from './prereads.js';
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import { foroMembers, type ForoMember } from '../../store/foro.js';
import {
  absentPrincipals,
  comingSessionIds,
  markInvited,
  seriesById,
  seriesToExtend,
  sessionById,
  uninvitedMembers,
  type ForoSession,
  type SessionPerson,
} from '../../store/sessions.js';
import type { JobDeps, SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';

/** Creates the next session of every active series that has none to come (of the GADs changed, and those whose last session just started). */
export function extendSeries(deps: JobDeps, now: Date, scope: SweepScope): number {
  return seriesToExtend(deps.db, now, scope.changes).filter((id) => materializeNext(deps.db, seriesById(deps.db, id)!, now, deps.config.timeZone)).length;
}

/** Groups rows by session id, keeping the order of the people. */
function bySession(rows: SessionPerson[]): Map<number, number[]> {
  const grouped = new Map<number, number[]>();
  for (const row of rows) grouped.set(row.sessionId, [...(grouped.get(row.sessionId) ?? []), row.personId]);
  return grouped;
}

/** Coming sessions looked at per unit of work (one short query each, so a sweep can yield between them). */
const SESSIONS_PER_UNIT = 100;

/** The coming sessions' ids (of the GADs changed, when only those are read) in chunks of SESSIONS_PER_UNIT. */
function* comingChunks(deps: JobDeps, now: Date, scope: SweepScope): Generator<number[]> {
  const ids = comingSessionIds(deps.db, now, scope.changes?.gads);
  for (let start = 0; start < ids.length; start += SESSIONS_PER_UNIT) yield ids.slice(start, start + SESSIONS_PER_UNIT);
}

/** Invites members to coming sessions they have not been invited to; yields how many, a chunk of sessions at a time. */
export function* sendInvitations(deps: JobDeps, now: Date, scope: SweepScope): Generator<number> {
  for (const chunk of comingChunks(deps, now, scope)) yield inviteUninvited(deps, now, chunk);
}

/** Invites the members of some coming sessions not yet invited to them; returns how many. */
function inviteUninvited(deps: JobDeps, now: Date, sessionIds: readonly number[]): number {
  let sent = 0;
  for (const [sessionId, people] of bySession(uninvitedMembers(deps.db, now, sessionIds))) {
    const session = sessionById(deps.db, sessionId)!;
    const gad = gadById(deps.db, session.gadId)!;
    const { file, sequence } = sessionCalendarFile({ db: deps.db, documents: deps.documents, timeZone: deps.config.timeZone }, session, gad.name, now);
    const args = sessionArgs(session, gad.name, deps.config.timeZone);
    const reply = { text: m(sequence > 0 ? 'session-moved-invite' : 'session-invite', args), file };
    for (const personId of people) {
      const key = `invite:${session.id}:${sequence}:${personId}`;
      if (offerAttendance(deps, personId, reply, session, { now, dedupeKey: key })) sent++;
    }
    sent += sendPrereads({ db: deps.db, notifier: deps.notifier, timeZone: deps.config.timeZone }, session, gad.name, people, now);
    markInvited(deps.db, session.id, people);
  }
  return sent;
}

/** The suplentes of the entity a principal represents in a GAD's Foro. */
function suplentesOf(deps: JobDeps, gadId: number, principalId: number): number[] {
  const members = foroMembers(deps.db, gadId);
  const seats = members.filter((row) => row.personId === principalId && row.seat === 'principal');
  const sameEntity = (row: ForoMember) =>
    seats.some((seat) => (seat.entityId !== null ? row.entityId === seat.entityId : seat.entity !== null && row.entity === seat.entity));
  return [...new Set(members.filter((row) => row.seat === 'suplente' && row.personId !== principalId && sameEntity(row)).map((row) => row.personId))];
}

/** Asks the suplente of each principal who will not attend, and tells the Secretaría; yields how many, a chunk of sessions at a time. */
export function* handleAbsences(deps: JobDeps, now: Date, scope: SweepScope): Generator<number> {
  for (const chunk of comingChunks(deps, now, scope)) {
    let sent = 0;
    for (const { sessionId, personId } of absentPrincipals(deps.db, now, chunk)) {
      const prefix = `absent:${sessionId}:${personId}:`;
      if (queuedWithPrefix(deps.db, prefix)) continue;
      sent += announceAbsence(deps, sessionById(deps.db, sessionId)!, personId, prefix, now);
    }
    yield sent;
  }
}

function announceAbsence(deps: JobDeps, session: ForoSession, principalId: number, prefix: string, now: Date): number {
  const gad = gadById(deps.db, session.gadId)!;
  const args = sessionArgs(session, gad.name, deps.config.timeZone);
  const principal = personById(deps.db, principalId)?.displayName ?? '?';
  const suplentes = suplentesOf(deps, gad.id, principalId);
  const askArgs = { ...args, principal };
  let sent = 0;
  for (const personId of suplentes) {
    if (offerAttendance(deps, personId, { text: m('session-suplente-ask', askArgs) }, session, { now, dedupeKey: `${prefix}s${personId}` })) sent++;
  }
  const names = suplentes.map((id) => personById(deps.db, id)?.displayName ?? '?').join(', ');
  for (const personId of sessionOrganizers(deps.db, gad.id)) {
    const text = m(suplentes.length ? 'session-absence-notify' : 'session-absence-no-suplente', { ...askArgs, suplentes: names });
    if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}t${personId}` })) sent++;
  }
  return sent;
}
