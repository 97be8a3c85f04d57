/**
 * Which open question a typed message answers, when a person has several: the
 * conversation they are in, and questions the bot asked on its own (an invitation, a
 * "Revisar" button, a request for information). A plain answer that fits exactly one
 * question goes to it; one that fits several is never guessed — the person is asked
 * which question they meant. Free text goes to the conversation that asked for it.
 * While a conversation is open, only questions that arrived after its last question
 * compete with it for an answer it can take: "1" typed under a list the person just
 * asked for is that list's; an answer it cannot take may be any open question's.
 */
import type { FlowInput } from './types.js';
import { isPlainAnswer, matchAnswer, type AnswerMatch } from './answers.js';
import type { OfferedChoices } from '../store/conversations.js';

/** The open conversation, or the id of another open question. */
export type QuestionRef = 'current' | number;

/** A question that may receive the text, what it offered, and when it was last asked. */
export interface Candidate {
  ref: QuestionRef;
  offered: OfferedChoices;
  at: Date;
  /** A conversation the bot opened on its own (Flow.soft): a plain answer to another question goes there. */
  soft?: boolean;
}

/** One reading of an ambiguous message, offered to the person to pick. */
export type Reading = { ref: QuestionRef; choiceId: string } | { ref: QuestionRef; text: string } | { ref: QuestionRef; retry: true };

/** Where a typed message goes. */
export type TextRoute =
  | { kind: 'answer'; ref: QuestionRef; input: FlowInput }
  | { kind: 'which'; readings: Reading[] }
  | { kind: 'unclear'; ref: QuestionRef; among?: string[] }
  | { kind: 'none' };

/** How many readings the "which question?" prompt offers at most. */
const MAX_READINGS = 5;

interface Matched {
  candidate: Candidate;
  match: AnswerMatch;
}

function chosen(ref: QuestionRef, offered: OfferedChoices, id: string): TextRoute {
  return { kind: 'answer', ref, input: { kind: 'choice', value: offered.byId[id]!.value } };
}

function asReading(item: Matched): Reading {
  return { ref: item.candidate.ref, choiceId: (item.match as { id: string }).id };
}

function which(readings: Reading[]): TextRoute {
  return { kind: 'which', readings: readings.slice(0, MAX_READINGS) };
}

/**
 * Routes a typed message among the open conversation (`current`) and the other open
 * questions (`others`, newest first).
 */
export function routeText(text: string, current: Candidate | undefined, others: readonly Candidate[]): TextRoute {
  const all = current ? [current, ...others] : [...others];
  const matched: Matched[] = all.map((candidate) => ({ candidate, match: matchAnswer(text, candidate.offered) }));
  const own = current ? matched[0]! : undefined;
  const elsewhere = matched.filter((item) => item.candidate !== current);
  const newer = (candidate: Candidate) => !current || candidate.at.getTime() > current.at.getTime();
  const plainElsewhere = elsewhere.filter((item) => isPlainAnswer(item.match) && newer(item.candidate));

  if (current && own && current.offered.acceptsText) {
    if (isPlainAnswer(own.match) && own.match.by === 'number' && current.offered.numbersAreText) {
      // "2" may be option 2 or the number the question asks for: never picked silently.
      return which([asReading(own), { ref: 'current', text }, ...plainElsewhere.map(asReading)]);
    }
    if (isPlainAnswer(own.match)) {
      return plainElsewhere.length ? which([asReading(own), ...plainElsewhere.map(asReading)]) : chosen('current', current.offered, own.match.id);
    }
    const single = plainElsewhere.length === 1 ? plainElsewhere[0]! : undefined;
    if (current.soft && single) return chosen(single.candidate.ref, single.candidate.offered, (single.match as { id: string }).id);
    return plainElsewhere.length ? which([{ ref: 'current', text }, ...plainElsewhere.map(asReading)]) : { kind: 'answer', ref: 'current', input: { kind: 'text', text } };
  }

  // An answer the conversation cannot take may still be an older question's ("Sí, asistiré" days later).
  const ownPlain = own && isPlainAnswer(own.match) ? [own] : [];
  const contenders = ownPlain.length ? plainElsewhere : elsewhere.filter((item) => isPlainAnswer(item.match));
  const plain = [...ownPlain, ...contenders];
  if (plain.length === 1) return chosen(plain[0]!.candidate.ref, plain[0]!.candidate.offered, (plain[0]!.match as { id: string }).id);
  if (plain.length > 1) return which(plain.map(asReading));

  const takers = others.filter((candidate) => candidate.offered.acceptsText);
  if (current && own) {
    if (own.match?.kind === 'choice') return chosen('current', current.offered, own.match.id);
    if (own.match?.kind === 'ambiguous') return { kind: 'unclear', ref: 'current', among: own.match.ids };
    if (takers.length) return which([{ ref: 'current', retry: true }, ...takers.map((candidate) => ({ ref: candidate.ref, text }))]);
    return { kind: 'unclear', ref: 'current' };
  }

  const loose = elsewhere.filter((item) => item.match?.kind === 'choice');
  if (loose.length === 1 && takers.length === 0) return chosen(loose[0]!.candidate.ref, loose[0]!.candidate.offered, (loose[0]!.match as { id: string }).id);
  if (loose.length === 0 && takers.length === 1) return { kind: 'answer', ref: takers[0]!.ref, input: { kind: 'text', text } };
  if (loose.length + takers.length > 1) return which([...loose.map(asReading), ...takers.map((candidate) => ({ ref: candidate.ref, text }))]);
  const withChoices = elsewhere.find((item) => Object.keys(item.candidate.offered.byId).length > 0);
  if (!withChoices) return { kind: 'none' };
  const among = withChoices.match?.kind === 'ambiguous' ? withChoices.match.ids : undefined;
  return { kind: 'unclear', ref: withChoices.candidate.ref, ...(among ? { among } : {}) };
}
