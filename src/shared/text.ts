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
