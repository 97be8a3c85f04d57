/**
 * Where a local government is in the whole process, for the national view and /estado:
 * waiting for the POC's review, declined, in activities 1-8, with its Foro (9-12), in its
 * action plan (13-15), or done with all 15. Every GAD is in exactly one phase, so the
 * phases of a level add up to its total.
 */
import { ACTIVITIES } from './activities.js';

/** The phases, in the order the national view lists them. */
export const PHASES = ['pending', 'declined', 'early', 'foro', 'plan', 'completed'] as const;
/** A phase. */
export type Phase = (typeof PHASES)[number];

/** The phase of a GAD from its status with the POC, its highest done activity and how many it has done. */
export function phaseOf(status: string, highestDone: number, doneCount: number): Phase {
  if (status === 'interest_pending' || status === 'info_requested') return 'pending';
  if (status === 'declined') return 'declined';
  if (doneCount >= ACTIVITIES.length) return 'completed';
  if (highestDone >= 13) return 'plan';
  return highestDone >= 9 ? 'foro' : 'early';
}
