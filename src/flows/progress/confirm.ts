/** /confirmar (/confirm): the responsible person confirms an activity of a GAD. */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayConfirm } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { gadState } from '../../store/progress.js';
import { choiceField, Form, formFlow } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import { completeActivity } from './actions.js';
import type { FlowContext } from '../../engine/types.js';
import { confirmsActivities } from '../../domain/duties.js';

interface Confirmation {
  gadSearch?: string;
  gadId: number;
  activity: string;
}

/** Open activities of a GAD that the person may confirm. */
export function confirmable(ctx: FlowContext, gad: Gad) {
  const state = gadState(ctx.db, gad.id);
  return ACTIVITIES.filter((a) => standing(a, state) === 'open' && mayConfirm(ctx.memberships, a, gad));
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => gad.status === 'accepted' && confirmable(ctx, gad).length > 0;

const form = new Form<Confirmation>([
  ...gadFields<Confirmation>(allowed),
  choiceField<Confirmation>('activity', m('confirm-ask-activity'), (ctx, values) =>
    confirmable(ctx, gadById(ctx.db, values.gadId!)!).map((a) => ({ value: String(a.number), label: activityTitle(a) })),
  ),
]);

/** Confirms one activity, with the Guía's checks (responsible role, prerequisites, products). */
export const confirmFlow = formFlow<Confirmation>({
  id: 'confirm',
  commands: ['confirmar', 'confirm'],
  description: m('cmd-confirm'),
  available: (ctx) => confirmsActivities(ctx.memberships),
  form,
  before: requireGad<Confirmation>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    return { replies: gad ? completeActivity(ctx, gad, Number(values.activity)) : [{ text: m('gad-none') }] };
  },
});
