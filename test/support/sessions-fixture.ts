/** A GAD with a POCL and a small Foro, and helpers to drive /sesiones and the scheduler. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { sweep } from '../../src/scheduler/sweep.js';
import type { OutboxPayload } from '../../src/store/schema.js';
import { createGad } from '../../src/store/gads.js';
import { choiceId, testApp, type TestApp } from './app.js';

/** The people of the fixture, by console handle. */
export interface Foro {
  t: TestApp;
  gadId: number;
}

/**
 * Cuenca with its POCL, a university (principal "ana", suplente "beto"), a foundation
 * holding the Secretaría ("sec") and a company ("dora"); the clock reads Tuesday
 * 24 November 2026, 10:00 in Guayaquil.
 */
export function foroFixture(env: Record<string, string> = {}): Foro {
  const t = testApp({ REMINDER_WINDOW: '00:00-24:00', ...env });
  const gad = createGad(t.app.db, { name: 'Cuenca', level: 'municipal', province: 'Azuay', canton: 'Cuenca', entry: 'interest', status: 'accepted', now: t.clock.now() });
  const foro = (entity: string, seat: string, foroEntityId: string, office?: string) => ({
    role: 'foro' as const,
    gadId: gad.id,
    attributes: { sector: 'academia', entity, seat, foroEntityId, ...(office ? { office } : {}) },
  });
  t.join('pocl', { role: 'pocl', gadId: gad.id });
  t.join('ana', foro('Universidad', 'principal', '1'));
  t.join('beto', foro('Universidad', 'suplente', '1'));
  t.join('sec', foro('Fundación', 'principal', '2', 'secretaria'));
  t.join('dora', foro('Cámara', 'principal', '3'));
  return { t, gadId: gad.id };
}

/** Answers the last question sent to `who` by pressing the choice whose label matches. */
export function press(t: TestApp, who: string, label: string | RegExp): OutboxPayload[] {
  const asked = t.inbox(who).filter((message) => message.choices?.length).at(-1);
  return t.say(who, '', { text: undefined, choiceId: choiceId(asked, label) });
}

/** Schedules a session through /sesiones as `who`; `kind` is the recurrence ("once" by default), `minutes` its length (2 hours by default). */
export function scheduleSession(t: TestApp, who: string, when: { date: string; time: string; kind?: string; minutes?: number }): OutboxPayload[] {
  t.say(who, '/sesiones');
  press(t, who, t.es('sessions-action', { action: 'new' }));
  press(t, who, t.es('sessions-kind', { kind: when.kind ?? 'once' }));
  t.say(who, when.date);
  t.say(who, when.time);
  press(t, who, t.es('sessions-duration', { minutes: when.minutes ?? 120 }));
  t.say(who, 'Sala de sesiones, https://meet.example.org/foro');
  t.say(who, '1. Plan de acción 2. Varios');
  return press(t, who, t.es('choice-confirm'));
}

/** Runs one scheduler pass at the fake clock's time. */
export function runSweep(t: TestApp): Record<string, number> {
  return sweep(t.app, t.clock.now());
}

/** Messages queued for `who` after the first `since`. */
export function newFor(t: TestApp, who: string, since: number): OutboxPayload[] {
  return t.inbox(who).slice(since);
}

/** The VEVENT of an attached .ics file, parsed by ical.js. */
export function parseIcs(t: TestApp, file: { sha256: string }): InstanceType<typeof ICAL.Event> {
  const text = readFileSync(t.app.documents.pathOf(file.sha256), 'utf8');
  return new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
}
