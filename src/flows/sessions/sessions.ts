/**
 * /sesiones (/sessions): the POCL or the Foro's Secretaría Técnica schedules a session
 * or a series (weekly, every two weeks, monthly on the weekday of the first date such as
 * "first Tuesday", monthly on its day), lists what is coming, moves or cancels a session.
 */
import { z } from 'zod';
import { RECURRENCE_KINDS } from '../../domain/recurrence.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { sessionById } from '../../store/sessions.js';
import { formatWeekdayDate, hhmm, isoDate, parseTypedDate, parseTypedTime, toLocal } from '../../shared/zoned-time.js';
import { confirmField, shortText } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field, type FormState } from '../../engine/form.js';
import { gadFields } from '../../engine/gad-field.js';
import { carryOut, instantOf, upcomingOf, type SessionsAnswers } from './actions.js';
import { organizesSessions } from '../../domain/duties.js';
import { organizedGads } from './access.js';
import { sessionArgs, sessionLabel, splitWhere } from './text.js';
import type { FlowContext, StepResult } from '../../engine/types.js';

type Answers = SessionsAnswers;

const isNew = (values: Partial<Answers>) => values.action === 'new';
const picksSession = (values: Partial<Answers>) => values.action === 'move' || values.action === 'cancel';
const needsWhen = (values: Partial<Answers>) => values.action === 'new' || values.action === 'move';

const actionField = choiceField<Answers>('action', m('sessions-ask-action'), (ctx, values) => {
  const actions = upcomingOf(ctx, values.gadId!).length > 0 ? (['new', 'list', 'move', 'cancel'] as const) : (['new', 'list'] as const);
  return actions.map((action) => ({ value: action, label: m('sessions-action', { action }) }));
});

const sessionField = choiceField<Answers>(
  'sessionId',
  m('sessions-ask-session'),
  (ctx, values) => upcomingOf(ctx, values.gadId!).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  { when: picksSession },
);

const scopeField = choiceField<Answers>(
  'scope',
  m('sessions-ask-scope'),
  () => (['one', 'series'] as const).map((scope) => ({ value: scope, label: m('sessions-scope', { scope }) })),
  {
    when: (values) => values.action === 'cancel',
    auto: (ctx, values) => (sessionById(ctx.db, Number(values.sessionId))?.seriesId ? undefined : 'one'),
  },
);

const kindField = choiceField<Answers>(
  'kind',
  m('sessions-ask-kind'),
  () => (['once', ...RECURRENCE_KINDS] as const).map((kind) => ({ value: kind, label: m('sessions-kind', { kind }) })),
  { when: isNew, editable: true },
);

const dateField: Field<Answers> = {
  name: 'date',
  when: needsWhen,
  editable: true,
  ask: (_ctx, values) => ({ text: m(values.kind && values.kind !== 'once' ? 'sessions-ask-first-date' : 'sessions-ask-date') }),
  read(input, ctx) {
    const today = toLocal(ctx.now, ctx.config.timeZone);
    const date = input.kind === 'text' ? parseTypedDate(input.text, today) : undefined;
    if (!date) return { ok: false, hint: m('sessions-date-hint') };
    if (isoDate(date) < isoDate(today)) return { ok: false, hint: m('sessions-date-past') };
    return { ok: true, value: isoDate(date), echo: m('answer-noted', { value: formatWeekdayDate(date) }) };
  },
};

const timeField: Field<Answers> = {
  name: 'time',
  when: needsWhen,
  editable: true,
  ask: () => ({ text: m('sessions-ask-time') }),
  read(input, ctx, values) {
    const time = input.kind === 'text' ? parseTypedTime(input.text) : undefined;
    if (!time) return { ok: false, hint: m('sessions-time-hint') };
    const text = `${time.hour}:${String(time.minute).padStart(2, '0')}`;
    if (instantOf(ctx, values.date!, text) <= ctx.now) return { ok: false, hint: m('sessions-time-past') };
    return { ok: true, value: text, echo: m('answer-noted', { value: hhmm(time) }) };
  },
};

function summary(ctx: FlowContext, values: Partial<Answers>): MessageRef {
  const gad = gadById(ctx.db, values.gadId!)!;
  const session = values.sessionId ? sessionById(ctx.db, Number(values.sessionId)) : undefined;
  const zone = ctx.config.timeZone;
  if (values.action === 'cancel' && session) {
    const args = { ...sessionArgs(session, gad.name, zone), scope: values.scope ?? 'one' };
    return m('sessions-confirm-cancel', args);
  }
  const startsAt = instantOf(ctx, values.date!, values.time!);
  if (values.action === 'move' && session) return m('sessions-confirm-move', sessionArgs({ ...session, startsAt }, gad.name, zone));
  const planned = { startsAt, ...splitWhere(values.where ?? ''), agenda: values.agenda ?? null };
  const args = { ...sessionArgs(planned, gad.name, zone), kind: values.kind ?? 'once' };
  return m('sessions-confirm-new', args);
}

/** The last question: the summary, then confirm, start again or cancel. */
const confirm = confirmField<Answers>((values, ctx) => summary(ctx, values), { when: (values) => values.action !== 'list' });

const form = new Form<Answers>([
  ...gadFields<Answers>((ctx, gad) => organizesSessions(ctx.memberships, gad.id)),
  actionField,
  sessionField,
  scopeField,
  kindField,
  dateField,
  timeField,
  textField<Answers>('where', m('sessions-ask-where'), shortText(300), m('sessions-where-hint'), { when: isNew, editable: true }),
  textField<Answers>('agenda', m('sessions-ask-agenda'), z.string().min(2).max(1500), m('sessions-agenda-hint'), { when: isNew, editable: true }),
  confirm,
]);

/** Schedules, lists, moves and cancels Foro sessions. */
export const sessionsFlow = formFlow<Answers>({
  id: 'sessions',
  commands: ['sesiones', 'sessions'],
  description: m('cmd-sessions'),
  available: (ctx) => organizedGads(ctx).length > 0,
  form,
  finish(ctx, values): StepResult<FormState<Answers>> {
    if (values.confirm === 'no') return { replies: [{ text: m('cancelled') }] };
    return { replies: [carryOut(ctx, values)] };
  },
});
