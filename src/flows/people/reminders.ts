/**
 * /recordatorios (/reminders): a person mutes or unmutes non-essential reminders (stalled
 * steps, minutes, cadence, the weekly digest). Session reminders for Foro members stay on.
 */
import { m } from '../../shared/i18n.js';
import { setRemindersMuted } from '../../store/reminder-settings.js';
import type { Flow, FlowContext, StepResult } from '../../engine/types.js';

type State = { asked: true };

function ask(ctx: FlowContext): StepResult<State> {
  const muted = ctx.person?.remindersMuted ?? false;
  return {
    replies: [
      {
        text: m(muted ? 'reminders-state-muted' : 'reminders-state-on'),
        choices: [{ value: muted ? 'on' : 'off', label: m(muted ? 'reminders-choice-on' : 'reminders-choice-off') }, { value: 'keep', label: m('reminders-choice-keep') }],
      },
    ],
    next: { asked: true },
  };
}

function choose(ctx: FlowContext, value: string): StepResult<State> {
  if (!ctx.person || value === 'keep') return { replies: [{ text: m('reminders-unchanged') }] };
  const muted = value === 'off';
  setRemindersMuted(ctx.db, ctx.person.id, muted);
  ctx.audit('person.reminders', null, { muted });
  return { replies: [{ text: m(muted ? 'reminders-muted' : 'reminders-unmuted') }] };
}

/** Mutes or unmutes non-essential reminders. */
export const remindersFlow: Flow<State> = {
  id: 'reminders',
  commands: ['recordatorios', 'reminders'],
  description: m('cmd-reminders'),
  available: (ctx) => ctx.person !== undefined,
  start: (ctx) => ask(ctx),
  step: (ctx, _state, input) => (input.kind === 'choice' ? choose(ctx, input.value) : ask(ctx)),
};
