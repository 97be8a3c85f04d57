/** /estado (/status): the 15 activities of a GAD — done, open or not yet possible, with dates and who. */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayRead } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
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

