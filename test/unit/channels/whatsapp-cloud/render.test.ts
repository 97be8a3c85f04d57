/** How a message becomes Cloud API messages, and which queued messages merge: the rules a person sees. */
import { describe, expect, it } from 'vitest';
import { mergedText, mergeRun, type Mergeable } from '../../../../src/channels/whatsapp-cloud/merge.js';
import { freeFormParts } from '../../../../src/channels/whatsapp-cloud/render.js';
import { templateSummary } from '../../../../src/channels/whatsapp-cloud/templates.js';

const TEXTS = { chooseNumber: 'Responda con el número.', listButton: 'Ver opciones' };
const choices = (...labels: string[]) => labels.map((label, index) => ({ id: `c${index}`, label }));
/** The fields of a posted part the tests read: a text's body, an interactive's type and rows, a document's fields. */
interface PostedPart {
  type?: string;
  body?: string;
  id?: string;
  caption?: string;
  filename?: string;
  action?: { sections: { rows: { title: string; description?: string }[] }[] };
}
/** The parts as JSON, as they would be posted. */
const parts = (...args: Parameters<typeof freeFormParts>) => JSON.parse(JSON.stringify(freeFormParts(...args))) as PostedPart[];

describe('rendering choices', () => {
  it('uses reply buttons for up to three short labels, a list for up to ten, numbered text beyond', () => {
    expect(parts({ text: '¿Sí?', choices: choices('Sí', 'No') }, TEXTS)[0]!.type).toBe('button');
    expect(parts({ text: '¿Cuál?', choices: choices('a', 'b', 'c', 'd') }, TEXTS)[0]!.type).toBe('list');
    const eleven = parts({ text: '¿Cuál?', choices: choices(...'abcdefghijk'.split('')) }, TEXTS);
    expect(eleven).toEqual([{ body: '¿Cuál?\n\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n9. i\n10. j\n11. k\n\nResponda con el número.' }]);
  });

  it('falls back to numbered text when a label is too long for a row or the question too long for a body; repeated labels go as a list', () => {
    const long = 'x'.repeat(73);
    expect(parts({ text: '¿Cuál?', choices: choices('a', long) }, TEXTS)[0]!.body).toContain(`2. ${long}`);
    expect(parts({ text: '¿Cuál?', choices: choices('igual', 'igual') }, TEXTS)[0]!.type).toBe('list');
    expect(parts({ text: 'y'.repeat(1025), choices: choices('Sí', 'No') }, TEXTS)[0]!.body).toMatch(/1\. Sí\n2\. No/);
  });

  it('shortens a long row title without cutting a character, keeping the label in the description', () => {
    const label = `Punto de contacto local 🏛️ (POCL)`;
    const [list] = parts({ text: '¿Quién?', choices: choices(label, 'otro', 'más', 'aún') }, TEXTS);
    const row = list!.action!.sections[0]!.rows[0]!;
    expect(row.title.length).toBeLessThanOrEqual(24);
    expect(row.title).toMatch(/…$/);
    expect(row.title).not.toMatch(/[\ud800-\udbff]…$/);
    expect(row.description).toBe(label);
  });
});

describe('rendering documents and long texts', () => {
  const document = { mediaId: '8001', name: 'acta.pdf' };

  it('captions a document with a short text, sends a long one first, and asks a question after the document', () => {
    expect(parts({ text: 'El acta' }, TEXTS, document)).toEqual([{ id: '8001', caption: 'El acta', filename: 'acta.pdf' }]);
    const long = parts({ text: 'z '.repeat(700) }, TEXTS, document);
    expect(long.map((part) => Object.keys(part))).toEqual([['body'], ['id', 'filename']]);
    const asked = parts({ text: '¿Asistirá?', choices: choices('Sí', 'No') }, TEXTS, document);
    expect(asked[0]).toEqual({ id: '8001', filename: 'acta.pdf' });
    expect(asked[1]!.type).toBe('button');
  });

  it('splits text past 4,096 characters into several messages', () => {
    const pieces = parts({ text: `${'a'.repeat(3000)}\n\n${'b'.repeat(3000)}` }, TEXTS);
    expect(pieces.map((piece) => piece.body!.length)).toEqual([3000, 3000]);
  });
});

describe('templates and merging', () => {
  it('puts a message in a template parameter on one line, never empty, never too long', () => {
    expect(templateSummary({ text: 'Sesión del Foro\n📅 martes\n\n📍 Sala' })).toBe('Sesión del Foro · 📅 martes · 📍 Sala');
    expect(templateSummary({ text: '', file: { name: 'acta.pdf', path: '/x', mime: 'application/pdf' } })).toBe('acta.pdf');
    expect(templateSummary({ text: 'a'.repeat(2000) })).toHaveLength(700);
  });

  it('merges texts queued within seconds, ending at the first question and never taking files', () => {
    const at = (seconds: number, extra: Partial<Mergeable> = {}): Mergeable => ({ id: seconds, text: `m${seconds}`, hasFile: false, createdAt: new Date(seconds * 1000), ...extra });
    expect(mergeRun(at(0), [at(1), at(2, { choices: choices('Sí') }), at(3)]).map((m) => m.id)).toEqual([0, 1, 2]);
    expect(mergeRun(at(0), [at(1), at(2, { hasFile: true }), at(3)]).map((m) => m.id)).toEqual([0, 1]);
    expect(mergeRun(at(0), [at(11)]).map((m) => m.id)).toEqual([0]);
    expect(mergeRun(at(0, { choices: choices('Sí') }), [at(1)]).map((m) => m.id)).toEqual([0]);
    expect(mergeRun(at(0, { text: 'x'.repeat(1000) }), [at(1, { text: 'y'.repeat(100) })]).map((m) => m.id)).toEqual([0]);
    expect(mergedText([at(0), at(1, { text: '' }), at(2)])).toBe('m0\n\nm2');
  });
});
