/**
 * /reabrir (/reopen): correction on the record. The POC reopens a done activity of any
 * GAD with a mandatory reason. The activity is open again, the done activities that
 * depended on it are flagged (/estado marks them), everyone who was told of the completion
 * is told of the reopening, and both events stay in the record and the audit log.
 * Nothing is deleted.
 */
import { z } from 'zod';
import { ACTIVITIES, activityByNumber } from '../../domain/activities.js';
import { reopensActivities } from '../../domain/duties.js';
import { flaggedActivities } from '../../domain/readiness.js';
import { m } from '../../shared/i18n.js';
import { eventsOfActivity } from '../../store/activity-events.js';
import { gadById, type Gad } from '../../store/gads.js';
import { doneActivities, gadState, reopenActivity } from '../../store/progress.js';
import { yesNoChoices } from '../../engine/fields.js';
import { choiceField, Form, formFlow, textField, type Field } from '../../engine/form.js';
import { gadFields, requireGad } from '../../engine/gad-field.js';
import { activityTitle } from '../../engine/names.js';
import type { FlowContext, Reply } from '../../engine/types.js';
import { namesOf } from './actions.js';

interface Reopening {
  gadSearch?: string;
  gadId: number;
  activity: string;
  reason: string;
  confirm: string;
}

const allowed = (ctx: FlowContext, gad: Gad): boolean => reopensActivities(ctx.memberships) && doneActivities(ctx.db, gad.id).size > 0;

/** Whoever was told of the activity's last completion, and whoever confirmed it (not the sender). */
function toldOfCompletion(ctx: FlowContext, gadId: number, activity: number): number[] {
  const done = eventsOfActivity(ctx.db, gadId, activity).filter((event) => event.kind === 'done').at(-1);
  if (!done) return [];
  return [...new Set([...done.notified, ...(done.personId === null ? [] : [done.personId])])].filter((id) => id !== ctx.person?.id);
}

/** Done activities that would be flagged if `activity` were reopened. */
function dependents(ctx: FlowContext, gadId: number, activity: number): number[] {
  const state = gadState(ctx.db, gadId);
  const done = new Set(state.done);
  done.delete(activity);
  return [...flaggedActivities({ ...state, done }).keys()];
}

const titles = (ctx: FlowContext, numbers: readonly number[]) => numbers.map((n) => ctx.render(activityTitle(n))).join('\n') || '-';

const confirmField: Field<Reopening> = {
  ...choiceField<Reopening>('confirm', m('choice-invalid'), () => yesNoChoices('reopen')),
  ask(ctx, values) {
    const number = Number(values.activity);
    const args = {
      activity: activityTitle(number),
      gad: gadById(ctx.db, values.gadId!)!.name,
      reason: values.reason ?? '',
      flagged: titles(ctx, dependents(ctx, values.gadId!, number)),
      told: namesOf(ctx, toldOfCompletion(ctx, values.gadId!, number)),
    };
    return { text: m('reopen-ask', args), choices: yesNoChoices('reopen') };
  },
};

const form = new Form<Reopening>([
  ...gadFields<Reopening>(allowed),
  choiceField<Reopening>('activity', m('reopen-ask-activity'), (ctx, values) => {
    const done = doneActivities(ctx.db, values.gadId!);
    return ACTIVITIES.filter((a) => done.has(a.number)).map((a) => ({ value: String(a.number), label: activityTitle(a) }));
  }),
  textField<Reopening>('reason', m('reopen-ask-reason'), z.string().min(10).max(1000), m('reopen-reason-hint')),
  confirmField,
]);

/** Reopens the activity, tells whoever heard of its completion, and says what is flagged. */
function reopen(ctx: FlowContext, gad: Gad, number: number, reason: string): Reply {
  const activity = activityByNumber(number);
  if (!activity || !doneActivities(ctx.db, gad.id).has(number)) return { text: m('reopen-not-done') };
  const told = toldOfCompletion(ctx, gad.id, number);
  const flagged = dependents(ctx, gad.id, number);
  reopenActivity(ctx.db, gad.id, number, { personId: ctx.person?.id ?? null, reason, notified: told, now: ctx.now });
  ctx.audit('activity.reopened', gad.id, { activity: number, reason, flagged, notified: told });
  const args = { activity: activityTitle(activity), gad: gad.name, who: ctx.person?.displayName ?? '', reason, flagged: titles(ctx, flagged) };
  for (const personId of told) ctx.notify(personId, { text: m('activity-reopened-notify', args) });
  return { text: m('reopen-done', { activity: args.activity, gad: gad.name, flagged: args.flagged, told: told.length }) };
}

/** The POC reopens a done activity, with its reason. */
export const reopenFlow = formFlow<Reopening>({
  id: 'reopen',
  commands: ['reabrir', 'reopen'],
  description: m('cmd-reopen'),
  available: (ctx) => reopensActivities(ctx.memberships),
  form,
  before: requireGad<Reopening>(allowed),
  finish(ctx, values) {
    const gad = gadById(ctx.db, values.gadId);
    if (!gad || values.confirm !== 'yes') return { replies: [{ text: m('confirm-not-recorded') }] };
    return { replies: [reopen(ctx, gad, Number(values.activity), values.reason.trim())] };
  },
});
