/** Small text helpers shared by the engine, the flows and the channels. */

/** Lower case, no accents, single spaces: for comparing what people type. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes control characters other than line breaks and tabs. */
export function stripControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '');
}

/** What fits on one phone screen: the first message a command answers with stays within it. */
export const PHONE_SCREEN_CHARS = 600;

/**
 * The first of `lines` that fit in `budget` characters once joined with line breaks, and
 * how many were left out (for a "… and N more" line).
 */
export function linesWithin(lines: readonly string[], budget: number): { shown: string[]; left: number } {
  const shown: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = line.length + (shown.length > 0 ? 1 : 0);
    if (used + cost > budget) break;
    shown.push(line);
    used += cost;
  }
  return { shown, left: lines.length - shown.length };
}

/** Splits text into pieces of at most `limit` UTF-16 units, at a paragraph, line or space when it can. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const hardCut = /[\ud800-\udbff]/.test(window.charAt(limit - 1)) ? limit - 1 : limit;
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((at) => at >= limit / 2) ?? hardCut;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[ \n]+/, '');
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Letters of other scripts that look like Latin ones (a subset of Unicode TR39's
 * confusables: the Cyrillic and Greek look-alikes of the letters Spanish names use), as
 * their Latin letter. Applied after lower-casing.
 */
const CONFUSABLES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', з: '3', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', п: 'n', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g', ı: 'i',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ϲ: 'c', ς: 'c', ϳ: 'j',
};

/**
 * A name as the bot compares names of places and governments: Unicode-compatibility
 * normalized (NFKC: full-width and ligature forms become plain letters), lower case,
 * look-alike letters of other scripts folded to Latin, accents and punctuation dropped,
 * single spaces. "Cuеnca" (Cyrillic е), "CUENCA." and "Cuenca" are one name.
 */
export function normalizeName(text: string): string {
  const folded = [...text.normalize('NFKC').toLowerCase()].map((c) => CONFUSABLES[c] ?? c).join('');
  return foldText(folded.replace(/[^\p{L}\p{N}\p{M}]+/gu, ' '));
}
