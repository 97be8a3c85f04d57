/**
 * Recurrences of Foro sessions: weekly, every two weeks, monthly on the nth (or last)
 * weekday, monthly on a day of the month. A rule is derived from its first date, so a
 * person only says "monthly, like 1 December" and the rule reads "first Tuesday". Days
 * past a month's end (31 in April) fall on the month's last day.
 */
import { addDays, daysBetween, daysInMonth, isoDate, parseIsoDate, weekdayOf, type LocalDate } from '../shared/zoned-time.js';

/** How a series repeats. */
export const RECURRENCE_KINDS = ['weekly', 'biweekly', 'monthly_weekday', 'monthly_day'] as const;
/** One of the recurrence kinds. */
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

/** A series rule, as stored in session_series.rule (JSON of strings and numbers). */
export interface Recurrence {
  kind: RecurrenceKind;
  /** The first occurrence, "YYYY-MM-DD". */
  start: string;
  /** Local time of every occurrence, "HH:MM". */
  time: string;
  /** 0 Sunday … 6 Saturday (weekly, biweekly, monthly_weekday). */
  weekday: number;
  /** 1-4 for "first" to "fourth", -1 for "last" (monthly_weekday). */
  nth: number;
  /** Day of the month, 1-31 (monthly_day). */
  day: number;
}

/** The rule repeating `kind`-wise from a first date. */
export function recurrenceFrom(kind: RecurrenceKind, first: LocalDate, time: string): Recurrence {
  const nth = Math.ceil(first.day / 7);
  return { kind, start: isoDate(first), time, weekday: weekdayOf(first), nth: nth > 4 ? -1 : nth, day: first.day };
}

/** The nth (or, for -1, last) `weekday` of a month. */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): LocalDate {
  if (nth === -1) {
    const last = daysInMonth(year, month);
    return { year, month, day: last - ((weekdayOf({ year, month, day: last }) - weekday + 7) % 7) };
  }
  const first = 1 + ((weekday - weekdayOf({ year, month, day: 1 }) + 7) % 7);
  return { year, month, day: first + 7 * (nth - 1) };
}

function inMonth(rule: Recurrence, year: number, month: number): LocalDate {
  return rule.kind === 'monthly_weekday'
    ? nthWeekday(year, month, rule.weekday, rule.nth)
    : { year, month, day: Math.min(rule.day, daysInMonth(year, month)) };
}

/** The first occurrence on or after `from` (never before the rule's start). */
export function occurrenceOnOrAfter(rule: Recurrence, from: LocalDate): LocalDate {
  const start = parseIsoDate(rule.start)!;
  const target = isoDate(from) < rule.start ? start : from;
  if (rule.kind === 'weekly' || rule.kind === 'biweekly') {
    const period = rule.kind === 'weekly' ? 7 : 14;
    const offset = daysBetween(start, target);
    return addDays(start, Math.ceil(offset / period) * period);
  }
  const candidate = inMonth(rule, target.year, target.month);
  if (isoDate(candidate) >= isoDate(target)) return candidate;
  const next = target.month === 12 ? { year: target.year + 1, month: 1 } : { year: target.year, month: target.month + 1 };
  return inMonth(rule, next.year, next.month);
}

/** Whether a stored JSON value is a recurrence rule. */
export function isRecurrence<T extends Record<string, unknown>>(value: T): value is T & Recurrence {
  return (
    (RECURRENCE_KINDS as readonly string[]).includes(String(value.kind)) &&
    typeof value.start === 'string' &&
    typeof value.time === 'string' &&
    typeof value.weekday === 'number' &&
    typeof value.nth === 'number' &&
    typeof value.day === 'number'
  );
}
