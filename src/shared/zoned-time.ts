/**
 * Wall-clock dates and times in a time zone (the configured one, America/Guayaquil by
 * default), with nothing but `Intl.DateTimeFormat`: instant ↔ local parts, calendar
 * arithmetic on plain dates, and how people read a date and time.
 */
import type { Localized } from './i18n.js';

/** A calendar date, month 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** A calendar date and a wall-clock time, to the minute. */
export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

const MINUTE_MS = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of an instant in `timeZone` (seconds dropped). */
export function toLocal(instant: Date, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute! };
}

/** How far `timeZone` is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const floored = Math.floor(ms / MINUTE_MS) * MINUTE_MS;
  const local = toLocal(new Date(floored), timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute) - floored;
}

/**
 * The instant a wall-clock time names in `timeZone`. A time skipped by a daylight-saving
 * jump resolves to the same distance past the jump (02:30 → 03:30).
 */
export function fromLocal(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const guess = wall - offsetAt(wall, timeZone);
  return new Date(wall - offsetAt(guess, timeZone));
}

/** The day of the week of a date: 0 Sunday … 6 Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** How many days a month has (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date `days` later (or earlier, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from `a` to `b` (negative when b comes first). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** "2026-12-01": a date as stored and compared (lexical order is date order). */
export function isoDate(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Reads "2026-12-01"; undefined if it is not a real date. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? realDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** Reads a date as people in Ecuador type it: "1/12/2026", "01-12-2026", or "2026-12-01". */
export function parseTypedDate(text: string): LocalDate | undefined {
  const trimmed = text.trim();
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (dayFirst) return realDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return parseIsoDate(trimmed);
}

/** Reads a time of day: "10:00", "9:30", "10h00", "10h"; undefined otherwise. */
export function parseTypedTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?)?\s*(?:h|hs)?$/i.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

function realDate(year: number, month: number, day: number): LocalDate | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** "10:05": a time of day with two digits each. */
export function hhmm(time: { hour: number; minute: number }): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** Minutes since local midnight of an instant. */
export function minuteOfDay(instant: Date, timeZone: string): number {
  const local = toLocal(instant, timeZone);
  return local.hour * 60 + local.minute;
}

/** An instant as people read it, in both locales: "martes, 1 de diciembre de 2026, 10:00". */
export function formatWhen(instant: Date, timeZone: string): Localized {
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  return {
    es: new Intl.DateTimeFormat('es-EC', options).format(instant),
    en: new Intl.DateTimeFormat('en-GB', options).format(instant),
  };
}

/** A calendar date as people in Ecuador write it: "01/12/2026". */
export function formatDate(date: LocalDate): string {
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

const LONG_DATE: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' };
const longDate = { es: new Intl.DateTimeFormat('es-EC', LONG_DATE), en: new Intl.DateTimeFormat('en-GB', LONG_DATE) };

/** A calendar date written out, for sentences and documents: "8 de diciembre de 2026" / "8 December 2026". */
export function formatLongDate(date: LocalDate): Localized {
  const noon = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return { es: longDate.es.format(noon), en: longDate.en.format(noon) };
}

/** An ISO date ("2026-12-08") written out as formatLongDate does; any other text as it is. */
export function formatLongIsoDate(iso: string): Localized {
  const date = parseIsoDate(iso);
  return date ? formatLongDate(date) : { es: iso, en: iso };
}

/** The calendar date of an instant in the time zone, written out as formatLongDate does. */
export function formatLongInstantDate(instant: Date, timeZone: string): Localized {
  return formatLongDate(toLocal(instant, timeZone));
}

/** The calendar date of an instant in the time zone, written as formatDate does. */
export function formatInstantDate(instant: Date, timeZone: string): string {
  return formatDate(toLocal(instant, timeZone));
}

/** An ISO date ("2026-12-01") written as formatDate does; any other text as it is. */
export function formatIsoDate(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? formatDate(date) : iso;
}
