/** Small text helpers shared by the engine and the flows. */

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
