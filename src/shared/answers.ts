/**
 * Reading what people type the way they mean it: yes and no in their many forms, an
 * option named by part of its label or a word of it, a percentage, a command with a typo.
 * Pure functions over text; the engine and the form kit decide what to do with the result.
 */
import { foldText } from './text.js';

/** What a typed answer means when a question has a yes and a no. */
export type YesNo = 'yes' | 'no';

/** Words (folded) that start a "yes": "sí, asistiré", "claro", "de acuerdo", "ok". */
const YES_STARTS = [
  'si',
  'sip',
  'claro',
  'de acuerdo',
  'deacuerdo',
  'ok',
  'okay',
  'oki',
  'vale',
  'listo',
  'por supuesto',
  'desde luego',
  'correcto',
  'exacto',
  'afirmativo',
  'confirmo',
  'confirmado',
  'acepto',
  'asistire',
  'ahi estare',
  'alli estare',
  'cuente conmigo',
  'cuenta conmigo',
  'con gusto',
  'perfecto',
  'yes',
  'yeah',
  'yep',
  'sure',
  'of course',
  'i will',
  'confirm',
  'agreed',
];

/** Phrases (folded) that make an answer a "no" wherever they appear. */
const NO_PHRASES = [
  'no puedo',
  'no podre',
  'no podemos',
  'no asistire',
  'no asistiremos',
  'no voy',
  'no ire',
  'no estare',
  'no me es posible',
  'tampoco',
  'imposible',
  'negativo',
  'para nada',
  'de ninguna manera',
  "can't",
  'cannot',
  "won't",
  'will not',
  'not attend',
  'no way',
];

/** Words that on their own begin a "no". */
const NO_STARTS = ['no', 'nop', 'nope', 'nel', 'nah'];

/** Lower case, no accents, punctuation turned into spaces (apostrophes kept for "can't"). */
export function plainWords(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{N}'%]+/gu, ' ')
    .trim();
}

function startsWithPhrase(words: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => words === phrase || words.startsWith(`${phrase} `));
}

function containsPhrase(words: string, phrases: readonly string[]): boolean {
  const padded = ` ${words} `;
  return phrases.some((phrase) => padded.includes(` ${phrase} `));
}

/**
 * Whether a typed answer says yes or no ("Sí, asistiré" → yes; "no puedo", "No asistiré"
 * → no); undefined when it says neither or both.
 */
export function yesOrNo(text: string): YesNo | undefined {
  const words = plainWords(text);
  if (!words) return undefined;
  const no = startsWithPhrase(words, NO_STARTS) || containsPhrase(words, NO_PHRASES);
  const yes = startsWithPhrase(words, YES_STARTS);
  if (no === yes) return undefined;
  return yes ? 'yes' : 'no';
}

/** Words that carry no meaning when naming an option. */
const FILLER = new Set([
  'a', 'al', 'de', 'del', 'el', 'la', 'las', 'lo', 'los', 'un', 'una', 'y', 'o', 'e', 'en', 'para', 'por', 'con',
  'que', 'es', 'mi', 'su', 'the', 'of', 'an', 'and', 'or', 'to', 'for', 'opcion', 'option', 'quiero', 'elijo',
]);

function meaningfulWords(text: string): string[] {
  return plainWords(text)
    .split(' ')
    .filter((word) => word.length > 0 && !FILLER.has(word));
}

/** How many characters two words share at their start. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether a typed word names a word of a label: the same word, a prefix of at least three
 * letters ("sust" → "sustancial"), the same stem ("municipio" ~ "municipal",
 * "provincia" ~ "provincial"), or one slip of the finger in a long word.
 */
function wordMatches(typed: string, label: string): boolean {
  if (typed === label) return true;
  if (typed.length >= 3 && label.startsWith(typed)) return true;
  const shorter = Math.min(typed.length, label.length);
  if (shorter >= 5 && commonPrefix(typed, label) >= shorter - 2) return true;
  return typed.length >= 5 && editDistance(typed, label) <= 1;
}

/** What matching a typed answer against option labels found. */
export type LabelMatch = { index: number } | { ambiguous: number[] } | undefined;

/**
 * The option a typed text names, by its label: the same label (ignoring case and
 * accents), a unique prefix of it, or words that all name words of exactly one label
 * ("grupo nucleo" → "Miembro del Grupo Núcleo", "municipio" → "municipal"). Several
 * labels fitting equally well is `ambiguous`; nothing fitting is undefined.
 */
export function matchLabel(text: string, labels: readonly string[]): LabelMatch {
  const typed = plainWords(text);
  if (!typed) return undefined;
  const plain = labels.map(plainWords);
  const exact = plain.findIndex((label) => label === typed);
  if (exact >= 0) return { index: exact };
  const prefixed = indexesWhere(plain, (label) => typed.length >= 3 && label.startsWith(typed));
  if (prefixed.length === 1) return { index: prefixed[0]! };
  const words = meaningfulWords(text);
  if (words.length === 0) return prefixed.length > 1 ? { ambiguous: prefixed } : undefined;
  const labelWords = labels.map(meaningfulWords);
  const named = indexesWhere(labelWords, (own) => words.every((word) => own.some((candidate) => wordMatches(word, candidate))));
  if (named.length === 1) return { index: named[0]! };
  if (named.length > 1) return { ambiguous: named };
  return prefixed.length > 1 ? { ambiguous: prefixed } : undefined;
}

function indexesWhere<T>(items: readonly T[], test: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (test(item) ? [index] : []));
}

/** Reads a typed percentage ("50%", "50 %", "50 por ciento", "al 50 %"): 0 to 100, or undefined. */
export function readPercent(text: string): number | undefined {
  const match = /^(?:el\s+|al\s+|un\s+)?(\d{1,3}(?:[.,]\d+)?)\s*(?:%|por\s*ciento|porciento|percent|per\s*cent|pct)$/.exec(plainWords(text).replace(/\s+%/, '%'));
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return value >= 0 && value <= 100 ? value : undefined;
}

/**
 * The command a mistyped name most likely meant ("sigiente" → "siguiente"), among those
 * given: the single nearest within one edit for short names, two for longer ones.
 */
export function nearestCommand(typed: string, commands: readonly string[]): string | undefined {
  const name = foldText(typed);
  if (name.length < 3) return undefined;
  const allowed = name.length >= 6 ? 2 : 1;
  let best: string[] = [];
  let bestDistance = allowed + 1;
  for (const command of new Set(commands)) {
    const distance = editDistance(name, command);
    if (distance > allowed) continue;
    if (distance < bestDistance) {
      best = [command];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(command);
  }
  return best.length === 1 && bestDistance > 0 ? best[0] : undefined;
}
