/**
 * Numbering traps (issue 14): "1" in /subir is the product /siguiente asks for first, not
 * the first product of a finished activity.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../support/app.js';
import { lojaDoneTo } from '../../../support/gad-fixture.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('/subir', () => {
  it('lists the products of open activities first, so its 1 is what /siguiente asks for', () => {
    t = testApp();
    const gadId = lojaDoneTo(t, 10);
    t.join('alcalde', { role: 'autoridad', gadId });

    const next = t.say('alcalde', '/siguiente');
    const firstUpload = next.flatMap((reply) => reply.choices ?? []).find((choice) => choice.label.startsWith('Subir'));
    expect(firstUpload?.label).toContain('Normativa');

    const options = t.say('alcalde', '/subir').flatMap((reply) => reply.choices ?? []);
    expect(options[0]!.label).toBe('11 · Normativa de constitución y funcionamiento del Foro Multiactor');
    expect(options.map((option) => option.label)).toContain('2 · Oficio de delegación');
    expect(t.say('alcalde', '1')[0]!.text).toContain('Normativa');
  });
});
