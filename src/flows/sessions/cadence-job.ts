/**
 * Cadence: OGP asks forums to meet at least every six months. A Foro that has held no
 * session for five months (counted from its last session, or from its first member when
 * it never met) and has none scheduled is pointed out to the POCL and the Secretaría,
 * then every 30 days while that lasts.
 */
import { sessionOrganizers } from './access.js';
import { m } from '../../shared/i18n.js';
import { gadById } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { unmuted } from '../../store/reminder-settings.js';
import { foroCadences } from '../../store/sessions.js';
import { gadsToReadToday, type JobDeps, type SweepScope } from '../../engine/jobs.js';
import { queuedWithPrefix } from '../../store/sent-keys.js';
import { DAY_MS } from '../../shared/clock.js';
import { offerToPerson } from '../../engine/offer.js';
import { flowVersion } from '../../engine/types.js';
import { sessionsFlow } from './sessions.js';

/** Five months, as 152 days. */
export const CADENCE_GAP_MS = 152 * DAY_MS;
/** How often the warning repeats while the gap lasts. */
const REPEAT_MS = 30 * DAY_MS;

/**
 * Warns about Foros overdue for a session; returns how many messages were queued. Every
 * Foro is read at the first run of each local day (the warning counts in days), the Foros
 * of the GADs changed at the runs between.
 */
export function sendCadenceWarnings(deps: JobDeps, now: Date, scope: SweepScope): number {
  let sent = 0;
  const gadIds = gadsToReadToday(scope, now, deps.config.timeZone);
  for (const { gadId, formed, last } of foroCadences(deps.db, gadIds)) {
    if (last !== null && last > now.getTime()) continue;
    const since = Math.max(formed, last ?? 0);
    const overdue = now.getTime() - since - CADENCE_GAP_MS;
    if (overdue < 0) continue;
    const prefix = `cadence:${gadId}:${since}:${Math.floor(overdue / REPEAT_MS)}:`;
    if (queuedWithPrefix(deps.db, prefix)) continue;
    const gad = gadById(deps.db, gadId)!;
    const text = m(last === null ? 'cadence-never-met' : 'cadence-warning', { gad: gad.name, days: Math.floor((now.getTime() - since) / DAY_MS) });
    const audience = unmuted(deps.db, [...new Set([...peopleWithRole(deps.db, 'pocl', { gadId }), ...sessionOrganizers(deps.db, gadId)])]);
    const reply = { text, choices: [{ value: 'new', label: m('sessions-schedule-open') }] };
    const conversation = { flow: sessionsFlow.id, flowVersion: flowVersion(sessionsFlow), state: { values: { gadId }, field: 'action' } };
    for (const personId of audience) {
      if (offerToPerson(deps, personId, reply, conversation, { now, dedupeKey: `${prefix}${personId}`, topic: `cadence:${gadId}` })) sent++;
    }
  }
  return sent;
}
