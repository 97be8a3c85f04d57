/**
 * /sesiones (/sessions): the POCL or the Foro's Secretaría Técnica schedules a session
 * or a series (weekly, every two weeks, monthly on the weekday of the first date such as
 * "first Tuesday", monthly on its day) with its duration, lists what is coming, moves or
 * cancels a session, attaches a pre-read to a coming session, or fetches a past acta again.
 */
import { z } from 'zod';
import { RECURRENCE_KINDS } from '../../domain/recurrence.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { sessionById, sessionsWithMinutes } from '../../store/sessions.js';
import { confirmField, shortText } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field, type FormState } from '../../engine/form.js';
import { gadFields } from '../../engine/gad-field.js';
import { dateFieldOf, durationFieldOf, instantOf, timeFieldOf } from './when-fields.js';
import { carryOut, DEFAULT_DURATION, upcomingOf, type SessionsAnswers } from './actions.js';
import { organizesSessions } from '../../domain/duties.js';
import { organizedGads } from './access.js';
import { sessionArgs, sessionLabel, splitWhere } from './text.js';
import type { FlowContext, StepResult } from '../../engine/types.js';

type Answers = SessionsAnswers;

const isNew = (values: Partial<Answers>) => values.action === 'new';
const picksSession = (values: Partial<Answers>) => values.action === 'move' || values.action === 'cancel' || values.action === 'preread';
/** Actions that only read: no summary to confirm. */
const readsOnly = (values: Partial<Answers>) => values.action === 'list' || values.action === 'actas';
const needsWhen = (values: Partial<Answers>) => values.action === 'new' || values.action === 'move';

const actionField = choiceField<Answers>('action', m('sessions-ask-action'), (ctx, values) => {
  const actions = upcomingOf(ctx, values.gadId!).length > 0 ? (['new', 'list', 'move', 'cancel'] as const) : (['new', 'list'] as const);
  const more = [...(upcomingOf(ctx, values.gadId!).length > 0 ? (['preread'] as const) : []), ...(sessionsWithMinutes(ctx.db, [values.gadId!]).length > 0 ? (['actas'] as const) : [])];
  return [
    ...actions.map((action) => ({ value: action, label: m('sessions-action', { action }) })),
    ...more.map((action) => ({ value: action, label: m('sessions-action-more', { action }) })),
  ];
});

const pastField = choiceField<Answers>(
  'pastId',
  m('sessions-ask-past'),
  (ctx, values) => sessionsWithMinutes(ctx.db, [values.gadId!]).map((session) => ({ value: String(session.id), label: sessionLabel(session, ctx.config.timeZone) })),
  { when: (values) => values.action === 'actas' },
);

const prereadField: Field<Answers> = {
  name: 'file',
  when: (values) => values.action === 'preread',
  ask: () => ({ text: m('sessions-ask-preread') }),
  read: (input) => (input.kind === 'file' ? { ok: true, value: input.file } : { ok: false, hint: m('sessions-preread-hint') }),
};

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

const dateField = dateFieldOf<Answers>(needsWhen);
const timeField = timeFieldOf<Answers>(needsWhen);
const durationField = durationFieldOf<Answers>(isNew);


function summary(ctx: FlowContext, values: Partial<Answers>): MessageRef {
  const gad = gadById(ctx.db, values.gadId!)!;
  const session = values.sessionId ? sessionById(ctx.db, Number(values.sessionId)) : undefined;
  const zone = ctx.config.timeZone;
  if (values.action === 'cancel' && session) {
    const args = { ...sessionArgs(session, gad.name, zone), scope: values.scope ?? 'one' };
    return m('sessions-confirm-cancel', args);
  }
  if (values.action === 'preread' && session) {
    const args = { ...sessionArgs(session, gad.name, zone), document: values.file?.name ?? '-' };
    return m('sessions-confirm-preread', args);
  }
  const startsAt = instantOf(ctx, values.date!, values.time!);
  if (values.action === 'move' && session) return m('sessions-confirm-move', sessionArgs({ ...session, startsAt }, gad.name, zone));
  const planned = { startsAt, ...splitWhere(values.where ?? ''), agenda: values.agenda ?? null };
  const args = { ...sessionArgs(planned, gad.name, zone), kind: values.kind ?? 'once' };
  return m('sessions-confirm-new-length', { summary: ctx.render(m('sessions-confirm-new', args)), minutes: values.duration ?? DEFAULT_DURATION });
}

/** The last question: the summary, then confirm, start again or cancel. */
const confirm = confirmField<Answers>((values, ctx) => summary(ctx, values), { when: (values) => !readsOnly(values) });

const form = new Form<Answers>([
  ...gadFields<Answers>((ctx, gad) => organizesSessions(ctx.memberships, gad.id)),
  actionField,
  sessionField,
  pastField,
  prereadField,
  scopeField,
  kindField,
  dateField,
  timeField,
  durationField,
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
