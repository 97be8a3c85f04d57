/**
 * /asistencia (/attendance): a Foro member answers Asistiré / No asistiré for a coming
 * session. Invitations and reminders open this conversation at the answer, so a tap is
 * enough; the command lists the coming sessions for anyone who prefers to type. What a
 * "no" sets off (the suplente asked, the Secretaría told) is the scheduler's to send.
 */
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { recordResponse, sessionById, upcomingSessions, type AttendanceResponse, type ForoSession } from '../../store/sessions.js';
import { Form, formFlow, type Field, type FormState } from '../../engine/form.js';
import { sessionArgs, sessionLabel } from './text.js';
import type { Choice, FlowContext, StepResult } from '../../engine/types.js';

/** The answers of /asistencia. */
export interface AttendanceAnswers {
  sessionId: string;
  response: AttendanceResponse;
}

/** The flow id, for conversations the scheduler opens. */
export const ATTENDANCE_FLOW_ID = 'attendance';

/** The two answers, as choices. */
export const ATTENDANCE_CHOICES: Choice[] = [
  { value: 'yes', label: m('attendance-yes') },
  { value: 'no', label: m('attendance-no') },
];

/** The conversation an invitation opens: /asistencia, at its answer, for one session. */
export function attendanceConversation(sessionId: number): { flow: string; state: FormState<AttendanceAnswers> } {
  return { flow: ATTENDANCE_FLOW_ID, state: { values: { sessionId: String(sessionId) }, field: 'response' } };
}

function foroGadIds(ctx: FlowContext): number[] {
  return [...new Set(ctx.memberships.filter((row) => row.role === 'foro' && row.gadId !== null).map((row) => row.gadId!))];
}

function openSessions(ctx: FlowContext): ForoSession[] {
  return upcomingSessions(ctx.db, foroGadIds(ctx), ctx.now);
}

const sessionField: Field<AttendanceAnswers> = {
  name: 'sessionId',
  auto: (ctx) => {
    const sessions = openSessions(ctx);
    return sessions.length === 1 ? String(sessions[0]!.id) : undefined;
  },
  ask: (ctx) => ({
    text: m('attendance-ask-session'),
    choices: openSessions(ctx).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  }),
  read: (input, ctx) =>
    input.kind === 'choice' && openSessions(ctx).some((session) => String(session.id) === input.value)
      ? { ok: true, value: input.value }
      : { ok: false, hint: m('choice-invalid') },
};

const responseField: Field<AttendanceAnswers> = {
  name: 'response',
  ask: () => ({ text: m('attendance-ask'), choices: ATTENDANCE_CHOICES }),
  read: (input) =>
    input.kind === 'choice' && (input.value === 'yes' || input.value === 'no') ? { ok: true, value: input.value } : { ok: false, hint: m('choice-invalid') },
};

function answer(ctx: FlowContext, values: AttendanceAnswers): StepResult<FormState<AttendanceAnswers>> {
  const session = sessionById(ctx.db, Number(values.sessionId));
  const invited = session && ctx.memberships.some((row) => row.role === 'foro' && row.gadId === session.gadId);
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
  available: (ctx) => foroGadIds(ctx).length > 0,
  form: new Form<AttendanceAnswers>([sessionField, responseField]),
  before: (ctx): StepResult<FormState<AttendanceAnswers>> | Partial<AttendanceAnswers> =>
    openSessions(ctx).length === 0 ? { replies: [{ text: m('attendance-none') }] } : {},
  finish: answer,
});
