/** Who answers a GAD's proposals: its POCL and the Foro's Secretaría Técnica (domain/duties.ts). */
import type { Db } from '../../store/db.js';
import { officeHolders } from '../../store/foro.js';
import { peopleWithRole } from '../../store/people.js';
import { unique } from '../../engine/audience.js';

/** The people who answer the proposals sent for a GAD's plan. */
export function proposalAnswerers(db: Db, gadId: number): number[] {
  return unique([...peopleWithRole(db, 'pocl', { gadId }), ...officeHolders(db, gadId, 'secretaria')]);
}
