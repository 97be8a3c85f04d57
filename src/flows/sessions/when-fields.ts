/**
 * The questions that say when a meeting happens and how long it lasts: a date (not past),
 * a time (not past), a duration. Foro sessions and trainings ask them alike.
 */
import { m } from '../../shared/i18n.js';
import { addDays, fromLocal, formatWeekdayDate, hhmm, isoDate, parseIsoDate, parseTypedDate, parseTypedTime, toLocal, type LocalDate } from '../../shared/zoned-time.js';
import { choiceField, type Field } from '../../engine/form.js';
import type { FlowContext } from '../../engine/types.js';

/** The answers these questions fill. */
export interface WhenAnswers {
  /** A series' recurrence, for the first date's wording; "once" or absent otherwise. */
  kind?: string;
  date?: string;
  time?: string;
  duration?: number;
}

/** Durations offered, in minutes; other lengths may be typed. */
const DURATIONS = [60, 90, 120, 180] as const;

/** The instant a date ("YYYY-MM-DD") and a time ("HH:MM") name in the configured zone. */
export function instantOf(ctx: FlowContext, date: string, time: string): Date {
  return fromLocal({ ...(parseIsoDate(date) as LocalDate), ...parseTypedTime(time)! }, ctx.config.timeZone);
}

/** The end of the local day of `now`, as an instant: today's meetings are offered for their record even before they start. */
export function endOfToday(ctx: FlowContext): Date {
  return fromLocal({ ...addDays(toLocal(ctx.now, ctx.config.timeZone), 1), hour: 0, minute: 0 }, ctx.config.timeZone);
}

/** The date question: a typed day, not in the past. */
export function dateFieldOf<F extends WhenAnswers>(when: (values: Partial<F>) => boolean): Field<F> {
  return {
    name: 'date',
    when,
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
}

/** The time question: a typed time, not past on the chosen day. */
export function timeFieldOf<F extends WhenAnswers>(when: (values: Partial<F>) => boolean): Field<F> {
  return {
    name: 'time',
    when,
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
}

/** Reads a typed duration: minutes ("45"), hours ("2 h", "1,5 horas") or h:mm ("1:30"). */
function readDuration(text: string): { value: string } | undefined {
  const typed = text.trim();
  const clock = /^(\d{1,2}):(\d{2})$/.exec(typed);
  const hours = /^(\d+(?:[.,]\d+)?)\s*h/i.exec(typed);
  const minutes = /^(\d{1,3})\s*(?:min\w*)?$/i.exec(typed);
  const total = clock ? Number(clock[1]) * 60 + Number(clock[2]) : hours ? Math.round(Number(hours[1]!.replace(',', '.')) * 60) : minutes ? Number(minutes[1]) : NaN;
  return Number.isInteger(total) && total >= 15 && total <= 600 ? { value: String(total) } : undefined;
}

/** The duration question: 1 h, 1 h 30, 2 h, 3 h, or a typed length; stored in minutes. */
export function durationFieldOf<F extends WhenAnswers>(when: (values: Partial<F>) => boolean): Field<F> {
  const choices = (typed?: string) => [
    ...DURATIONS.map((minutes) => ({ value: String(minutes), label: m('sessions-duration', { minutes }) })),
    ...(typed && !DURATIONS.some((minutes) => String(minutes) === typed) ? [{ value: typed, label: m('sessions-duration', { minutes: Number(typed) }) }] : []),
  ];
  const field = choiceField<F>('duration', m('sessions-ask-duration'), () => choices(), { when, editable: true });
  return {
    ...field,
    ask: (ctx, values) => ({ ...field.ask(ctx, values), acceptsText: true }),
    read(input) {
      const typed = input.kind === 'text' ? readDuration(input.text) : undefined;
      if (typed) return { ok: true, value: Number(typed.value), echo: m('sessions-duration', { minutes: Number(typed.value) }) };
      if (input.kind === 'choice' && choices().some((choice) => choice.value === input.value)) return { ok: true, value: Number(input.value) };
      return { ok: false, hint: m('sessions-duration-hint') };
    },
  };
}
