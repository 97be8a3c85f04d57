/**
 * Who organizes a GAD's Foro sessions (its POCL, or the Foro's Secretaría Técnica) and who
 * hears about their logistics (the Secretaría; the POCL when the Foro has none yet).
 */
import type { Db } from '../../store/db.js';
import { peopleWithRole, type Membership } from '../../store/people.js';
import { secretariaOf } from '../../store/sessions.js';
import { localGads } from '../../engine/gad-field.js';
import type { FlowContext } from '../../engine/types.js';
import type { Gad } from '../../store/gads.js';

/** Whether someone's roles let them schedule, move and cancel a GAD's sessions and file their minutes. */
export function organizesFor(memberships: readonly Membership[], gadId: number): boolean {
  return memberships.some(
    (row) => row.gadId === gadId && (row.role === 'pocl' || (row.role === 'foro' && row.office === 'secretaria')),
  );
}

/** The GADs whose sessions the sender organizes. */
export function organizedGads(ctx: FlowContext): Gad[] {
  return localGads(ctx).filter((gad) => organizesFor(ctx.memberships, gad.id));
}

/** The people told about a session's logistics: the Secretaría Técnica, else the POCLs. */
export function sessionOrganizers(db: Db, gadId: number): number[] {
  const secretaria = secretariaOf(db, gadId);
  return secretaria.length > 0 ? secretaria : peopleWithRole(db, 'pocl', { gadId });
}
