/** /cancelar does not throw away a long form's answers in one tap (issue 12). */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('cancelling a long form', () => {
  it('asks before discarding answers; "No" goes back to the question; a short conversation ends at once', () => {
    t = testApp();
    for (const line of ['/interes', 'municipal', 'Loja']) t.say('vecina', line);
    const asked = t.say('vecina', '/cancelar');
    expect(asked[0]!.key).toBe('cancel-ask');
    expect(asked[0]!.choices!.map((c) => c.label)).toEqual([t.es('choice-yes', { action: 'discard' }), t.es('choice-no')]);
    const kept = t.say('vecina', t.es('choice-no'));
    expect(kept[0]!.key).toBe('cancel-kept');
    // The interrupted question (the canton, a free-text one) takes its answer.
    expect(t.say('vecina', 'Saraguro')[0]!.key).toBe('gad-name-ask');
    t.say('vecina', '/cancelar');
    expect(t.say('vecina', t.es('choice-yes', { action: 'discard' }))[0]!.key).toBe('cancelled');
    expect(t.say('vecina', 'GAD Municipal de Saraguro')[0]!.key).toBe('start-guest');
    expect(t.count('gads')).toBe(0);

    t.join('poc', { role: 'poc' });
    t.say('poc', '/idioma');
    expect(t.say('poc', '/cancelar')[0]!.key).toBe('cancelled');
  });

  it('offers the interrupted choices again under the same buttons', () => {
    t = testApp();
    for (const line of ['/interes', 'municipal', 'Loja', 'Saraguro', 'GAD Municipal de Saraguro', 'Ana', 'Alcaldesa', 'ana@example.org', 'Queremos abrir el gobierno']) t.say('vecina', line);
    const summary = t.inbox('vecina').at(-1)!;
    t.say('vecina', '/cancelar');
    const kept = t.say('vecina', t.es('choice-no'));
    expect(kept[0]!.choices!.map((c) => c.id)).toEqual(summary.choices!.map((c) => c.id));
    expect(t.say('vecina', '', { text: undefined, choiceId: summary.choices![0]!.id })[0]!.key).toBe('interest-registered');
  });
});
