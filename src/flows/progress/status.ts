/**
 * /estado (/status): where a GAD stands in the Guía's 15 activities. First a summary that
 * fits a phone screen (how many are done, which are open, how many are not yet possible),
 * then, on "see details", every activity with its date and who confirmed it and, for an
 * activity ever reopened, its whole history with the reasons; done activities that depend
 * on a reopened one are flagged.
 */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayRead } from '../../domain/permissions.js';
import { flaggedActivities, standing } from '../../domain/readiness.js';
import { activityEventsOf, type ActivityEvent } from '../../store/activity-events.js';
import { GAD_STATUS_NAMES, nameIn } from '../../domain/labels.js';
import { m, type MessageRef } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { personById } from '../../store/people.js';
import { gadState, progressOf } from '../../store/progress.js';
import { Form, subForm, type FormState } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import type { Flow, FlowContext, Reply, StepResult } from '../../engine/types.js';
import { formatInstantDate } from '../../shared/zoned-time.js';
import { bulletsWithin } from './actions.js';

interface StatusQuery {
  gadSearch?: string;
  gadId: number;
}

type State = { mode: 'pick'; form: FormState<StatusQuery> } | { mode: 'summary'; gadId: number };

/** How much room the open activities have in the summary. */
const OPEN_BUDGET = 300;

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

/** A GAD's process in a few lines: counts, and the open activities by name. */
export function statusSummary(ctx: FlowContext, gad: Gad): MessageRef {
  const state = gadState(ctx.db, gad.id);
  const count = (kind: ReturnType<typeof standing>) => ACTIVITIES.filter((activity) => standing(activity, state) === kind);
  const open = count('open');
  return m('status-summary', {
    gad: gad.name,
    status: nameIn(GAD_STATUS_NAMES, gad.status === 'accepted' && state.done.size === ACTIVITIES.length ? 'completed' : gad.status),
    done: count('done').length,
    total: ACTIVITIES.length,
    openCount: open.length,
    open: open.length ? `\n${bulletsWithin(ctx, open.map(activityTitle), OPEN_BUDGET)}` : '',
    blocked: count('blocked').length,
  });
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => mayRead(ctx.memberships, gad);
const form = new Form<StatusQuery>(gadFields<StatusQuery>(allowed));

function summary(ctx: FlowContext, gadId: number): StepResult<State> {
  const gad = gadById(ctx.db, gadId);
  if (!gad || !allowed(ctx, gad)) return { replies: [{ text: m('gad-none') }] };
  const choices = [
    { value: 'detail', label: m('choice-detail') },
    { value: 'done', label: m('choice-done') },
  ];
  return { replies: [{ text: statusSummary(ctx, gad), choices }], next: { mode: 'summary', gadId } };
}

/** Shows where a GAD stands in the Guía's process. */
export const statusFlow: Flow<State> = {
  id: 'status',
  version: 2,
  commands: ['estado', 'status'],
  description: m('cmd-status'),
  available: (ctx) => ctx.memberships.length > 0,
  start(ctx) {
    const none = requireGad<StatusQuery>(allowed)(ctx);
    if ('replies' in none) return { replies: none.replies };
    return subForm(form.begin(ctx), (f): State => ({ mode: 'pick', form: f }), (v) => summary(ctx, v.gadId));
  },
  step(ctx, state, input) {
    if (state.mode === 'pick') return subForm(form.advance(ctx, state.form, input), (f): State => ({ mode: 'pick', form: f }), (v) => summary(ctx, v.gadId));
    const gad = gadById(ctx.db, state.gadId);
    if (!gad || !allowed(ctx, gad)) return { replies: [{ text: m('gad-none') }] };
    if (input.kind === 'choice' && input.value === 'detail') return { replies: [statusReply(ctx, gad)] };
    if (input.kind === 'choice' && input.value === 'done') return { replies: [{ text: m('status-bye') }] };
    return summary(ctx, gad.id);
  },
};
