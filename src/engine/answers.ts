/**
 * Which offered choice a typed answer picks: its number ("1", "opción 2"), its label
 * ("asistiré"), a yes or a no for the choice that means it ("sí, asistiré", "no puedo"),
 * or words that name one label only ("municipio" → "municipal").
 */
import { matchLabel, plainWords, yesOrNo } from '../shared/answers.js';
import { foldText } from '../shared/text.js';
import type { OfferedChoices } from '../store/conversations.js';

/**
 * How a typed answer picked a choice. `number`, `label` and `meaning` are plain answers to
 * this question; `words` is a looser reading, trusted only when nothing else claims the text.
 */
export type MatchedBy = 'number' | 'label' | 'meaning' | 'words';

/** A typed answer read against a question's choices. */
export type AnswerMatch = { kind: 'choice'; id: string; by: MatchedBy } | { kind: 'ambiguous'; ids: string[] } | undefined;

/** The longest yes or no, in words, read as a plain answer ("Sí, asistiré" is; a longer sentence is a loose reading). */
const SHORT_ANSWER_WORDS = 4;

/**
 * Reads "1", "1.", "1)", "#1", "opción 1", "la 2" as a choice number; other punctuation
 * around a digit ("_3", "3!") is not a number someone chose.
 */
export function choiceNumber(text: string): number | undefined {
  const match = /^(?:(?:opcion|option|la|el|numero|number)\s+|#\s*)?(\d{1,3})\s*[.)]?$/.exec(foldText(text));
  return match ? Number(match[1]) : undefined;
}

/** Which of the offered choices a typed text picks, and how. */
export function matchAnswer(text: string, offered: OfferedChoices): AnswerMatch {
  const entries = Object.entries(offered.byId);
  if (entries.length === 0) return undefined;
  const number = choiceNumber(text);
  if (number !== undefined) {
    const entry = entries[number - 1];
    return entry ? { kind: 'choice', id: entry[0], by: 'number' } : undefined;
  }
  const typed = plainWords(text);
  const exact = entries.find(([, choice]) => plainWords(choice.label) === typed);
  if (exact) return { kind: 'choice', id: exact[0], by: 'label' };
  const meaning = yesOrNo(text);
  const meant = meaning ? entries.filter(([, choice]) => choice.means === meaning) : [];
  if (meant.length === 1) return { kind: 'choice', id: meant[0]![0], by: typed.split(' ').length <= SHORT_ANSWER_WORDS ? 'meaning' : 'words' };
  const named = matchLabel(text, entries.map(([, choice]) => choice.label));
  if (!named) return undefined;
  if ('index' in named) return { kind: 'choice', id: entries[named.index]![0], by: 'words' };
  return { kind: 'ambiguous', ids: named.ambiguous.map((index) => entries[index]![0]) };
}

/** Whether a match is a plain answer to its question (not a loose reading of the words). */
export function isPlainAnswer(match: AnswerMatch): match is { kind: 'choice'; id: string; by: MatchedBy } {
  return match?.kind === 'choice' && match.by !== 'words';
}
