/** Which open question a typed message answers, when a person has several. */
import { describe, expect, it } from 'vitest';
import { routeText, type Candidate } from '../../../src/engine/routing.js';
import type { OfferedChoices } from '../../../src/store/schema.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 15, minute));
function question(labels: string[], extra: Partial<OfferedChoices> = {}): OfferedChoices {
  const means = { Asistiré: 'yes', 'No asistiré': 'no' } as const;
  const meaning = (label: string) => (label in means ? { means: means[label as keyof typeof means] } : {});
  return { byId: Object.fromEntries(labels.map((label, i) => [`id${i}`, { value: `v${i}`, label, ...meaning(label) }])), acceptsText: false, ...extra };
}
const reminders: Candidate = { ref: 'current', offered: question(['Silenciar', 'Dejar como está']), at: at(0) };
const invitation: Candidate = { ref: 7, offered: question(['Asistiré', 'No asistiré']), at: at(1) };

describe('routing typed answers', () => {
  it('asks which question a bare number answers when a newer question offers that number too', () => {
    expect(routeText('1', reminders, [invitation])).toEqual({ kind: 'which', readings: [{ ref: 'current', choiceId: 'id0' }, { ref: 7, choiceId: 'id0' }] });
  });

  it('gives "1" to the conversation when the other question is older than its last question', () => {
    expect(routeText('1', { ...reminders, at: at(2) }, [invitation])).toEqual({ kind: 'answer', ref: 'current', input: { kind: 'choice', value: 'v0' } });
  });

  it('gives an older invitation an answer that only it can take, while a newer conversation is open', () => {
    expect(routeText('no puedo', { ...reminders, at: at(2) }, [invitation])).toEqual({ kind: 'answer', ref: 7, input: { kind: 'choice', value: 'v1' } });
  });

  it('gives an answer that only one question can take to that question', () => {
    expect(routeText('Sí, asistiré', reminders, [invitation])).toEqual({ kind: 'answer', ref: 7, input: { kind: 'choice', value: 'v0' } });
    expect(routeText('dejar', reminders, [invitation])).toEqual({ kind: 'answer', ref: 'current', input: { kind: 'choice', value: 'v1' } });
  });

  it('gives free text to the offer that asked for it when no conversation is open', () => {
    const request: Candidate = { ref: 9, offered: { byId: {}, acceptsText: true }, at: at(0) };
    expect(routeText('Lo envío por correo mañana', undefined, [request])).toEqual({ kind: 'answer', ref: 9, input: { kind: 'text', text: 'Lo envío por correo mañana' } });
  });

  it('never picks silently between an option number and a number the question itself asks for', () => {
    const attendance: Candidate = { ref: 'current', offered: question(['Los que confirmaron', 'Nadie'], { acceptsText: true, numbersAreText: true }), at: at(0) };
    expect(routeText('2', attendance, [])).toEqual({ kind: 'which', readings: [{ ref: 'current', choiceId: 'id1' }, { ref: 'current', text: '2' }] });
    expect(routeText('1, 3', attendance, [])).toEqual({ kind: 'answer', ref: 'current', input: { kind: 'text', text: '1, 3' } });
  });

  it("re-asks the conversation's question when nothing fits, and finds nothing without open questions", () => {
    expect(routeText('quizás', reminders, [])).toEqual({ kind: 'unclear', ref: 'current' });
    expect(routeText('no hay nada', undefined, [])).toEqual({ kind: 'none' });
  });
});
