/**
 * /acta (/minutes): after a session the Secretaría Técnica (or the POCL) uploads the acta
 * and marks who attended. The session is then held, and every member gets the acta.
 */
import type { StoredFile } from '../../shared/messages.js';
import { m } from '../../shared/i18n.js';
import { addDocument } from '../../store/documents-repo.js';
import { gadById } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import {
  attachToSession,
  attendanceOf,
  MINUTES_PRODUCT,
  recordMinutes,
  sessionById,
  sessionsAwaitingMinutes,
  type ForoSession,
} from '../../store/sessions.js';
import { foroMemberIds } from '../../store/foro.js';
import { choiceField, Form, formFlow, type Field, type FormState } from '../../engine/form.js';
import { gadFields } from '../../engine/gad-field.js';
import { organizesSessions } from '../../domain/duties.js';
import { organizedGads } from './access.js';
import { sessionArgs, sessionLabel } from './text.js';
import type { FlowContext, StepResult } from '../../engine/types.js';
import { DAY_MS } from '../../shared/clock.js';

/** How far back a session may still get its minutes through /acta. */
const MINUTES_LOOKBACK_MS = 90 * DAY_MS;

/** The answers of /acta. */
interface MinutesAnswers {
  gadId: number;
  gadSearch?: string;
  sessionId: string;
  file: StoredFile;
  /** "confirmed", "all", "none", or the members' numbers as "1,3,4". */
  attended: string;
}

function awaiting(ctx: FlowContext, gadIds: readonly number[]): ForoSession[] {
  return sessionsAwaitingMinutes(ctx.db, gadIds, ctx.now, new Date(ctx.now.getTime() - MINUTES_LOOKBACK_MS));
}

/** The distinct members of a session's Foro, in the order they joined. */
function membersOf(ctx: FlowContext, gadId: number): number[] {
  return foroMemberIds(ctx.db, gadId);
}

const sessionField = choiceField<MinutesAnswers>(
  'sessionId',
  m('minutes-ask-session'),
  (ctx, values) => awaiting(ctx, [values.gadId!]).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  {
    auto: (ctx, values) => {
      const sessions = awaiting(ctx, [values.gadId!]);
      return sessions.length === 1 ? String(sessions[0]!.id) : undefined;
    },
  },
);

const fileField: Field<MinutesAnswers> = {
  name: 'file',
  ask: () => ({ text: m('minutes-ask-file') }),
  read: (input) => (input.kind === 'file' ? { ok: true, value: input.file } : { ok: false, hint: m('minutes-file-hint') }),
};

const attendedField: Field<MinutesAnswers> = {
  name: 'attended',
  ask(ctx, values) {
    const session = sessionById(ctx.db, Number(values.sessionId))!;
    const answers = new Map(attendanceOf(ctx.db, session.id).map((row) => [row.personId, row.response]));
    const lines = membersOf(ctx, session.gadId).map((personId, index) => {
      const name = personById(ctx.db, personId)?.displayName ?? '?';
      return `${index + 1}. ${ctx.render(m('minutes-member-line', { name, response: answers.get(personId) ?? 'none' }))}`;
    });
    return {
      text: m('minutes-ask-attended', { members: lines.join('\n') }),
      choices: (['confirmed', 'all', 'none'] as const).map((value) => ({ value, label: m('minutes-attended-choice', { value }) })),
      acceptsText: true,
    };
  },
  read(input, ctx, values) {
    if (input.kind === 'choice' && ['confirmed', 'all', 'none'].includes(input.value)) return { ok: true, value: input.value };
    const count = membersOf(ctx, sessionById(ctx.db, Number(values.sessionId))!.gadId).length;
    const numbers = input.kind === 'text' ? input.text.split(/[\s,;y]+/).filter(Boolean).map(Number) : [];
    const valid = numbers.length > 0 && numbers.every((n) => Number.isInteger(n) && n >= 1 && n <= count);
    return valid ? { ok: true, value: [...new Set(numbers)].join(',') } : { ok: false, hint: m('minutes-attended-hint') };
  },
};

/** Who attended, as the answer says. */
function attendees(ctx: FlowContext, session: ForoSession, answer: string): Set<number> {
  const members = membersOf(ctx, session.gadId);
  if (answer === 'all') return new Set(members);
  if (answer === 'none') return new Set();
  if (answer === 'confirmed') {
    return new Set(attendanceOf(ctx.db, session.id).filter((row) => row.response === 'yes').map((row) => row.personId));
  }
  return new Set(answer.split(',').map((n) => members[Number(n) - 1]!));
}

function record(ctx: FlowContext, values: MinutesAnswers): StepResult<FormState<MinutesAnswers>> {
  const session = sessionById(ctx.db, Number(values.sessionId));
  const gad = gadById(ctx.db, values.gadId);
  if (!session || !gad || session.minutesRecordedAt) return { replies: [{ text: m('minutes-gone') }] };
  const row = addDocument(ctx.db, values.file, { gadId: gad.id, activity: null, product: MINUTES_PRODUCT, uploadedByPersonId: ctx.person?.id ?? null, now: ctx.now });
  attachToSession(ctx.db, row.id, session.id);
  const members = membersOf(ctx, gad.id);
  const attended = attendees(ctx, session, values.attended);
  recordMinutes(ctx.db, session.id, members, attended, ctx.now);
  ctx.audit('session.minutes', gad.id, { sessionId: session.id, documentId: row.id, attended: [...attended] });
  const args = sessionArgs(session, gad.name, ctx.config.timeZone);
  const file = { sha256: values.file.sha256, name: values.file.name, mime: values.file.mime };
  for (const personId of members) {
    if (personId !== ctx.person?.id) ctx.notify(personId, { text: m('minutes-shared', args), file }, { dedupeKey: `session:${session.id}:minutes:${row.id}:${personId}` });
  }
  const summary = { ...args, attended: attended.size, members: members.length };
  return { replies: [{ text: m('minutes-recorded', summary) }] };
}

/** Files a session's acta and its attendance. */
export const minutesFlow = formFlow<MinutesAnswers>({
  id: 'minutes',
  commands: ['acta', 'minutes'],
  description: m('cmd-minutes'),
  available: (ctx) => organizedGads(ctx).length > 0,
  form: new Form<MinutesAnswers>([
    ...gadFields<MinutesAnswers>((ctx, gad) => organizesSessions(ctx.memberships, gad.id) && awaiting(ctx, [gad.id]).length > 0),
    sessionField,
    fileField,
    attendedField,
  ]),
  before: (ctx): StepResult<FormState<MinutesAnswers>> | Partial<MinutesAnswers> =>
    awaiting(ctx, organizedGads(ctx).map((gad) => gad.id)).length === 0 ? { replies: [{ text: m('minutes-none') }] } : {},
  finish: record,
});
