/**
 * The weekly digest: once a week (from Monday, at the first sweep inside the window)
 * each POCL gets what is due in their GAD: open activities and for how long, the week's
 * sessions, and sessions still waiting for their acta.
 */
import { activityTitle } from '../../engine/names.js';
import { sessionLabel } from '../sessions/text.js';
import { m, type Localized, type Text } from '../../shared/i18n.js';
import { acceptedGadsWithPocl, gadById, type Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { progressOf } from '../../store/progress.js';
import { unmuted } from '../../store/reminder-settings.js';
import { sessionsAwaitingMinutes, upcomingSessions } from '../../store/sessions.js';
import { addDays, isoDate, toLocal, weekdayOf } from '../../shared/zoned-time.js';
import { gadsToRead, type JobDeps, type SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { DAY_MS } from '../../shared/clock.js';


/** "2026-11-23": the Monday of the local week an instant falls in. */
export function weekOf(now: Date, timeZone: string): string {
  const today = toLocal(now, timeZone);
  return isoDate(addDays(today, -((weekdayOf(today) + 6) % 7)));
}

/**
 * Sends the digests not yet sent this week, one GAD at a time; yields how many messages each
 * queued. The first run of a week reads every GAD; the runs after it, the GADs changed.
 */
export function* sendWeeklyDigests(deps: JobDeps, now: Date, scope: SweepScope): Generator<number> {
  const week = weekOf(now, deps.config.timeZone);
  for (const gadId of acceptedGadsWithPocl(deps.db, gadsToRead(scope, now, (instant) => weekOf(instant, deps.config.timeZone)))) {
    const prefix = `digest:${gadId}:${week}:`;
    if (queuedWithPrefix(deps.db, prefix)) continue;
    const text = digestOf(deps, gadById(deps.db, gadId)!, now);
    let sent = 0;
    for (const personId of unmuted(deps.db, peopleWithRole(deps.db, 'pocl', { gadId }))) {
      if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `${prefix}${personId}` })) sent++;
    }
    yield sent;
  }
}

function digestOf(deps: JobDeps, gad: Gad, now: Date): Text {
  const zone = deps.config.timeZone;
  const open = [...progressOf(deps.db, gad.id).values()].filter((row) => row.openedAt && !row.doneAt);
  const activities = open.map((row) => ({ title: activityTitle(row.activity), days: Math.floor((now.getTime() - row.openedAt!.getTime()) / DAY_MS) }));
  const week = upcomingSessions(deps.db, [gad.id], now).filter((s) => s.startsAt.getTime() <= now.getTime() + 7 * DAY_MS);
  const waiting = sessionsAwaitingMinutes(deps.db, [gad.id], now, new Date(now.getTime() - 90 * DAY_MS));
  const args = {
    gad: gad.name,
    activities: joinLocalized(activities.map((a) => ({ es: `${a.title.es} (${a.days} d)`, en: `${a.title.en} (${a.days} d)` }))),
    sessions: joinLocalized(week.map((s) => sessionLabel(s, zone))),
    minutes: joinLocalized(waiting.map((s) => sessionLabel(s, zone))),
  };
  return m('digest', args);
}

/** Bulleted lines in both locales, or "-". */
function joinLocalized(items: Localized[]): Localized {
  if (items.length === 0) return { es: '-', en: '-' };
  return { es: items.map((i) => `• ${i.es}`).join('\n'), en: items.map((i) => `• ${i.en}`).join('\n') };
}
