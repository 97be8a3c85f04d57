/**
 * Who does what with a local action plan. The Foro records and closes it through its
 * officers (a Foro membership with an office), or the POCL on its behalf; the
 * Presidencia approves it (the Co-Presidencia when the Presidencia recorded it); each
 * commitment's responsible person reports progress; the independent monitor evaluates it.
 */
import type { Db } from '../../store/db.js';
import { approvingOffice } from '../../domain/separation.js';
import type { ForoOffice } from '../../domain/roles.js';
import { membershipsOf, peopleWithRole } from '../../store/people.js';
import { activeCommitmentsOf, responsibleOf, type Plan } from '../../store/plans.js';
import { pendingAmendment } from '../../store/plan-amendments.js';
import { foroMemberIds, foroMembers, officeHolders } from '../../store/foro.js';
import { unique } from '../../engine/audience.js';
import type { FlowContext } from '../../engine/types.js';

/** The Foro's officers and the POCL of a GAD: who hears about the plan's life and digest. */
export function planManagers(db: Db, gadId: number): number[] {
  const officers = foroMembers(db, gadId).filter((row) => row.office !== null).map((row) => row.personId);
  return unique([...officers, ...peopleWithRole(db, 'pocl', { gadId })]);
}

/** The Foro office that approves a plan, from who recorded it (domain/separation.ts). */
export function planApprovingOffice(db: Db, plan: Pick<Plan, 'gadId' | 'createdByPersonId'>): ForoOffice {
  return approvingOffice(plan.createdByPersonId === null ? [] : membershipsOf(db, plan.createdByPersonId), plan.gadId);
}

/**
 * What awaits approval on a plan, with who recorded it: the plan itself while a draft,
 * or the amendment of a published plan recorded and not yet approved; undefined otherwise.
 */
export function awaitingApproval(db: Db, plan: Plan): Pick<Plan, 'gadId' | 'createdByPersonId'> | undefined {
  if (plan.status === 'draft') return plan;
  const amendment = plan.status === 'published' ? pendingAmendment(db, plan.id) : undefined;
  return amendment && { gadId: plan.gadId, createdByPersonId: amendment.createdByPersonId };
}

/** The people who may approve a plan: the holders of its approving office, never its recorder. */
export function planApprovers(db: Db, plan: Pick<Plan, 'gadId' | 'createdByPersonId'>): number[] {
  return officeHolders(db, plan.gadId, planApprovingOffice(db, plan)).filter((personId) => personId !== plan.createdByPersonId);
}

/** Every member of the GAD's Foro, its POCL and every POC: who receives the plan's files. */
export function planAudience(db: Db, gadId: number): number[] {
  return unique([...foroMemberIds(db, gadId), ...peopleWithRole(db, 'pocl', { gadId }), ...peopleWithRole(db, 'poc')]);
}

/** The ids of the commitments in force of a plan the sender answers for. */
export function ownCommitments(ctx: FlowContext, plan: Plan): number[] {
  return activeCommitmentsOf(ctx.db, plan.id)
    .filter((c) => ctx.person !== undefined && responsibleOf(ctx.db, c) === ctx.person.id)
    .map((c) => c.id);
}
