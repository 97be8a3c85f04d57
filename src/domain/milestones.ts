/**
 * The moments of a GAD's process that people beyond those taking part are told of: its
 * POCL joined, its Foro Multiactor constituted (activity 9 confirmed), its action plan
 * approved and closed, the independent evaluation received. Who hears of each is set
 * here, once: the GAD's Autoridad and Delegados, and the Grupo Núcleo.
 */
import type { RoleId } from './roles.js';

/** The announced moments of a GAD's process. */
export const PROCESS_MILESTONES = ['pocl_joined', 'foro_constituted', 'plan_approved', 'plan_closed', 'evaluation_received'] as const;
/** One announced moment. */
export type ProcessMilestone = (typeof PROCESS_MILESTONES)[number];

/** Who hears of the GAD's governance moments: its leadership and the national Grupo Núcleo. */
const LEADERSHIP: readonly RoleId[] = ['autoridad', 'delegado', 'grupo_nucleo'];

/** The roles told of each milestone (local roles: in that GAD). */
export const MILESTONE_AUDIENCE: Readonly<Record<ProcessMilestone, readonly RoleId[]>> = {
  pocl_joined: LEADERSHIP,
  foro_constituted: LEADERSHIP,
  plan_approved: LEADERSHIP,
  plan_closed: LEADERSHIP,
  evaluation_received: LEADERSHIP,
};

/** The milestone that confirming an activity is (activity 9: the Foro is constituted), if any. */
export function milestoneOfActivity(activity: number): ProcessMilestone | undefined {
  return activity === 9 ? 'foro_constituted' : undefined;
}
