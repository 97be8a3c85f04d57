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

/** Month names and their usual abbreviations, Spanish and English, folded: month 1-12. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['enero', 'ene', 'january', 'jan'],
    ['febrero', 'feb', 'february'],
    ['marzo', 'mar', 'march'],
    ['abril', 'abr', 'april', 'apr'],
    ['mayo', 'may'],
    ['junio', 'jun', 'june'],
    ['julio', 'jul', 'july'],
    ['agosto', 'ago', 'august', 'aug'],
    ['septiembre', 'setiembre', 'sep', 'sept', 'set', 'september'],
    ['octubre', 'oct', 'october'],
    ['noviembre', 'nov', 'november'],
    ['diciembre', 'dic', 'december', 'dec'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/** Weekday names, Spanish and English, folded: 0 Sunday … 6 Saturday. */
const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['domingo', 'sunday'],
    ['lunes', 'monday'],
    ['martes', 'tuesday'],
    ['miercoles', 'wednesday'],
    ['jueves', 'thursday'],
    ['viernes', 'friday'],
    ['sabado', 'saturday'],
  ].flatMap((names, index) => names.map((name) => [name, index])),
);

/** Days from today that relative words name. */
const RELATIVE_DAYS: Readonly<Record<string, number>> = { hoy: 0, today: 0, manana: 1, tomorrow: 1, 'pasado manana': 2 };

/** Lower case, no accents, no punctuation but the separators of a date. */
function dateWords(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9/.:-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The year of a day and month typed without one: the first such date from 90 days
 * before today on (a session "8/12" is the coming one; a date a few weeks past stays in
 * its year, so a question that wants a future date can say it has passed).
 */
function yearFor(month: number, day: number, today: LocalDate): number | undefined {
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const date = realDate(year, month, day);
    if (date && daysBetween(today, date) >= -90) return year;
  }
  return undefined;
}

function dayMonth(day: number, month: number, year: number | undefined, today: LocalDate | undefined): LocalDate | undefined {
  const full = year !== undefined ? (year < 100 ? 2000 + year : year) : today && yearFor(month, day, today);
  return full === undefined ? undefined : realDate(full, month, day);
}

/** "hoy", "mañana", "el martes", "el próximo viernes": a date relative to today. */
function relativeDate(words: string, today: LocalDate): LocalDate | undefined {
  const bare = words.replace(/^(?:el|este|esta|the|this|on|next|proximo|proxima)\s+/, '').replace(/^(?:proximo|proxima|next)\s+/, '');
  if (bare in RELATIVE_DAYS) return addDays(today, RELATIVE_DAYS[bare]!);
  const weekday = WEEKDAYS[bare];
  if (weekday === undefined) return undefined;
  return addDays(today, ((weekday - weekdayOf(today) + 6) % 7) + 1);
}

/**
 * Reads a date as people in Ecuador type it: "1/12/2026", "01-12-2026", "2026-12-01",
 * "8 de diciembre (de 2026)", "diciembre 8", "martes 8 de diciembre". Given today, also
 * a day and month alone ("8/12", "8 dic"), "hoy", "mañana", "pasado mañana" and a
 * weekday ("el martes": the next one after today). Undefined if it is not a real date.
 */
export function parseTypedDate(text: string, today?: LocalDate): LocalDate | undefined {
  const words = dateWords(text);
  const iso = parseIsoDate(words);
  if (iso) return iso;
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(words);
  if (numeric) return dayMonth(Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3]) : undefined, today);
  const named = words.replace(/^(?:el\s+)?(?:domingo|lunes|martes|miercoles|jueves|viernes|sabado|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s+(?=\d)/, '');
  const dayFirst = /^(\d{1,2})\s+(?:de\s+)?([a-z]+)\.?(?:\s+(?:de\s+|del\s+)?(\d{4}))?$/.exec(named);
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:\s+(?:de\s+|del\s+)?(\d{4}))?$/.exec(named);
  if (dayFirst && MONTHS[dayFirst[2]!]) return dayMonth(Number(dayFirst[1]), MONTHS[dayFirst[2]!]!, dayFirst[3] ? Number(dayFirst[3]) : undefined, today);
  if (monthFirst && MONTHS[monthFirst[1]!]) return dayMonth(Number(monthFirst[2]), MONTHS[monthFirst[1]!]!, monthFirst[3] ? Number(monthFirst[3]) : undefined, today);
  return today ? relativeDate(words, today) : undefined;
}

/**
 * Reads a time of day: "10:00", "9:30", "10h00", "15h", "3 pm", "3:30 p. m.", "a las 3
 * de la tarde", "mediodía"; undefined otherwise (or for an impossible hour).
 */
export function parseTypedTime(text: string): { hour: number; minute: number } | undefined {
  const words = dateWords(text)
    .replace(/^(?:a\s+)?(?:las|la)\s+/, '')
    .replace(/\s*(?:horas|hrs|hs)$/, '');
  if (words === 'mediodia' || words === 'noon') return { hour: 12, minute: 0 };
  const match = /^(\d{1,2})(?:\s*[:h.]\s*(\d{2})?)?\s*(h|a\.?\s?m\.?|p\.?\s?m\.?|de la manana|de la tarde|de la noche|en la manana|en la tarde|en la noche)?$/.exec(words);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const meridiem = (match[3] ?? '').replace(/[.\s]/g, '');
  const afternoon = meridiem === 'pm' || /tarde|noche/.test(meridiem);
  if (meridiem && meridiem !== 'h') {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (afternoon ? 12 : 0);
  }
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

const whenFormatters = new Map<string, { es: Intl.DateTimeFormat; en: Intl.DateTimeFormat }>();

/** The formatters of `formatWhen` for a time zone, built once (building one costs far more than using it). */
function whenFormatter(timeZone: string): { es: Intl.DateTimeFormat; en: Intl.DateTimeFormat } {
  let pair = whenFormatters.get(timeZone);
  if (!pair) {
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
    pair = { es: new Intl.DateTimeFormat('es-EC', options), en: new Intl.DateTimeFormat('en-GB', options) };
    whenFormatters.set(timeZone, pair);
  }
  return pair;
}

/** An instant as people read it, in both locales: "martes, 1 de diciembre de 2026, 10:00". */
export function formatWhen(instant: Date, timeZone: string): Localized {
  const { es, en } = whenFormatter(timeZone);
  return { es: es.format(instant), en: en.format(instant) };
}

const WEEKDAY_DATE: Intl.DateTimeFormatOptions = { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const weekdayDate = { es: new Intl.DateTimeFormat('es-EC', WEEKDAY_DATE), en: new Intl.DateTimeFormat('en-GB', WEEKDAY_DATE) };

/** A calendar date in words with its weekday, to read back a typed date: "martes, 8 de diciembre de 2026". */
export function formatWeekdayDate(date: LocalDate): Localized {
  const instant = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  return { es: weekdayDate.es.format(instant), en: weekdayDate.en.format(instant) };
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
