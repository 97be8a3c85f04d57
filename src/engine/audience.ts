/**
 * Who must hear about what happens in a local government: its POCL, the national POCs,
 * the gremio of its level, the Grupo Núcleo, the people responsible for an activity.
 */
import type { Activity } from '../domain/activities.js';
import { mayConfirm } from '../domain/permissions.js';
import { MILESTONE_AUDIENCE, type ProcessMilestone } from '../domain/milestones.js';
import { roleById } from '../domain/roles.js';
import { needsGremio } from '../domain/duties.js';
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

/** The people who review a GAD's expressed interest: every POC. */
export function interestReviewers(db: Db): number[] {
  return peopleWithRole(db, 'poc');
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

/** The people told of a milestone of a GAD, as the domain names them (local roles: in that GAD; gremios: its own). */
export function milestoneAudience(db: Db, gad: Gad, milestone: ProcessMilestone): number[] {
  return unique(
    MILESTONE_AUDIENCE[milestone].flatMap((role) =>
      roleById(role).local ? peopleWithRole(db, role, { gadId: gad.id }) : needsGremio(role) ? peopleWithRole(db, role, { gremio: gad.gremio }) : peopleWithRole(db, role),
    ),
  );
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
