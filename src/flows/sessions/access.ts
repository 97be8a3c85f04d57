/**
 * Who organizes a GAD's Foro sessions (its POCL, or the Foro's Secretaría Técnica) and who
 * hears about their logistics (the Secretaría; the POCL when the Foro has none yet).
 */
import type { Db } from '../../store/db.js';
import { peopleWithRole } from '../../store/people.js';
import { officeHolders } from '../../store/foro.js';
import { localGads } from '../../engine/gad-field.js';
import type { FlowContext } from '../../engine/types.js';
import type { Gad } from '../../store/gads.js';
import { organizesSessions } from '../../domain/duties.js';

/** The GADs whose sessions the sender organizes. */
export function organizedGads(ctx: FlowContext): Gad[] {
  return localGads(ctx).filter((gad) => organizesSessions(ctx.memberships, gad.id));
}

/** The people told about a session's logistics: the Secretaría Técnica, else the POCLs. */
export function sessionOrganizers(db: Db, gadId: number): number[] {
  const secretaria = officeHolders(db, gadId, 'secretaria');
  return secretaria.length > 0 ? secretaria : peopleWithRole(db, 'pocl', { gadId });
}
