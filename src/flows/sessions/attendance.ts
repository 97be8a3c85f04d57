/**
 * /asistencia (/attendance): a Foro member answers Asistiré / No asistiré for a coming
 * session. Invitations and reminders open this conversation at the answer, so a tap is
 * enough; the command lists the coming sessions for anyone who prefers to type. What a
 * "no" sets off (the suplente asked, the Secretaría told) is the scheduler's to send.
 */
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { recordResponse, sessionById, upcomingSessions, type AttendanceResponse, type ForoSession } from '../../store/sessions.js';
import { choiceField, Form, formFlow, type FormState } from '../../engine/form.js';
import { sessionArgs, sessionLabel } from './text.js';
import { flowVersion, type Choice, type FlowContext, type OpenedConversation, type Reply, type StepResult } from '../../engine/types.js';
import { offerToPerson, type OfferDeps } from '../../engine/offer.js';
import { foroGads, isForoMember } from '../../domain/duties.js';

/** The answers of /asistencia. */
export interface AttendanceAnswers {
  sessionId: string;
  response: AttendanceResponse;
}

/** The flow id, for conversations the scheduler opens. */
export const ATTENDANCE_FLOW_ID = 'attendance';

/** The two answers, as choices. */
const ATTENDANCE_CHOICES: Choice[] = [
  { value: 'yes', label: m('attendance-yes'), means: 'yes' },
  { value: 'no', label: m('attendance-no'), means: 'no' },
];

/** The conversation an invitation opens: /asistencia, at its answer, for one session. */
function attendanceConversation(sessionId: number): OpenedConversation {
  return { flow: ATTENDANCE_FLOW_ID, flowVersion: flowVersion(attendanceFlow), state: { values: { sessionId: String(sessionId) }, field: 'response' } };
}

/**
 * Sends a member a message about a session carrying the two answers (Asistiré / No
 * asistiré), answerable by a tap or a typed "sí"/"no puedo" until the session starts.
 */
export function offerAttendance(deps: OfferDeps, personId: number, reply: Reply, session: ForoSession, options: { now: Date; dedupeKey: string }): boolean {
  const question = { ...reply, choices: ATTENDANCE_CHOICES };
  return offerToPerson(deps, personId, question, attendanceConversation(session.id), { ...options, topic: `attendance:${session.id}`, expiresAt: session.startsAt });
}

function openSessions(ctx: FlowContext): ForoSession[] {
  return upcomingSessions(ctx.db, foroGads(ctx.memberships), ctx.now);
}

const sessionField = choiceField<AttendanceAnswers>(
  'sessionId',
  m('attendance-ask-session'),
  (ctx) => openSessions(ctx).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  {
    auto: (ctx) => {
      const sessions = openSessions(ctx);
      return sessions.length === 1 ? String(sessions[0]!.id) : undefined;
    },
  },
);

const responseField = choiceField<AttendanceAnswers>('response', m('attendance-ask'), () => ATTENDANCE_CHOICES);

function answer(ctx: FlowContext, values: AttendanceAnswers): StepResult<FormState<AttendanceAnswers>> {
  const session = sessionById(ctx.db, Number(values.sessionId));
  const invited = session && isForoMember(ctx.memberships, session.gadId);
  if (!session || !invited || !ctx.person || session.status !== 'scheduled' || session.startsAt <= ctx.now) {
    return { replies: [{ text: m('attendance-closed') }] };
  }
  recordResponse(ctx.db, session.id, ctx.person.id, values.response, ctx.now);
  ctx.audit('session.response', session.gadId, { sessionId: session.id, response: values.response });
  const args = sessionArgs(session, gadById(ctx.db, session.gadId)?.name ?? '', ctx.config.timeZone);
  return { replies: [{ text: m(values.response === 'yes' ? 'attendance-recorded-yes' : 'attendance-recorded-no', args) }] };
}

/** Answers a session invitation. */
export const attendanceFlow = formFlow<AttendanceAnswers>({
  id: ATTENDANCE_FLOW_ID,
  commands: ['asistencia', 'attendance'],
  description: m('cmd-attendance'),
  available: (ctx) => foroGads(ctx.memberships).length > 0,
  form: new Form<AttendanceAnswers>([sessionField, responseField]),
  before: (ctx): StepResult<FormState<AttendanceAnswers>> | Partial<AttendanceAnswers> =>
    openSessions(ctx).length === 0 ? { replies: [{ text: m('attendance-none') }] } : {},
  finish: answer,
});
