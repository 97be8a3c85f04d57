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
