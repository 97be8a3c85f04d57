/**
 * Telling a GAD's leadership and the Grupo Núcleo that the process reached a milestone
 * (domain/milestones.ts says who and which), once per milestone and reader, each in
 * their own language. Those whom the event's own message already reached, and whoever
 * caused it, are not told twice.
 */
import type { ProcessMilestone } from '../domain/milestones.js';
import { m } from '../shared/i18n.js';
import type { Gad } from '../store/gads.js';
import { milestoneAudience } from './audience.js';
import type { FlowContext } from './types.js';

/**
 * Announces `milestone` of a GAD. `occurrence` names this occurrence for the dedupe key
 * (the plan's id, the POCL's person id); `alreadyTold` are left out.
 */
export function announceMilestone(
  ctx: FlowContext,
  gad: Gad,
  milestone: ProcessMilestone,
  options: { occurrence?: string | number; who?: string; alreadyTold?: readonly number[] } = {},
): void {
  const skip = new Set([...(options.alreadyTold ?? []), ...(ctx.person ? [ctx.person.id] : [])]);
  const text = m('milestone-notice', { milestone, gad: gad.name, who: options.who ?? ctx.person?.displayName ?? '' });
  for (const personId of milestoneAudience(ctx.db, gad, milestone)) {
    if (skip.has(personId)) continue;
    ctx.notify(personId, { text }, { dedupeKey: `milestone:${gad.id}:${milestone}:${options.occurrence ?? 0}:${personId}` });
  }
}
