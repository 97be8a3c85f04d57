/**
 * Stalled steps: an activity open longer than STALL_DAYS reminds the people responsible
 * for it; at twice that the GAD's POCL hears too, at three times the POCs and the
 * gremio's contacts. Each level goes out once per opening of the activity. The roles of
 * everyone concerned are read in one query per sweep, not person by person.
 */
import { activityByNumber, type Activity } from '../../domain/activities.js';
import { escalatesNationally, isNationalRole, isPocl } from '../../domain/duties.js';
import { mayConfirm } from '../../domain/permissions.js';
import type { GadState } from '../../domain/readiness.js';
import { activityTitle } from '../../engine/names.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { membershipsInGadsOrNational, personById, type Membership } from '../../store/people.js';
import { activitiesOpenedWithin, gadState, openActivitiesSince, type OpenStep } from '../../store/progress.js';
import { offerToPerson } from '../../engine/offer.js';
import { activityChoices, nextStepsConversation } from './activity-choices.js';
import { unmuted } from '../../store/reminder-settings.js';
import type { JobDeps, SweepScope } from '../../engine/jobs.js';
import { isMarked, mark } from '../../store/scheduler-marks.js';
import { DAY_MS } from '../../shared/clock.js';

/** The highest escalation level. */
const TOP_LEVEL = 3;
/** How many stalled activities one sweep announces at most. */
const MAX_STALLS_PER_SWEEP = 100;

/** One activity overdue at one level, not yet announced. */
interface Stall {
  gad: Gad;
  activity: Activity;
  level: number;
  days: number;
  prefix: string;
}

/** The roles of everyone who may hear about some GADs: by person, and who is local to each GAD. */
interface Concerned {
  roles: Map<number, Membership[]>;
  local: Map<number, number[]>;
  national: number[];
}

function concernedWith(deps: JobDeps, gadIds: number[]): Concerned {
  const rows = membershipsInGadsOrNational(deps.db, gadIds);
  const concerned: Concerned = { roles: new Map(), local: new Map(), national: [] };
  for (const row of rows) {
    concerned.roles.set(row.personId, [...(concerned.roles.get(row.personId) ?? []), row]);
    if (isNationalRole(row.role)) concerned.national.push(row.personId);
    else if (row.gadId !== null) concerned.local.set(row.gadId, [...(concerned.local.get(row.gadId) ?? []), row.personId]);
  }
  return concerned;
}

/** Who hears about a stall at its level. */
function audienceOf(stall: Stall, concerned: Concerned): number[] {
  const { gad, activity, level } = stall;
  const candidates = new Set([...(concerned.local.get(gad.id) ?? []), ...concerned.national]);
  return [...candidates].filter((personId) => {
    const held = concerned.roles.get(personId)!;
    return mayConfirm(held, activity, gad) || (level >= 2 && isPocl(held, gad.id)) || (level >= 3 && escalatesNationally(held, gad.gremio));
  });
}

/**
 * Sends the stalled-step reminders due now, one stall at a time (each yields how many it
 * queued). The national people's digest and the marks of every announced stall go out
 * together in the last unit: a sweep stopped half-way marks nothing, and the next one
 * finds the same stalls again (the local reminders already queued are not queued twice).
 */
export function* sendStallReminders(deps: JobDeps, now: Date, scope: SweepScope): Generator<number> {
  const { stallMs } = deps.config.reminders;
  const gads = new Map<number, Gad | undefined>();
  const acceptedGad = (id: number) => (gads.has(id) ? gads.get(id) : gads.set(id, gadById(deps.db, id)).get(id));
  const stalls: Stall[] = [];
  for (const open of candidates(deps, now, scope)) {
    const elapsed = now.getTime() - open.openedAt.getTime();
    const level = Math.min(TOP_LEVEL, Math.floor(elapsed / stallMs));
    const activity = activityByNumber(open.activity);
    if (level < 1 || !activity) continue;
    const gad = acceptedGad(open.gadId);
    if (gad?.status !== 'accepted') continue;
    const prefix = `stall:${open.gadId}:${open.activity}:${open.openedAt.getTime()}:${level}:`;
    if (!isMarked(deps.db, prefix)) stalls.push({ gad, activity, level, days: Math.floor(elapsed / DAY_MS), prefix });
  }
  if (stalls.length === 0) return;
  // The longest stalled first, and a bounded number per sweep: a catch-up after a long
  // stop spreads over the next minutes (which read the same span again for the rest).
  if (stalls.length > MAX_STALLS_PER_SWEEP) scope.defer();
  const batch = stalls.sort((a, b) => b.days - a.days).slice(0, MAX_STALLS_PER_SWEEP);
  const concerned = concernedWith(deps, [...new Set(batch.map((stall) => stall.gad.id))]);
  const national = new Set(concerned.national);
  const digests = new Map<number, string[]>();
  const states = new Map<number, GadState>();
  const stateOf = (gadId: number) => states.get(gadId) ?? states.set(gadId, gadState(deps.db, gadId)).get(gadId)!;
  for (const stall of batch) {
    let sent = 0;
    const activity = activityTitle(stall.activity);
    for (const personId of unmuted(deps.db, audienceOf(stall, concerned))) {
      if (national.has(personId)) {
        // National people hear of every GAD: one digest a sweep rather than a message per activity.
        const line = m('stall-digest-line', { activity, gad: stall.gad.name, days: stall.days, level: stall.level });
        digests.set(personId, [...(digests.get(personId) ?? []), renderFor(deps, personId, line)]);
      } else if (remind(deps, stall, personId, concerned.roles.get(personId)!, stateOf(stall.gad.id), now)) {
        sent++;
      }
    }
    yield sent;
  }
  let sent = 0;
  for (const [personId, lines] of digests) {
    const text = m('stall-digest', { count: lines.length, lines: lines.join('\n') });
    if (deps.notifier.toPerson(personId, { text }, { now, dedupeKey: `stall-digest:${now.getTime()}:${personId}` })) sent++;
  }
  for (const stall of batch) mark(deps.db, stall.prefix, now);
  yield sent;
}

/**
 * The open activities that may be stalled at a new level: every one, or, with `changes`,
 * those of the GADs changed and those that reached a level since the last run.
 */
function candidates(deps: JobDeps, now: Date, scope: SweepScope): OpenStep[] {
  const changes = scope.changes;
  if (!changes) return openActivitiesSince(deps.db);
  const { stallMs } = deps.config.reminders;
  const reached = Array.from({ length: TOP_LEVEL }, (_, index) => {
    const before = (instant: Date) => new Date(instant.getTime() - (index + 1) * stallMs);
    return activitiesOpenedWithin(deps.db, before(changes.since), before(now));
  });
  const byKey = new Map([...openActivitiesSince(deps.db, changes.gads), ...reached.flat()].map((open) => [`${open.gadId}:${open.activity}`, open]));
  return [...byKey.values()];
}

/** Reminds one local person of a stalled activity, with its "Subir" or "Confirmar" buttons when they can act. */
function remind(deps: JobDeps, stall: Stall, personId: number, roles: readonly Membership[], state: GadState, now: Date): boolean {
  const text = m('stall-reminder', { activity: activityTitle(stall.activity), gad: stall.gad.name, days: stall.days, level: stall.level });
  const choices = activityChoices(roles, stall.gad, stall.activity, state);
  const options = { now, dedupeKey: `${stall.prefix}${personId}` };
  if (choices.length === 0) return deps.notifier.toPerson(personId, { text }, options);
  return offerToPerson(deps, personId, { text, choices }, nextStepsConversation(), { ...options, topic: `activity:${stall.gad.id}:${stall.activity.number}` });
}

/** One line rendered in a person's own language (digest lines are joined before sending). */
function renderFor(deps: JobDeps, personId: number, text: MessageRef): string {
  return deps.translator.render(deps.notifier.localeOf(personById(deps.db, personId)?.locale), text);
}
