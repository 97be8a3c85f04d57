/**
 * What /sesiones does with its answers: schedule a session or a series, list what is
 * coming, move or cancel a session. Invitations (and a moved session's new invitation)
 * go out from the scheduler, which invites every member not yet invited to an upcoming
 * session; a cancellation is told here and now.
 */
import { isRecurrence, recurrenceFrom, type RecurrenceKind } from '../../domain/recurrence.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import {
  activeSeries,
  cancelSeries,
  cancelSession,
  createSeries,
  createSession,
  moveSession,
  sessionById,
  upcomingSessions,
  type ForoSession,
} from '../../store/sessions.js';
import { foroMemberIds } from '../../store/foro.js';
import { hhmm, parseIsoDate, parseTypedTime } from '../../shared/zoned-time.js';
import { instantOf } from './when-fields.js';
import { sessionCalendarFile } from './calendar.js';
import { materializeNext } from './series.js';
import { attachPreread, pastActa } from './prereads.js';
import type { StoredFile } from '../../shared/messages.js';
import { recurrenceText, sessionArgs, splitWhere } from './text.js';
import type { FlowContext, Reply } from '../../engine/types.js';

/** The answers of /sesiones. */
export interface SessionsAnswers {
  gadId: number;
  gadSearch?: string;
  action: 'new' | 'list' | 'move' | 'cancel' | 'preread' | 'actas';
  kind?: 'once' | RecurrenceKind;
  date?: string;
  time?: string;
  where?: string;
  agenda?: string;
  /** Minutes, as chosen or typed. */
  duration?: number;
  /** For pre-reads: the document. */
  file?: StoredFile;
  sessionId?: string;
  /** For actas: the past session. */
  pastId?: string;
  scope?: 'one' | 'series';
  confirm: string;
}

/** How long a session lasts unless the organizer says otherwise: two hours. */
export const DEFAULT_DURATION = 120;

/** A session of the GAD that has not started and may be moved or cancelled. */
export function upcomingOf(ctx: FlowContext, gadId: number): ForoSession[] {
  return upcomingSessions(ctx.db, [gadId], ctx.now);
}

function memberCount(ctx: FlowContext, gadId: number): number {
  return foroMemberIds(ctx.db, gadId).length;
}

/** Schedules one session or a series (and its first session). */
export function schedule(ctx: FlowContext, gad: Gad, values: SessionsAnswers): Reply {
  const { place, link } = splitWhere(values.where ?? '');
  const plan = { gadId: gad.id, place, link, agenda: values.agenda ?? null, durationMinutes: values.duration ?? DEFAULT_DURATION, createdByPersonId: ctx.person?.id ?? null };
  const members = memberCount(ctx, gad.id);
  if (!values.kind || values.kind === 'once') {
    const session = createSession(ctx.db, { ...plan, startsAt: instantOf(ctx, values.date!, values.time!) }, ctx.now);
    ctx.audit('session.scheduled', gad.id, { sessionId: session.id });
    const args = { ...sessionArgs(session, gad.name, ctx.config.timeZone), members };
    return { text: m('sessions-scheduled', args) };
  }
  const time = hhmm(parseTypedTime(values.time!)!);
  const rule = recurrenceFrom(values.kind, parseIsoDate(values.date!)!, time);
  const series = createSeries(ctx.db, { ...plan, rule }, ctx.now);
  const first = materializeNext(ctx.db, series, ctx.now, ctx.config.timeZone)!;
  ctx.audit('session.series_created', gad.id, { seriesId: series.id, rule, firstSessionId: first.id });
  const args = { ...sessionArgs(first, gad.name, ctx.config.timeZone), recurrence: ctx.render(recurrenceText(rule)), members };
  return { text: m('sessions-series-scheduled', args) };
}

/** The coming sessions and the active series of a GAD, in one message. */
export function listing(ctx: FlowContext, gad: Gad): Reply {
  const sessions = upcomingOf(ctx, gad.id);
  const series = activeSeries(ctx.db, gad.id);
  if (sessions.length === 0 && series.length === 0) return { text: m('sessions-none', { gad: gad.name }) };
  const lines = sessions.map((session) => `• ${ctx.render(m('sessions-line', sessionArgs(session, gad.name, ctx.config.timeZone)))}`);
  const repeats = series.map((row) => row.rule).filter(isRecurrence).map((rule) => `• ${ctx.render(recurrenceText(rule))}`);
  return { text: m('sessions-list', { gad: gad.name, sessions: lines.join('\n') || '-', series: repeats.join('\n') || '-' }) };
}

/** Moves a session: members are invited again (by the scheduler) with the new date. */
export function move(ctx: FlowContext, gad: Gad, values: SessionsAnswers): Reply {
  const session = sessionById(ctx.db, Number(values.sessionId))!;
  const startsAt = instantOf(ctx, values.date!, values.time!);
  moveSession(ctx.db, session.id, startsAt, ctx.now);
  ctx.audit('session.moved', gad.id, { sessionId: session.id, from: session.startsAt.toISOString(), to: startsAt.toISOString() });
  return { text: m('sessions-moved', sessionArgs({ ...session, startsAt }, gad.name, ctx.config.timeZone)) };
}

/** Cancels a session, or its whole series from it on, and tells the members now. */
export function cancel(ctx: FlowContext, gad: Gad, values: SessionsAnswers): Reply {
  const session = sessionById(ctx.db, Number(values.sessionId))!;
  const cancelled = values.scope === 'series' && session.seriesId ? cancelSeries(ctx.db, session.seriesId, ctx.now) : [session];
  if (values.scope !== 'series') cancelSession(ctx.db, session.id, ctx.now);
  const members = foroMemberIds(ctx.db, gad.id);
  for (const { id } of cancelled) {
    const current = sessionById(ctx.db, id)!;
    const { file } = sessionCalendarFile({ db: ctx.db, documents: ctx.documents, timeZone: ctx.config.timeZone }, current, gad.name, ctx.now);
    const notice: Reply = { text: m('session-cancelled-notify', sessionArgs(current, gad.name, ctx.config.timeZone)), file };
    for (const personId of members) {
      if (personId !== ctx.person?.id) ctx.notify(personId, notice, { dedupeKey: `session:${id}:cancelled:${personId}` });
    }
  }
  ctx.audit(values.scope === 'series' ? 'session.series_cancelled' : 'session.cancelled', gad.id, {
    sessionId: session.id,
    seriesId: session.seriesId,
  });
  const args = { ...sessionArgs(session, gad.name, ctx.config.timeZone), members: members.length };
  return { text: m(values.scope === 'series' ? 'sessions-series-cancelled' : 'sessions-cancelled', args) };
}

/** Carries out the answers. */
export function carryOut(ctx: FlowContext, values: SessionsAnswers): Reply {
  const gad = gadById(ctx.db, values.gadId);
  if (!gad) return { text: m('gad-none') };
  if (values.action === 'list') return listing(ctx, gad);
  if (values.action === 'actas') {
    const past = sessionById(ctx.db, Number(values.pastId));
    return past && past.gadId === gad.id ? pastActa(ctx, gad, past) : { text: m('sessions-gone') };
  }
  const session = values.sessionId ? sessionById(ctx.db, Number(values.sessionId)) : undefined;
  if ((values.action === 'move' || values.action === 'cancel' || values.action === 'preread') && (!session || session.status !== 'scheduled' || session.startsAt <= ctx.now)) {
    return { text: m('sessions-gone') };
  }
  if (values.action === 'new') return schedule(ctx, gad, values);
  if (values.action === 'move') return move(ctx, gad, values);
  if (values.action === 'preread') return attachPreread(ctx, gad, session!, values.file!);
  return cancel(ctx, gad, values);
}
