/**
 * Who must hear about what happens in a local government: its POCL, the national POCs,
 * the gremio of its level, the Grupo Núcleo, the people responsible for an activity.
 */
import type { Activity } from '../domain/activities.js';
import { mayConfirm } from '../domain/permissions.js';
import type { Db } from '../store/db.js';
import type { Gad } from '../store/gads.js';
import { membershipsOf, peopleWithRole } from '../store/people.js';

/** The people to tell when a GAD's process moves: its POCLs, every POC, its gremio's contacts. */
export function stakeholders(db: Db, gad: Gad): number[] {
  return unique([...peopleWithRole(db, 'pocl', { gadId: gad.id }), ...pocAndGremio(db, gad)]);
}

/** Every POC and the contacts of the GAD's gremio. */
export function pocAndGremio(db: Db, gad: Gad): number[] {
  return unique([...peopleWithRole(db, 'poc'), ...peopleWithRole(db, 'gremio', { gremio: gad.gremio })]);
}

/** The people to tell when a GAD expresses interest: every POC, the Grupo Núcleo, its gremio. */
export function interestAudience(db: Db, gad: Gad): number[] {
  return unique([
    ...peopleWithRole(db, 'poc'),
    ...peopleWithRole(db, 'grupo_nucleo'),
    ...peopleWithRole(db, 'gremio', { gremio: gad.gremio }),
  ]);
}

/** The people who may confirm an activity in a GAD (POCs and gremio contacts included). */
export function responsiblePeople(db: Db, gad: Gad, activity: Activity): number[] {
  const candidates = unique([
    ...peopleWithRole(db, 'poc'),
    ...peopleWithRole(db, 'gremio', { gremio: gad.gremio }),
    ...localPeople(db, gad.id),
  ]);
  return candidates.filter((personId) => mayConfirm(membershipsOf(db, personId), activity, gad));
}

/** Everyone with a local role in a GAD. */
export function localPeople(db: Db, gadId: number): number[] {
  return unique(
    (['autoridad', 'delegado', 'pocl', 'foro', 'monitor'] as const).flatMap((role) => peopleWithRole(db, role, { gadId })),
  );
}

/** Ids without repeats, in first-seen order. */
export function unique(ids: readonly number[]): number[] {
  return [...new Set(ids)];
}
