/**
 * The engine's own short question "which question does «1» answer?", when a typed
 * answer fits several open questions. Passing over it (answering something else) drops it.
 */
import { m } from '../shared/i18n.js';
import type { OfferedChoices } from '../store/conversations.js';
import type { Dialogue } from './dialogue.js';
import type { Reading } from './routing.js';
import type { Turn } from './turn.js';
import type { Choice } from './types.js';

/** What a prompt asked, as stored with it. */
type PromptState = { prompt: 'which'; readings: Reading[] };

/** The longest piece of a question quoted in a label. */
const QUOTE_LENGTH = 48;

/** The first line of a question, short enough for a button. */
function quote(offered: OfferedChoices | undefined): string {
  const line = (offered?.prompt?.text ?? '').split('\n').find((l) => l.trim().length > 0) ?? '';
  return line.length > QUOTE_LENGTH ? `${line.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : line;
}

/** Asks which of several open questions a typed answer was meant for. */
export function askWhich(dialogue: Dialogue, text: string, readings: Reading[]): void {
  const choices = readings.map((reading, index): Choice => {
    const offered = dialogue.offeredBy(reading.ref);
    const question = quote(offered);
    const value = String(index);
    if ('choiceId' in reading) return { value, label: m('which-choice', { choice: offered?.byId[reading.choiceId]?.label ?? '', question }) };
    if ('text' in reading) return { value, label: m('which-text', { question }) };
    return { value, label: m('which-retry', { question }) };
  });
  const answer = text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text;
  dialogue.askPrompt({ text: m('which-question', { answer }), choices }, { prompt: 'which', readings } satisfies PromptState);
}

/** Carries out the answer to the open prompt. */
export function answerPrompt(turn: Turn, dialogue: Dialogue, value: string): void {
  const state = dialogue.prompt?.state as PromptState | undefined;
  dialogue.dropPrompt();
  const reading = state?.readings[Number(value)];
  const offered = reading && dialogue.offeredBy(reading.ref);
  if (!reading || !offered) {
    turn.reply([{ text: m('choice-stale') }]);
    return;
  }
  if ('choiceId' in reading) {
    const choice = offered.byId[reading.choiceId];
    if (choice) dialogue.step(reading.ref, { kind: 'choice', value: choice.value });
    else turn.reply([{ text: m('choice-stale') }]);
  } else if ('text' in reading) {
    dialogue.step(reading.ref, { kind: 'text', text: reading.text });
  } else {
    turn.reoffer(offered, { text: m('choice-invalid') });
    dialogue.keep();
  }
}
