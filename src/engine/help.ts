/** What /start and /ayuda answer: who the bot is and what the sender can do now. */
import { m, raw, type Locale, type MessageRef } from '../shared/i18n.js';
import type { Turn } from './turn.js';
import type { Flow, Reply } from './types.js';

/** A flow's command in the sender's language. */
export function commandName(flow: Flow, locale: Locale): string {
  return flow.commands[locale === 'es' ? 0 : 1];
}

/** One line per command the sender may use: "/siguiente — qué me toca hacer". */
function commandLines(turn: Turn, flows: readonly Flow[]): string[] {
  return flows.map((flow) => `/${commandName(flow, turn.locale)} — ${turn.translator.render(turn.locale, flow.description)}`);
}

/** Paragraphs joined into one message, so a slow chat gets one message, not four. */
function oneMessage(turn: Turn, parts: (MessageRef | string[])[]): Reply {
  const paragraphs = parts
    .map((part) => (Array.isArray(part) ? part.join('\n') : turn.translator.render(turn.locale, part)))
    .filter((paragraph) => paragraph.length > 0);
  return { text: raw(paragraphs.join('\n\n')) };
}

/** The answer to /start without a code. */
export function startReplies(turn: Turn, flows: readonly Flow[]): Reply[] {
  if (!turn.person) return [{ text: m('start-guest') }];
  return [oneMessage(turn, [m('start-known', { name: turn.person.displayName }), commandLines(turn, flows), m('help-footer')])];
}

/** The answer to /ayuda, mentioning the open conversation if there is one. */
export function helpReplies(turn: Turn, flows: readonly Flow[], current: Flow | undefined): Reply[] {
  const parts: (MessageRef | string[])[] = [];
  if (current) parts.push(m('help-in-conversation', { command: commandName(current, turn.locale) }));
  parts.push(m(turn.person ? 'help-header' : 'help-header-guest'), commandLines(turn, flows), m('help-footer'));
  return [oneMessage(turn, parts)];
}
