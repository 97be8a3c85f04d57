/**
 * Who a training is for (Anexo 4): activity 4's sensibilización is for the delegate team
 * (the Delegados and the POCL); activity 12's is for the Foro's members and the Delegados
 * too. And the GADs and activities the sender may hold one for: those of activities 4
 * and 12 they may confirm (the POC, the GAD's gremio) and that are open.
 */
import { activityByNumber, type Activity } from '../../domain/activities.js';
import { mayConfirm } from '../../domain/permissions.js';
import { standing } from '../../domain/readiness.js';
import type { Db } from '../../store/db.js';
import { foroMemberIds } from '../../store/foro.js';
import type { Gad } from '../../store/gads.js';
import { peopleWithRole } from '../../store/people.js';
import { gadState } from '../../store/progress.js';
import type { FlowContext } from '../../engine/types.js';

/** The activities a training is evidence for. */
export const TRAINING_ACTIVITIES = [4, 12] as const;

/** The people invited to a training for `activity` in a GAD, each once. */
export function trainingAudience(db: Db, gadId: number, activity: number): number[] {
  const team = [...peopleWithRole(db, 'pocl', { gadId }), ...peopleWithRole(db, 'delegado', { gadId })];
  return [...new Set(activity === 12 ? [...foroMemberIds(db, gadId), ...team] : team)];
}

/** The open activities among 4 and 12 the sender may hold a training for in a GAD. */
export function trainableActivities(ctx: FlowContext, gad: Gad): Activity[] {
  if (gad.status !== 'accepted') return [];
  const state = gadState(ctx.db, gad.id);
  return TRAINING_ACTIVITIES.map((n) => activityByNumber(n)!).filter((activity) => standing(activity, state) === 'open' && mayConfirm(ctx.memberships, activity, gad));
}
