import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/shared/text.js';

describe('splitText', () => {
  it('keeps short text whole and never cuts a surrogate pair', () => {
    expect(splitText('hola', 4096)).toEqual(['hola']);
    const emoji = '😀'.repeat(10);
    const pieces = splitText(emoji, 5);
    expect(pieces.join('')).toBe(emoji);
    expect(pieces.every((piece) => !/[\ud800-\udbff]$/.test(piece))).toBe(true);
  });
});
