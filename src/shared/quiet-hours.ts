/**
 * Quiet hours: reminders go out only inside the daily window (REMINDER_WINDOW, local
 * time). A session reminder due in quiet hours waits for the window to open; if the
 * session would have started by then, it goes at the last in-window minute before its
 * due time instead (the evening before an early session); if that moment has passed by
 * the time the bot can send (e.g. the session was scheduled at night), it is skipped.
 */
import { DAY_MS } from './clock.js';
import { addDays, fromLocal, minuteOfDay, toLocal } from './zoned-time.js';

/** The daily window, in minutes since local midnight: [start, end). */
export interface ReminderWindow {
  startMinute: number;
  endMinute: number;
}

/** Whether an instant falls inside the window. */
export function inWindow(instant: Date, window: ReminderWindow, timeZone: string): boolean {
  const minute = minuteOfDay(instant, timeZone);
  return minute >= window.startMinute && minute < window.endMinute;
}

/** The instant of a minute of the local day of `instant`, `dayShift` days later. */
function atMinute(instant: Date, minute: number, dayShift: number, timeZone: string): Date {
  const date = addDays(toLocal(instant, timeZone), dayShift);
  return fromLocal({ ...date, hour: Math.floor(minute / 60), minute: minute % 60 }, timeZone);
}

/** When a reminder due at `due`, for a session starting at `start`, may go out. */
export function reminderMoment(due: Date, start: Date, window: ReminderWindow, timeZone: string): Date {
  if (inWindow(due, window, timeZone)) return due;
  const minute = minuteOfDay(due, timeZone);
  const opening = atMinute(due, window.startMinute, minute < window.startMinute ? 0 : 1, timeZone);
  if (opening < start) return opening;
  return atMinute(due, window.endMinute - 1, minute >= window.endMinute ? 0 : -1, timeZone);
}

/**
 * Whether the window opened, or its last minute began, after `from` and by `to`: the two
 * instants at which reminders held back by quiet hours (reminderMoment) fall due.
 */
export function windowEdgeWithin(from: Date, to: Date, window: ReminderWindow, timeZone: string): boolean {
  if (to.getTime() - from.getTime() >= DAY_MS) return true;
  return [0, -1].some((dayShift) =>
    [window.startMinute, window.endMinute - 1].some((minute) => {
      const edge = atMinute(to, minute, dayShift, timeZone);
      return edge > from && edge <= to;
    }),
  );
}
