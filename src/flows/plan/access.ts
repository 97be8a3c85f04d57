/**
 * Who does what with a local action plan. The Foro records and closes it through its
 * officers (a Foro membership with an office), or the POCL on its behalf; the
 * Presidencia approves it; each commitment's responsible person reports progress; the
 * independent monitor evaluates it.
 */
import type { Db } from '../../store/db.js';
import { peopleWithRole } from '../../store/people.js';
import { commitmentsOf, responsibleOf, type Plan } from '../../store/plans.js';
import { foroMemberIds, foroMembers, officeHolders } from '../../store/foro.js';
import { unique } from '../../engine/audience.js';
import type { FlowContext } from '../../engine/types.js';

/** The Foro's officers and the POCL of a GAD: who hears about the plan's life and digest. */
export function planManagers(db: Db, gadId: number): number[] {
  const officers = foroMembers(db, gadId).filter((row) => row.office !== null).map((row) => row.personId);
  return unique([...officers, ...peopleWithRole(db, 'pocl', { gadId })]);
}

/** The people holding the Foro's Presidencia in a GAD. */
export function presidents(db: Db, gadId: number): number[] {
  return officeHolders(db, gadId, 'presidencia');
}

/** Every member of the GAD's Foro, its POCL and every POC: who receives the plan's files. */
export function planAudience(db: Db, gadId: number): number[] {
  return unique([...foroMemberIds(db, gadId), ...peopleWithRole(db, 'pocl', { gadId }), ...peopleWithRole(db, 'poc')]);
}

/** The ids of the commitments of a plan the sender answers for. */
export function ownCommitments(ctx: FlowContext, plan: Plan): number[] {
  return commitmentsOf(ctx.db, plan.id)
    .filter((c) => ctx.person !== undefined && responsibleOf(ctx.db, c) === ctx.person.id)
    .map((c) => c.id);
}
