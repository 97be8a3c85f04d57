/** A municipality at activity 13 with its POCL, Foro officers, POC, monitor and a delegado, for plan tests. */
import { createGad } from '../../src/store/gads.js';
import { markActivityDone } from '../../src/store/progress.js';
import { foroMemberIds } from '../../src/store/foro.js';
import { createSession, recordMinutes } from '../../src/store/sessions.js';
import type { TestApp } from './app.js';

/** Builds the GAD (activities 1-12 done) and its people; returns the GAD id. */
export function gadAtActivity13(t: TestApp): number {
  const now = t.clock.now();
  const gad = createGad(t.app.db, { name: 'GAD Municipal de Loja', level: 'municipal', province: 'Loja', canton: 'Loja', entry: 'interest', status: 'accepted', now });
  for (let n = 1; n <= 12; n++) markActivityDone(t.app.db, gad.id, n, null, now);
  t.join('pocl', { role: 'pocl', gadId: gad.id });
  t.join('presi', { role: 'foro', gadId: gad.id, attributes: { sector: 'academia', entity: 'Universidad', seat: 'principal', office: 'presidencia' } });
  t.join('secre', { role: 'foro', gadId: gad.id, attributes: { sector: 'gobierno_local', entity: 'Municipio', seat: 'principal', office: 'secretaria' } });
  t.join('delegado', { role: 'delegado', gadId: gad.id });
  t.join('poc', { role: 'poc' });
  t.join('monitor', { role: 'monitor', gadId: gad.id });
  return gad.id;
}

/** A Foro session held an hour ago, its acta filed with every member present: where the Foro decides on the plan (/decisiones). */
export function heldSession(t: TestApp, gadId: number): number {
  const now = t.clock.now();
  const session = createSession(t.app.db, { gadId, startsAt: new Date(now.getTime() - 3_600_000), place: 'Sala de sesiones', link: null, agenda: 'Plan de acción', createdByPersonId: null }, now);
  const members = foroMemberIds(t.app.db, gadId);
  recordMinutes(t.app.db, session.id, members, new Set(members), now);
  return session.id;
}

/**
 * What the Secretaría types to record that the Foro approved the draft plan in the held
 * session: its one session, the subject, 2 votes for of 2 entities, the university's
 * endorsement, and the confirmation. `es` gives the Spanish labels.
 */
export function planDecisionLines(es: (key: string, args?: Record<string, string>) => string): string[] {
  return ['/decisiones', '1', es('decisions-subject', { subject: 'plan' }), '2 0 0', 'Universidad', es('choice-confirm')];
}

/** The answers that record one commitment (after the "new commitment" title question). */
export function commitmentAnswers(title: string, responsible: string[]): string[] {
  return [title, `Problema público de ${title}`, 'Objetivo claro y medible', 'Resultados esperados verificables', '1, 3', 'Dirección de Participación', ...responsible, 'Fundación Ciudadana, Universidad'];
}

/** The answers that record one milestone (after choosing "add a milestone"). */
export function milestoneAnswers(deliverable: string, start: string, due: string): string[] {
  return [deliverable, start, due];
}
