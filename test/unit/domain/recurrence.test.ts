import { describe, expect, it } from 'vitest';
import { nthWeekday, occurrenceOnOrAfter, recurrenceFrom } from '../../../src/domain/recurrence.js';
import { addDays, fromLocal, isoDate, parseIsoDate, parseTypedDate, parseTypedTime, toLocal } from '../../../src/shared/zoned-time.js';

const date = (iso: string) => parseIsoDate(iso)!;
/** The first `count` occurrences of a rule from its start. */
function occurrences(rule: ReturnType<typeof recurrenceFrom>, count: number): string[] {
  const out: string[] = [];
  let from = date(rule.start);
  while (out.length < count) {
    const next = occurrenceOnOrAfter(rule, from);
    out.push(isoDate(next));
    from = addDays(next, 1);
  }
  return out;
}

describe('zoned time', () => {
  it('converts wall-clock time in Guayaquil (UTC-5) and in a zone with daylight saving', () => {
    expect(fromLocal({ year: 2026, month: 12, day: 1, hour: 10, minute: 0 }, 'America/Guayaquil').toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(toLocal(new Date('2026-12-01T04:30:00Z'), 'America/Guayaquil')).toEqual({ year: 2026, month: 11, day: 30, hour: 23, minute: 30 });
    expect(fromLocal({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'Europe/Madrid').toISOString()).toBe('2026-07-01T07:00:00.000Z');
    expect(fromLocal({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, 'Europe/Madrid').toISOString()).toBe('2026-01-15T08:00:00.000Z');
  });

  it('reads dates and times as people type them', () => {
    expect(parseTypedDate('1/12/2026')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseTypedDate('2026-12-01')).toEqual({ year: 2026, month: 12, day: 1 });
    expect(parseTypedDate('31/02/2026')).toBeUndefined();
    expect(parseTypedTime('10h00')).toEqual({ hour: 10, minute: 0 });
    expect(parseTypedTime('9:30')).toEqual({ hour: 9, minute: 30 });
    expect(parseTypedTime('25:00')).toBeUndefined();
  });
});

describe('recurrence', () => {
  it('derives "first Tuesday" from 1 December 2026 and follows it month after month', () => {
    const rule = recurrenceFrom('monthly_weekday', date('2026-12-01'), '10:00');
    expect(rule).toMatchObject({ weekday: 2, nth: 1 });
    expect(occurrences(rule, 4)).toEqual(['2026-12-01', '2027-01-05', '2027-02-02', '2027-03-02']);
  });

  it('treats a fifth weekday as "the last" one', () => {
    const rule = recurrenceFrom('monthly_weekday', date('2026-12-29'), '10:00');
    expect(rule.nth).toBe(-1);
    expect(occurrences(rule, 3)).toEqual(['2026-12-29', '2027-01-26', '2027-02-23']);
    expect(isoDate(nthWeekday(2027, 3, 2, -1))).toBe('2027-03-30');
  });

  it('puts day 31 on the last day of shorter months, leap years included', () => {
    const rule = recurrenceFrom('monthly_day', date('2027-12-31'), '09:00');
    expect(occurrences(rule, 5)).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']);
  });

  it('repeats every two weeks from the first date, across a year end', () => {
    const rule = recurrenceFrom('biweekly', date('2026-12-22'), '15:00');
    expect(occurrences(rule, 3)).toEqual(['2026-12-22', '2027-01-05', '2027-01-19']);
    expect(isoDate(occurrenceOnOrAfter(rule, date('2027-01-06')))).toBe('2027-01-19');
  });

  it('repeats every week and never before its start', () => {
    const rule = recurrenceFrom('weekly', date('2026-12-03'), '15:00');
    expect(isoDate(occurrenceOnOrAfter(rule, date('2026-11-01')))).toBe('2026-12-03');
    expect(occurrences(rule, 3)).toEqual(['2026-12-03', '2026-12-10', '2026-12-17']);
  });
});
