/**
 * Series of Foro sessions are materialized one session ahead: a series always has its
 * next session in the table (which members are invited to and reminded of) and the
 * following one is created once that one has started. The last date materialized is
 * kept in the rule, so a moved or cancelled session never brings its slot back.
 */
import { isRecurrence, occurrenceOnOrAfter } from '../../domain/recurrence.js';
import type { Db } from '../../store/db.js';
import { createSession, setSeriesThrough, type ForoSession, type SessionSeries } from '../../store/sessions.js';
import { addDays, fromLocal, isoDate, parseIsoDate, parseTypedTime, toLocal } from '../../shared/zoned-time.js';

/** Creates the next session of a series after `now`; undefined if the rule is unreadable. */
export function materializeNext(db: Db, series: SessionSeries, now: Date, timeZone: string): ForoSession | undefined {
  const rule = series.rule;
  const time = parseTypedTime(String(rule.time));
  if (!isRecurrence(rule) || !time) return undefined;
  const through = typeof rule.through === 'string' ? parseIsoDate(rule.through) : undefined;
  const today = toLocal(now, timeZone);
  let from = through && isoDate(through) >= isoDate(today) ? addDays(through, 1) : today;
  for (;;) {
    const date = occurrenceOnOrAfter(rule, from);
    const startsAt = fromLocal({ ...date, ...time }, timeZone);
    if (startsAt.getTime() > now.getTime()) {
      setSeriesThrough(db, series, isoDate(date));
      return createSession(
        db,
        { gadId: series.gadId, seriesId: series.id, startsAt, place: series.place, link: series.link, agenda: series.agenda, durationMinutes: series.durationMinutes, createdByPersonId: series.createdByPersonId },
        now,
      );
    }
    from = addDays(date, 1);
  }
}
