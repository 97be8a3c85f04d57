/**
 * /estado (/status): where a GAD stands in the Guía's 15 activities. First a summary that
 * fits a phone screen (how many are done, which are open, how many are not yet possible),
 * then, on "see details", every activity with its date and who confirmed it.
 */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayRead } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
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

/** The 15 lines of a GAD's process, in the reader's language. */
export function statusReply(ctx: FlowContext, gad: Gad): Reply {
  const state = gadState(ctx.db, gad.id);
  const progress = progressOf(ctx.db, gad.id);
  const lines = ACTIVITIES.map((activity) => {
    const title = ctx.render(activityTitle(activity));
    const row = progress.get(activity.number);
    switch (standing(activity, state)) {
      case 'done': {
        const who = row?.doneByPersonId ? (personById(ctx.db, row.doneByPersonId)?.displayName ?? '-') : ctx.render(m('status-by-bot'));
        return `✅ ${title} — ${ctx.render(m('status-done', { date: row?.doneAt ? formatInstantDate(row.doneAt, ctx.config.timeZone) : '-', who }))}`;
      }
      case 'open':
        return `🟡 ${title} — ${ctx.render(m('status-open'))}`;
      case 'blocked':
        return `⏳ ${title} — ${ctx.render(m('status-blocked'))}`;
    }
  });
  return { text: m('status-header', { gad: gad.name, status: nameIn(GAD_STATUS_NAMES, gad.status), lines: lines.join('\n') }) };
}

/** A GAD's process in a few lines: counts, and the open activities by name. */
export function statusSummary(ctx: FlowContext, gad: Gad): MessageRef {
  const state = gadState(ctx.db, gad.id);
  const count = (kind: ReturnType<typeof standing>) => ACTIVITIES.filter((activity) => standing(activity, state) === kind);
  const open = count('open');
  return m('status-summary', {
    gad: gad.name,
    status: nameIn(GAD_STATUS_NAMES, gad.status),
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
