/**
 * Correction on the record (issue 12): the POC reopens a done activity with a reason; the
 * activity is open again, later done activities that depend on it are flagged, everyone
 * told of the completion is told of the reopening, and /estado and the audit log keep both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FORO_SECTORS } from '../../../../src/domain/roles.js';
import { addForoEntity } from '../../../../src/store/foro.js';
import { createGad } from '../../../../src/store/gads.js';
import { markActivityDone } from '../../../../src/store/progress.js';
import { testApp, type TestApp } from '../../../support/app.js';

let t: TestApp;
afterEach(() => t.cleanup());

describe('reopening an activity', () => {
  it('reopens with a reason, flags what depends on it, tells whoever heard of the completion, and keeps both events', () => {
    t = testApp();
    const now = t.clock.now();
    const gad = createGad(t.app.db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
    for (let n = 1; n <= 4; n++) markActivityDone(t.app.db, gad.id, n, null, now);
    for (const sector of FORO_SECTORS) addForoEntity(t.app.db, { gadId: gad.id, name: `Entidad ${sector}`, sector, contact: 'a@b.ec', interest: 'Transparencia', createdByPersonId: null, now });
    t.join('delegado', { role: 'delegado', gadId: gad.id });
    t.join('pocl', { role: 'pocl', gadId: gad.id });
    t.join('ame', { role: 'gremio', gremio: 'AME' });
    t.join('poc', { role: 'poc' });
    for (const line of ['/confirmar', '5. Identificar actores clave para el proceso y acompañamiento', 'Sí, confirmar']) t.say('delegado', line);
    expect(t.inbox('pocl').at(-1)!.key).toBe('activity-done-notify');
    t.clock.advance(86_400_000);
    markActivityDone(t.app.db, gad.id, 6, null, t.clock.now());

    // Only the POC may reopen; the reason is mandatory and the question says who will be told.
    expect(t.say('delegado', '/reabrir')[0]!.key).toBe('command-not-allowed');
    for (const line of ['/reabrir', 'Loja', '5. Identificar actores clave para el proceso y acompañamiento']) t.say('poc', line);
    expect(t.say('poc', 'corto')[0]!.key).toBe('reopen-reason-hint');
    const asked = t.say('poc', 'El mapa de actores no incluía a la academia local');
    expect(asked[0]!.key).toBe('reopen-ask');
    expect(asked[0]!.text).toContain('6. Elaborar/ actualizar y analizar el estado de situación actual de la entidad');
    expect(asked[0]!.text).toMatch(/Se avisará a quienes supieron de su cumplimiento: .*pocl.*ame|ame.*pocl/);
    const done = t.say('poc', 'Sí, reabrir');
    expect(done[0]!.key).toBe('reopen-done');

    for (const who of ['pocl', 'ame', 'delegado']) {
      const notice = t.inbox(who).at(-1)!;
      expect(notice.key).toBe('activity-reopened-notify');
      expect(notice.text).toContain('El mapa de actores no incluía a la academia local');
    }
    const status = t.say('pocl', '/estado')[0]!.text;
    expect(status).toMatch(/🟡 5\. .*abierta\n {3}historial: cumplida el 24\/11\/2026 por delegado; reabierta el 25\/11\/2026 por poc: «El mapa de actores no incluía a la academia local»/);
    expect(status).toMatch(/✅ 6\. .*⚠️ depende de la actividad 5, que fue reabierta/);
    const audit = t.app.db.$client.prepare("SELECT action FROM audit_log WHERE action IN ('activity.done', 'activity.reopened') ORDER BY id").all() as { action: string }[];
    expect(audit.map((row) => row.action)).toEqual(['activity.done', 'activity.reopened']);
    expect(() => t.app.db.$client.prepare('DELETE FROM activity_events').run()).toThrow(/append-only/);
    // Activity 7 needed 5 and was open: its stall clock stops until 5 is done again.
    const opened7 = () => (t.app.db.$client.prepare('SELECT opened_at AS at FROM activity_progress WHERE activity = 7').get() as { at: number | null }).at;
    expect(opened7()).toBeNull();

    // Confirmed again, the history shows all three events.
    for (const line of ['/confirmar', '5. Identificar actores clave para el proceso y acompañamiento', 'Sí, confirmar']) t.say('delegado', line);
    expect(t.say('pocl', '/estado')[0]!.text).toMatch(/✅ 5\. .*\n {3}historial: cumplida .*; reabierta .*; cumplida el 25\/11\/2026 por delegado/);
    expect(opened7()).not.toBeNull();
  });
});
