/**
 * /confirmar (/confirm): the responsible person confirms an activity of a GAD, after
 * seeing what will be recorded and who will be told ("Sí, confirmar" / "No").
 */
import { ACTIVITIES } from '../../domain/activities.js';
import { mayConfirm } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import { gadById, type Gad } from '../../store/gads.js';
import { gadState } from '../../store/progress.js';
import { choiceField, Form, formFlow, type Field } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import { completeActivity, confirmQuestion, confirmRefusal } from './actions.js';
import type { FlowContext } from '../../engine/types.js';
import { confirmsActivities } from '../../domain/duties.js';

interface Confirmation {
  gadSearch?: string;
  gadId: number;
  activity: string;
  /** yes | no, or "refused" when the activity cannot be confirmed (the question is skipped). */
  confirm: string;
}

/** Open activities of a GAD that the person may confirm. */
export function confirmable(ctx: FlowContext, gad: Gad) {
  const state = gadState(ctx.db, gad.id);
  return ACTIVITIES.filter((a) => standing(a, state) === 'open' && mayConfirm(ctx.memberships, a, gad));
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => gad.status === 'accepted' && confirmable(ctx, gad).length > 0;

/** "Sí, confirmar" / "No" after the summary; skipped when the activity cannot be confirmed now. */
const confirmField: Field<Confirmation> = {
  name: 'confirm',
  auto: (ctx, values) => (confirmRefusal(ctx, gadById(ctx.db, values.gadId!)!, Number(values.activity)) ? 'refused' : undefined),
  ask: (ctx, values) => confirmQuestion(ctx, gadById(ctx.db, values.gadId!)!, Number(values.activity)),
  read: (input) => (input.kind === 'choice' && (input.value === 'yes' || input.value === 'no') ? { ok: true, value: input.value } : { ok: false, hint: m('choice-invalid') }),
};

const form = new Form<Confirmation>([
  ...gadFields<Confirmation>(allowed),
  choiceField<Confirmation>('activity', m('confirm-ask-activity'), (ctx, values) =>
    confirmable(ctx, gadById(ctx.db, values.gadId!)!).map((a) => ({ value: String(a.number), label: activityTitle(a) })),
  ),
  confirmField,
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
    if (!gad) return { replies: [{ text: m('gad-none') }] };
    if (values.confirm === 'no') return { replies: [{ text: m('confirm-not-recorded') }] };
    return { replies: completeActivity(ctx, gad, Number(values.activity)) };
  },
});
