/** /idioma (/language): anyone, guests included, chooses Spanish or English. */
import { isLocale, m, raw } from '../../shared/i18n.js';
import type { Flow, FlowContext, StepResult } from '../../engine/types.js';

const ask: StepResult<{ asked: true }> = {
  replies: [
    {
      text: m('language-ask'),
      choices: [
        { value: 'es', label: raw('Español') },
        { value: 'en', label: raw('English') },
      ],
    },
  ],
  next: { asked: true },
};

function choose(ctx: FlowContext, value: string): StepResult<never> {
  if (!isLocale(value)) return { replies: [{ text: m('language-unknown') }] };
  ctx.chooseLocale(value);
  ctx.audit('person.locale', null, { locale: value });
  return { replies: [{ text: m('language-changed') }] };
}

/** Changes the language the bot uses with the sender. */
export const languageFlow: Flow<{ asked: true }> = {
  id: 'language',
  commands: ['idioma', 'language'],
  description: m('cmd-language'),
  available: () => true,
  start(ctx, args) {
    const wanted = args.trim().toLowerCase();
    return isLocale(wanted) ? choose(ctx, wanted) : ask;
  },
  step(ctx, _state, input) {
    return input.kind === 'choice' ? choose(ctx, input.value) : ask;
  },
};
