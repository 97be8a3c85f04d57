/**
 * /estado (/status): the 15 activities of a GAD — done, open or not yet possible, with
 * dates and who — and, for an activity ever reopened, its whole history with the reasons;
 * done activities that depend on a reopened one are flagged.
 */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayRead } from '../../domain/permissions.js';
import { flaggedActivities, standing } from '../../domain/readiness.js';
import { activityEventsOf, type ActivityEvent } from '../../store/activity-events.js';
import { GAD_STATUS_NAMES, nameIn } from '../../domain/labels.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import { gadState, progressOf } from '../../store/progress.js';
import { Form, formFlow } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { formatInstantDate } from '../../shared/zoned-time.js';

interface StatusQuery {
  gadSearch?: string;
  gadId: number;
}

/** Who did something, as /estado names them: the person, or "the bot". */
function actorName(ctx: FlowContext, personId: number | null): string {
  return personId ? (personById(ctx.db, personId)?.displayName ?? '-') : ctx.render(m('status-by-bot'));
}

/** An activity's history, when it was ever reopened: every confirmation and reopening, in order. */
function history(ctx: FlowContext, events: readonly ActivityEvent[]): string {
  if (!events.some((event) => event.kind === 'reopened')) return '';
  const items = events.map((event) =>
    ctx.render(m('status-event', { kind: event.kind, date: formatInstantDate(event.at, ctx.config.timeZone), who: actorName(ctx, event.personId), reason: event.reason ?? '-' })),
  );
  return `\n   ${ctx.render(m('status-history', { events: items.join('; ') }))}`;
}

/** The 15 lines of a GAD's process, in the reader's language: state, history of corrections, flags. */
export function statusReply(ctx: FlowContext, gad: Gad): Reply {
  const state = gadState(ctx.db, gad.id);
  const progress = progressOf(ctx.db, gad.id);
  const events = activityEventsOf(ctx.db, gad.id);
  const flagged = flaggedActivities(state);
  const lines = ACTIVITIES.map((activity) => {
    const title = ctx.render(activityTitle(activity));
    const row = progress.get(activity.number);
    const past = history(ctx, events.filter((event) => event.activity === activity.number));
    switch (standing(activity, state)) {
      case 'done': {
        const date = row?.doneAt ? formatInstantDate(row.doneAt, ctx.config.timeZone) : '-';
        const cause = flagged.get(activity.number);
        const flag = cause === undefined ? '' : ` ${ctx.render(m('status-flagged', { activity: cause }))}`;
        return `✅ ${title} — ${ctx.render(m('status-done', { date, who: actorName(ctx, row?.doneByPersonId ?? null) }))}${flag}${past}`;
      }
      case 'open':
        return `🟡 ${title} — ${ctx.render(m('status-open'))}${past}`;
      case 'blocked':
        return `⏳ ${title} — ${ctx.render(m('status-blocked'))}${past}`;
    }
  });
  const completed = gad.status === 'accepted' && state.done.size === ACTIVITIES.length;
  return { text: m('status-header', { gad: gad.name, status: nameIn(GAD_STATUS_NAMES, completed ? 'completed' : gad.status), lines: lines.join('\n') }) };
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => mayRead(ctx.memberships, gad);

/** Shows where a GAD stands in the Guía's process. */
export const statusFlow = formFlow<StatusQuery>({
  id: 'status',
  commands: ['estado', 'status'],
  description: m('cmd-status'),
  available: (ctx) => ctx.memberships.length > 0,
  form: new Form<StatusQuery>(gadFields<StatusQuery>(allowed)),
  before: requireGad<StatusQuery>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    if (!gad || !allowed(ctx, gad)) return { replies: [{ text: m('gad-none') }] };
    return { replies: [statusReply(ctx, gad)] };
  },
});

